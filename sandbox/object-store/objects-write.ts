import { account, authorize, type SwiftCall } from './call';
import { findContainer } from './containers';
import { SwiftError, notFound, swobPage, HTML } from './errors';
import { httpDate } from './format';
import { MAX_FILE_SIZE, MAX_OBJECT_NAME_LENGTH } from './info';
import { findSorted } from './listing';
import { objectMeta, objectSysHeaders } from './meta';
import { guessContentType } from './mime';
import { UploadTooLargeError } from './object-files';
import { etagListMatches, findObject, visibleObject } from './objects-read';
import { checkQuotas } from './quotas';
import { header, type SandboxResponse } from '../http/types';
import type { ContainerRecord, ObjectRecord } from './schema';

// api-ref object-storage "Create or replace object", "Create or update object
// metadata", "Delete object". The data stream into a file with their MD5 (the ETag)
// computed on the way; a refused or aborted upload leaves no object and no file.

function checkName(name: string): void {
  const length = Buffer.byteLength(name);
  if (length > MAX_OBJECT_NAME_LENGTH) {
    throw new SwiftError(
      400,
      `Object name length of ${length} longer than ${MAX_OBJECT_NAME_LENGTH}`,
      'text/plain',
    );
  }
}

/** The writable container the path names (404 when it is missing). */
export function targetContainer(
  call: SwiftCall,
  name = call.path.container ?? '',
): ContainerRecord {
  const container = findContainer(call, name);
  authorize(call, container);
  if (!container) throw notFound();
  return container;
}

/**
 * Puts `object` into the container named `containerName` (looked up again: it may
 * have gone while the data streamed in), replacing and removing an older version.
 */
export async function storeObject(
  call: SwiftCall,
  containerName: string,
  object: ObjectRecord,
): Promise<void> {
  const container = findContainer(call, containerName);
  if (!container) {
    await call.files.remove([object.fileId]);
    throw notFound();
  }
  const { index, found } = findSorted(container.objects, object.name);
  const old = found ? container.objects[index] : undefined;
  if (old) container.objects[index] = object;
  else container.objects.splice(index, 0, object);
  call.changed();
  if (old) await call.files.remove([old.fileId]);
}

export function contentTypeFor(call: SwiftCall, name: string): string {
  const given = (header(call.req, 'content-type') ?? '').trim();
  const detect = /^(true|1|yes|on)$/i.test(header(call.req, 'x-detect-content-type') ?? '');
  return given && !detect ? given : guessContentType(name);
}

function writtenResponse(object: ObjectRecord): SandboxResponse {
  return {
    status: 201,
    headers: {
      'Content-Type': HTML,
      Etag: object.hash,
      'Last-Modified': httpDate(object.timestamp),
    },
    body: Buffer.alloc(0),
  };
}

export async function putObject(call: SwiftCall): Promise<SandboxResponse> {
  const name = call.path.object ?? '';
  checkName(name);
  const container = targetContainer(call);
  const chunked = (header(call.req, 'transfer-encoding') ?? '').toLowerCase().includes('chunked');
  const declared = header(call.req, 'content-length');
  if (declared === undefined && !chunked) throw new SwiftError(411);
  // If-None-Match: * asks that an existing object is not replaced.
  const ifNoneMatch = header(call.req, 'if-none-match');
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*')
      throw new SwiftError(400, 'If-None-Match only supports *', 'text/plain');
    const existing = findObject(container, name);
    if (existing && etagListMatches('*', existing.hash)) throw new SwiftError(412);
  }
  const size = Number(declared ?? 0);
  if (size > MAX_FILE_SIZE) throw new SwiftError(413, 'Your request is too large.');
  checkQuotas(account(call), container, size);
  const source = call.req.stream;
  if (!source) throw new SwiftError(500);
  let stored;
  try {
    stored = await call.files.receive(source, MAX_FILE_SIZE);
  } catch (err) {
    if (err instanceof UploadTooLargeError) throw new SwiftError(413, 'Your request is too large.');
    // The client went away mid-upload (Swift logs 499); nobody reads this answer.
    throw new SwiftError(499, 'Client Disconnect', 'text/plain');
  }
  const etag = header(call.req, 'etag')
    ?.trim()
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase();
  if (etag && etag !== stored.hash) {
    await call.files.remove([stored.fileId]);
    throw new SwiftError(422);
  }
  const object: ObjectRecord = {
    name,
    fileId: stored.fileId,
    bytes: stored.bytes,
    hash: stored.hash,
    contentType: contentTypeFor(call, name),
    timestamp: call.now(),
    meta: objectMeta(call.req),
    sysHeaders: objectSysHeaders(call.req),
  };
  await storeObject(call, container.name, object);
  return writtenResponse(object);
}

export function updateObject(call: SwiftCall): SandboxResponse {
  const { object } = visibleObject(call);
  const given = header(call.req, 'content-type')?.trim();
  const updated: ObjectRecord = {
    ...object,
    meta: objectMeta(call.req),
    sysHeaders: { ...object.sysHeaders, ...objectSysHeaders(call.req) },
    contentType: given || object.contentType,
    timestamp: call.now(),
  };
  Object.assign(object, updated);
  call.changed();
  return { status: 202, headers: { 'Content-Type': HTML }, body: Buffer.from(swobPage(202)) };
}

/** Removes the object; false when it is not there. */
export async function removeObject(
  call: SwiftCall,
  containerName: string,
  name: string,
): Promise<boolean> {
  const container = findContainer(call, containerName);
  if (!container) return false;
  const { index, found } = findSorted(container.objects, name);
  const object = found ? container.objects[index] : undefined;
  if (!object) return false;
  container.objects.splice(index, 1);
  call.changed();
  await call.files.remove([object.fileId]);
  return true;
}

export async function deleteObject(call: SwiftCall): Promise<SandboxResponse> {
  const container = findContainer(call);
  authorize(call, container);
  if (!(await removeObject(call, call.path.container ?? '', call.path.object ?? '')))
    throw notFound();
  return { status: 204, headers: { 'Content-Type': HTML } };
}
