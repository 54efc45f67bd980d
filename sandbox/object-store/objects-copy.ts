import { account, authorize, unquote, type SwiftCall } from './call';
import { findContainer } from './containers';
import { SwiftError, notFound, HTML } from './errors';
import { httpDate } from './format';
import { metaHeaders, objectMeta, objectSysHeaders } from './meta';
import { findObject } from './objects-read';
import { contentTypeFor, storeObject, targetContainer } from './objects-write';
import { checkQuotas } from './quotas';
import { header, type SandboxResponse } from '../http/types';
import type { ObjectRecord } from './schema';

// api-ref object-storage "Copy object" (COPY with Destination) and PUT with
// X-Copy-From: the copy gets the source's data, type and metadata, the request's
// X-Object-Meta-* on top (or alone with X-Fresh-Metadata).

/** "container/object" from a header, as Swift's copy middleware reads it. */
function splitTarget(value: string, headerName: string): { container: string; object: string } {
  const trimmed = unquote(value).replace(/^\/+/, '');
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash === trimmed.length - 1) {
    throw new SwiftError(
      412,
      `${headerName} header must be of the form <container name>/<object name>`,
    );
  }
  return { container: trimmed.slice(0, slash), object: trimmed.slice(slash + 1) };
}

async function copy(
  call: SwiftCall,
  from: { container: string; object: string },
  to: { container: string; object: string },
): Promise<SandboxResponse> {
  const sourceContainer = findContainer(call, from.container);
  authorize(
    {
      ...call,
      path: { ...call.path, container: from.container, object: from.object },
      req: { ...call.req, method: 'GET' },
    },
    sourceContainer,
  );
  const source = sourceContainer && findObject(sourceContainer, from.object);
  if (!source) throw notFound();
  const target = targetContainer(call, to.container);
  checkQuotas(account(call), target, source.bytes);
  const fresh = /^(true|1|yes|on)$/i.test(header(call.req, 'x-fresh-metadata') ?? '');
  const given = header(call.req, 'content-type')?.trim();
  const object: ObjectRecord = {
    ...source,
    name: to.object,
    fileId: await call.files.duplicate(source.fileId),
    contentType: given ? contentTypeFor(call, to.object) : source.contentType,
    meta: { ...(fresh ? {} : source.meta), ...objectMeta(call.req) },
    sysHeaders: { ...source.sysHeaders, ...objectSysHeaders(call.req) },
    timestamp: call.now(),
  };
  await storeObject(call, target.name, object);
  return {
    status: 201,
    headers: {
      'Content-Type': HTML,
      Etag: object.hash,
      'Last-Modified': httpDate(object.timestamp),
      'X-Copied-From-Account': call.path.account,
      'X-Copied-From': `${encodeURIComponent(from.container)}/${encodeURI(from.object)}`,
      'X-Copied-From-Last-Modified': httpDate(source.timestamp),
      ...metaHeaders('object', object.meta),
    },
    body: Buffer.alloc(0),
  };
}

/** PUT with X-Copy-From. */
export function copyFromHandler(call: SwiftCall): Promise<SandboxResponse> {
  const from = splitTarget(header(call.req, 'x-copy-from') ?? '', 'X-Copy-From');
  return copy(call, from, { container: call.path.container ?? '', object: call.path.object ?? '' });
}

/** COPY with Destination. */
export function copyHandler(call: SwiftCall): Promise<SandboxResponse> {
  const destination = header(call.req, 'destination');
  if (!destination) throw new SwiftError(412, 'Destination header required');
  const to = splitTarget(destination, 'Destination');
  return copy(call, { container: call.path.container ?? '', object: call.path.object ?? '' }, to);
}
