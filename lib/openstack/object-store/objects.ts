// Swift object calls. api-ref: object-storage v1, "Objects"; bulk delete is the
// `bulk` middleware's POST ?bulk-delete on the account.
import { osFetch, osSend, type RawBody, type Transport } from '../http';
import { headerNumber, metadataHeaders, readMetadata, timestampDate } from './swift-headers';
import { objectPath } from './swift-path';
import { bulkDeleteSchema } from './swift-schemas';

export type ObjectBody = string | Blob | ReadableStream<Uint8Array> | Uint8Array;

export interface UploadObjectInput {
  container: string;
  name: string;
  body: ObjectBody;
  /** Defaults to application/octet-stream. */
  contentType?: string;
  metadata?: Record<string, string>;
  /** The MD5 (hex) the data must have: Swift refuses other data with 422. */
  etag?: string;
  /** Bytes, for a stream (Node sends it; browsers set it themselves). */
  size?: number;
  signal?: AbortSignal;
}

export interface ObjectInfo {
  container: string;
  name: string;
  size: number;
  etag?: string;
  contentType?: string;
  /** An HTTP date, as Swift sent it. */
  lastModified?: string;
  created?: string;
  metadata: Record<string, string>;
  /** X-Delete-At, seconds since the epoch, when the object expires. */
  deleteAt?: number;
  /** Set on a large object's manifest. */
  manifest?: string;
  staticLargeObject: boolean;
}

export interface ObjectRef {
  container: string;
  name: string;
}

export interface BulkDeleteResult {
  deleted: number;
  notFound: number;
  /** What could not be deleted: the `container/object` path and Swift's status. */
  errors: { path: string; status: string }[];
  /** Swift's overall status line ("200 OK", "400 Bad Request" when some failed). */
  status: string;
}

export const FOLDER_CONTENT_TYPE = 'application/directory';
/** Swift's bulk middleware takes at most this many names a request by default. */
export const MAX_BULK_DELETE = 10_000;

