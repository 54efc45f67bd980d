import { account, authorize, ownsAccount, type SwiftCall } from './call';
import { cleanAcl } from './container-acl';
import { SwiftError, notFound, swobPage, HTML } from './errors';
import { httpDate, listingDate, xTimestamp } from './format';
import { DEFAULT_POLICY, MAX_CONTAINER_NAME_LENGTH, policyByName } from './info';
import { findSorted, listingQuery, listPage } from './listing';
import { listingResponse } from './listing-response';
import { mergeMeta, metaHeaders } from './meta';
import { containerStats } from './stats';
import { header, type SandboxResponse } from '../http/types';
import type { ContainerRecord } from './schema';

// api-ref object-storage "Containers": create (PUT), list objects (GET), details
// (HEAD), metadata and ACLs (POST), delete (DELETE, refused while not empty).

export function findContainer(
  call: SwiftCall,
  name = call.path.container ?? '',
): ContainerRecord | undefined {
  const acc = call.region.accounts[call.path.account];
  if (!acc) return undefined;
  const { index, found } = findSorted(acc.containers, name);
  return found ? acc.containers[index] : undefined;
}

/** The container or Swift's 404, once the caller may see it. */
export function visibleContainer(call: SwiftCall): ContainerRecord {
  const container = findContainer(call);
  authorize(call, container);
  if (!container) throw notFound();
  return container;
}

/** ACLs are shown to the account's owner only, as the proxy strips them for others. */
function containerHeaders(container: ContainerRecord, owner: boolean): Record<string, string> {
  const s = containerStats(container);
  return {
    'X-Container-Object-Count': String(s.count),
    'X-Container-Bytes-Used': String(s.bytes),
    'X-Timestamp': xTimestamp(container.createdAt),
    ...metaHeaders('container', container.meta),
    ...(owner && container.read ? { 'X-Container-Read': container.read } : {}),
    ...(owner && container.write ? { 'X-Container-Write': container.write } : {}),
    'Last-Modified': httpDate(container.updatedAt),
    'Accept-Ranges': 'bytes',
    'X-Storage-Policy': container.policy,
  };
}

export function listObjects(call: SwiftCall): SandboxResponse {
  const container = visibleContainer(call);
  const entries = listPage(container.objects, listingQuery(call.req));
  const response = listingResponse(
    call.req,
    entries,
    (o) => ({
      bytes: o.bytes,
      hash: o.hash,
      name: o.name,
      content_type: o.contentType,
      last_modified: listingDate(o.timestamp),
    }),
    containerHeaders(container, ownsAccount(call)),
  );
  if (call.req.method === 'HEAD') {
    return {
      status: 204,
      headers: { ...response.headers, 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Accept' },
    };
  }
  return response;
}

/** container_quotas: the quota values must be whole numbers. */
function checkQuotas(meta: Record<string, string>): void {
  const bytes = meta['Quota-Bytes'];
  if (bytes !== undefined && !/^\d+$/.test(bytes))
    throw new SwiftError(400, 'Invalid bytes quota.');
  const count = meta['Quota-Count'];
  if (count !== undefined && !/^\d+$/.test(count))
    throw new SwiftError(400, 'Invalid count quota.');
}

/** X-Container-Read/-Write set (an empty value or X-Remove-… removes the ACL). */
function applyAcls(call: SwiftCall, container: ContainerRecord): void {
  for (const [field, name] of [
    ['read', 'X-Container-Read'],
    ['write', 'X-Container-Write'],
  ] as const) {
    const lower = name.toLowerCase();
    if (header(call.req, `x-remove-${lower.slice(2)}`) !== undefined) container[field] = null;
    const value = header(call.req, lower);
    if (value === undefined) continue;
    // Only the account's owner may set ACLs (keystoneauth).
    if (!ownsAccount(call)) throw new SwiftError(403);
    const cleaned = cleanAcl(name, value);
    container[field] = cleaned || null;
  }
}

function checkName(name: string): void {
  const length = Buffer.byteLength(name);
  if (length > MAX_CONTAINER_NAME_LENGTH) {
    throw new SwiftError(
      400,
      `Container name length of ${length} longer than ${MAX_CONTAINER_NAME_LENGTH}`,
    );
  }
}

export function createContainer(call: SwiftCall): SandboxResponse {
  authorize(call, undefined);
  const name = call.path.container ?? '';
  checkName(name);
  const asked = header(call.req, 'x-storage-policy');
  const policy = asked === undefined ? DEFAULT_POLICY : policyByName(asked.trim());
  if (!policy) throw new SwiftError(400, `Invalid X-Storage-Policy '${asked}'`, 'text/plain');
  const acc = account(call);
  const { index, found } = findSorted(acc.containers, name);
  const existing = found ? acc.containers[index] : undefined;
  const now = call.now();
  const container: ContainerRecord = existing
    ? { ...existing }
    : {
        name,
        createdAt: now,
        updatedAt: now,
        policy,
        read: null,
        write: null,
        meta: {},
        objects: [],
      };
  if (existing && asked !== undefined && existing.policy !== policy) throw new SwiftError(409);
  container.meta = mergeMeta('container', container.meta, call.req);
  checkQuotas(container.meta);
  applyAcls(call, container);
  container.updatedAt = now;
  if (existing) acc.containers[index] = container;
  else acc.containers.splice(index, 0, container);
  call.changed();
  if (existing) {
    return { status: 202, headers: { 'Content-Type': HTML }, body: Buffer.from(swobPage(202)) };
  }
  return { status: 201, headers: { 'Content-Type': HTML }, body: Buffer.alloc(0) };
}

export function updateContainer(call: SwiftCall): SandboxResponse {
  authorize(call, undefined);
  const container = findContainer(call);
  if (!container) throw notFound();
  const meta = mergeMeta('container', container.meta, call.req);
  checkQuotas(meta);
  applyAcls(call, container);
  container.meta = meta;
  container.updatedAt = call.now();
  call.changed();
  return { status: 204, headers: { 'Content-Type': HTML } };
}

/** Removes an empty container; false when it is missing, 409 when it holds objects. */
export function removeContainer(call: SwiftCall, name: string): boolean {
  const acc = call.region.accounts[call.path.account];
  if (!acc) return false;
  const { index, found } = findSorted(acc.containers, name);
  if (!found) return false;
  if ((acc.containers[index]?.objects.length ?? 0) > 0) throw new SwiftError(409);
  acc.containers.splice(index, 1);
  call.changed();
  return true;
}

export function deleteContainer(call: SwiftCall): SandboxResponse {
  authorize(call, undefined);
  if (!removeContainer(call, call.path.container ?? '')) throw notFound();
  return { status: 204, headers: { 'Content-Type': HTML } };
}
