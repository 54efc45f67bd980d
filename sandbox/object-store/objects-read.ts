import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { authorize, type SwiftCall } from './call';
import { findContainer } from './containers';
import { SwiftError, notFound, swobPage } from './errors';
import { httpDate, xTimestamp } from './format';
import { findSorted } from './listing';
import { metaHeaders } from './meta';
import { parseRanges, type ByteRange } from './ranges';
import { header, type SandboxResponse } from '../http/types';
import type { ObjectFiles } from './object-files';
import type { ContainerRecord, ObjectRecord } from './schema';

// api-ref object-storage "Get object content and metadata" and "Show object
// metadata": the data streamed from its file, whole or by Range (206, multipart
// for several ranges, 416 when none fits).

export function findObject(container: ContainerRecord, name: string): ObjectRecord | undefined {
  const { index, found } = findSorted(container.objects, name);
  return found ? container.objects[index] : undefined;
}

/** The container and object the path names, or Swift's 404, once the caller may read them. */
export function visibleObject(call: SwiftCall): {
  container: ContainerRecord;
  object: ObjectRecord;
} {
  const container = findContainer(call);
  authorize(call, container);
  const object = container && findObject(container, call.path.object ?? '');
  if (!container || !object) throw notFound();
  return { container, object };
}

export function objectHeaders(object: ObjectRecord): Record<string, string> {
  return {
    'Content-Type': object.contentType,
    ...metaHeaders('object', object.meta),
    ...object.sysHeaders,
    Etag: object.hash,
    'Last-Modified': httpDate(object.timestamp),
    'X-Timestamp': xTimestamp(object.timestamp),
    'Accept-Ranges': 'bytes',
  };
}

function multipart(
  files: ObjectFiles,
  object: ObjectRecord,
  ranges: ByteRange[],
): { body: Readable; length: number; boundary: string } {
  const boundary = randomBytes(16).toString('hex');
  const heads = ranges.map(
    (r, i) =>
      `${i > 0 ? '\r\n' : ''}--${boundary}\r\nContent-Type: ${object.contentType}\r\n` +
      `Content-Range: bytes ${r.start}-${r.end}/${object.bytes}\r\n\r\n`,
  );
  const tail = `\r\n--${boundary}--`;
  const length =
    heads.reduce((n, h) => n + Buffer.byteLength(h), 0) +
    ranges.reduce((n, r) => n + r.end - r.start + 1, 0) +
    Buffer.byteLength(tail);
  async function* parts() {
    for (const [i, range] of ranges.entries()) {
      yield Buffer.from(heads[i] ?? '');
      for await (const chunk of files.read(object.fileId, range)) yield chunk as Buffer;
    }
    yield Buffer.from(tail);
  }
  return { body: Readable.from(parts()), length, boundary };
}

/** An If-Match / If-None-Match list holds the ETag (quoted or not) or `*`. */
export function etagListMatches(value: string, hash: string): boolean {
  return value
    .split(',')
    .map((t) => t.trim().replace(/^"(.*)"$/, '$1'))
    .some((t) => t === '*' || t === hash);
}

/** swob's conditional GET: 412 when If-Match misses, 304 when If-None-Match hits. */
function conditional(call: SwiftCall, object: ObjectRecord): SandboxResponse | null {
  const ifMatch = header(call.req, 'if-match');
  if (ifMatch !== undefined && !etagListMatches(ifMatch, object.hash)) {
    return {
      status: 412,
      headers: {
        'Content-Type': 'text/html; charset=UTF-8',
        Etag: object.hash,
        'Last-Modified': httpDate(object.timestamp),
        'X-Timestamp': xTimestamp(object.timestamp),
      },
      body: Buffer.alloc(0),
    };
  }
  const ifNoneMatch = header(call.req, 'if-none-match');
  if (ifNoneMatch !== undefined && etagListMatches(ifNoneMatch, object.hash)) {
    return { status: 304, headers: objectHeaders(object), body: Buffer.alloc(0) };
  }
  return null;
}

export function getObject(call: SwiftCall): SandboxResponse {
  const { object } = visibleObject(call);
  const unchanged = conditional(call, object);
  if (unchanged) return unchanged;
  const headers = objectHeaders(object);
  const ranges = parseRanges(header(call.req, 'range'), object.bytes);
  const head = call.req.method === 'HEAD';
  if (ranges === null) {
    return {
      status: 200,
      headers: { ...headers, 'Content-Length': String(object.bytes) },
      body: head ? Readable.from([]) : call.files.read(object.fileId),
    };
  }
  if (ranges.length === 0) {
    throw new SwiftError(416, swobPage(416), object.contentType, {
      ...headers,
      'Content-Range': `bytes */${object.bytes}`,
    });
  }
  const [only] = ranges;
  if (ranges.length === 1 && only) {
    return {
      status: 206,
      headers: {
        ...headers,
        'Content-Range': `bytes ${only.start}-${only.end}/${object.bytes}`,
        'Content-Length': String(only.end - only.start + 1),
      },
      body: head ? Readable.from([]) : call.files.read(object.fileId, only),
    };
  }
  const parts = multipart(call.files, object, ranges);
  return {
    status: 206,
    headers: {
      ...headers,
      'Content-Type': `multipart/byteranges;boundary=${parts.boundary}`,
      'Content-Length': String(parts.length),
    },
    body: head ? Readable.from([]) : parts.body,
  };
}