function rawBodyOf(body: ObjectBody): RawBody {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

export function objectInfo(ref: ObjectRef, headers: Headers): ObjectInfo {
  return {
    ...ref,
    size: headerNumber(headers, 'content-length') ?? 0,
    etag: headers.get('etag')?.replace(/"/g, '') ?? undefined,
    contentType: headers.get('content-type') ?? undefined,
    lastModified: headers.get('last-modified') ?? undefined,
    created: timestampDate(headers),
    metadata: readMetadata(headers, 'Object'),
    deleteAt: headerNumber(headers, 'x-delete-at'),
    manifest: headers.get('x-object-manifest') ?? undefined,
    staticLargeObject: headers.get('x-static-large-object') === 'True',
  };
}

/** A folder is a 0-byte application/directory object whose name ends in "/". */
export function folderName(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

export function objectsApi(t: Transport) {
  async function bulkDeleteChunk(paths: string[]): Promise<BulkDeleteResult> {
    const body = await osFetch(
      t,
      {
        service: 'object-store',
        method: 'POST',
        path: '',
        query: { 'bulk-delete': 'true' },
        headers: { 'Content-Type': 'text/plain', Accept: 'application/json' },
        body: paths.join('\n'),
      },
      bulkDeleteSchema,
    );
    return {
      deleted: body['Number Deleted'],
      notFound: body['Number Not Found'],
      errors: body.Errors.map(([path, status]) => ({ path, status })),
      status: body['Response Status'],
    };
  }

  return {
    /** PUT an object: 201 with its MD5 ETag. A stream is sent as it is read. */
    async uploadObject(input: UploadObjectInput): Promise<{ etag?: string }> {
      const body = rawBodyOf(input.body);
      const headers: Record<string, string> = {
        ...metadataHeaders('Object', input.metadata),
        'Content-Type': input.contentType || 'application/octet-stream',
      };
      const size =
        input.size ??
        (body instanceof Uint8Array
          ? body.byteLength
          : body instanceof Blob
            ? body.size
            : undefined);
      if (size !== undefined) headers['Content-Length'] = String(size);
      if (input.etag) headers.ETag = input.etag;
      const response = await osSend(t, {
        service: 'object-store',
        method: 'PUT',
        path: objectPath(input.container, input.name),
        headers,
        rawBody: body,
        signal: input.signal,
      });
      return { etag: response.headers.get('etag')?.replace(/"/g, '') ?? undefined };
    },

    /** Create Folder: the pseudo-folder `path/` as a 0-byte application/directory object. */
    async createFolder(container: string, path: string): Promise<void> {
      await osSend(t, {
        service: 'object-store',
        method: 'PUT',
        path: objectPath(container, folderName(path)),
        headers: { 'Content-Type': FOLDER_CONTENT_TYPE, 'Content-Length': '0' },
        rawBody: new Uint8Array(0),
      });
    },

    /**
     * GET an object: the Response, its body unread (a stream). `range` is an HTTP
     * Range value ("bytes=0-99"); Swift then answers 206 with Content-Range.
     */
    async downloadObject(
      container: string,
      name: string,
      options: { range?: string; signal?: AbortSignal } = {},
    ): Promise<Response> {
      const headers: Record<string, string> = { Accept: '*/*' };
      if (options.range) headers.Range = options.range;
      return osSend(t, {
        service: 'object-store',
        path: objectPath(container, name),
        headers,
        signal: options.signal,
      });
    },

    /** HEAD on an object: size, ETag, type, dates, metadata. */
    async showObject(container: string, name: string): Promise<ObjectInfo> {
      const response = await osSend(t, {
        service: 'object-store',
        method: 'HEAD',
        path: objectPath(container, name),
      });
      return objectInfo({ container, name }, response.headers);
    },

    /** POST on an object: its metadata becomes exactly `metadata` (Swift replaces it all). */
    async replaceObjectMetadata(
      container: string,
      name: string,
      metadata: Record<string, string>,
    ): Promise<void> {
      await osSend(t, {
        service: 'object-store',
        method: 'POST',
        path: objectPath(container, name),
        headers: metadataHeaders('Object', metadata),
      });
    },

    /**
     * Copy: a PUT of the destination with X-Copy-From (the proxy passes no COPY
     * method). The copy keeps the source's metadata, plus `metadata` when given.
     */
    async copyObject(
      from: ObjectRef,
      to: ObjectRef,
      metadata: Record<string, string> = {},
    ): Promise<{ etag?: string }> {
      const response = await osSend(t, {
        service: 'object-store',
        method: 'PUT',
        path: objectPath(to.container, to.name),
        headers: {
          ...metadataHeaders('Object', metadata),
          'X-Copy-From': objectPath(from.container, from.name),
          'Content-Length': '0',
        },
        rawBody: new Uint8Array(0),
      });
      return { etag: response.headers.get('etag')?.replace(/"/g, '') ?? undefined };
    },

    /** DELETE an object: 204 (404 when it is not there). */
    async deleteObject(container: string, name: string): Promise<void> {
      await osSend(t, {
        service: 'object-store',
        method: 'DELETE',
        path: objectPath(container, name),
      });
    },

    /**
     * Delete many objects (and empty containers, as `{ container }`) in as few
     * calls as Swift allows. Swift answers 200 even when some fail: read `errors`.
     */
    async bulkDelete(
      refs: (ObjectRef | { container: string; name?: undefined })[],
    ): Promise<BulkDeleteResult> {
      const paths = refs.map((ref) =>
        ref.name === undefined
          ? encodeURIComponent(ref.container)
          : objectPath(ref.container, ref.name).slice(1),
      );
      const total: BulkDeleteResult = { deleted: 0, notFound: 0, errors: [], status: '200 OK' };
      for (let i = 0; i < paths.length; i += MAX_BULK_DELETE) {
        const part = await bulkDeleteChunk(paths.slice(i, i + MAX_BULK_DELETE));
        total.deleted += part.deleted;
        total.notFound += part.notFound;
        total.errors.push(...part.errors);
        if (!part.status.startsWith('2')) total.status = part.status;
      }
      return total;
    },
  };
}
