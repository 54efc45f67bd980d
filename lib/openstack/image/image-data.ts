// Image data and import calls. api-ref: image v2, "Image data" and "Interoperable image import".
import { osFetch, osSend, seg, type RawBody, type Transport } from '../http';
import { importInfoSchema, storesInfoSchema, type ImageStore } from './glance-schemas';

export type ImageImportMethod = { name: 'web-download'; uri: string } | { name: 'glance-direct' };

const OCTET_STREAM = 'application/octet-stream';

function dataHeaders(size: number | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': OCTET_STREAM };
  // Browsers set Content-Length themselves (and refuse it here); Node's fetch sends it.
  if (size !== undefined) headers['Content-Length'] = String(size);
  return headers;
}

export function imageDataApi(t: Transport) {
  return {
    /**
     * PUT /v2/images/{id}/file: 204; the image goes queued → saving → active. A stream is sent
     * as it is read, never held whole. `size` (bytes) lets Glance refuse an oversize image early.
     */
    async uploadImageData(
      id: string,
      body: RawBody,
      size?: number,
      signal?: AbortSignal,
    ): Promise<void> {
      await osSend(t, {
        service: 'image',
        method: 'PUT',
        path: `/v2/images/${seg(id)}/file`,
        headers: dataHeaders(size),
        rawBody: body,
        signal,
      });
    },

    /** PUT /v2/images/{id}/stage: 204; the image goes `uploading`, ready for glance-direct. */
    async stageImageData(
      id: string,
      body: RawBody,
      size?: number,
      signal?: AbortSignal,
    ): Promise<void> {
      await osSend(t, {
        service: 'image',
        method: 'PUT',
        path: `/v2/images/${seg(id)}/stage`,
        headers: dataHeaders(size),
        rawBody: body,
        signal,
      });
    },

    /** GET /v2/images/{id}/file: the data as a streamed Response (204 when the image has none). */
    async downloadImageData(id: string, signal?: AbortSignal): Promise<Response> {
      return osSend(t, {
        service: 'image',
        path: `/v2/images/${seg(id)}/file`,
        headers: { Accept: OCTET_STREAM },
        signal,
      });
    },

    /** GET /v2/info/import: the import methods this cloud enables. */
    async imageImportInfo(): Promise<{ methods: string[] }> {
      const body = await osFetch(
        t,
        { service: 'image', path: '/v2/info/import' },
        importInfoSchema,
      );
      return { methods: body['import-methods'].value };
    },

    /** GET /v2/info/stores: the stores of a multi-store Glance (404 when it has one store). */
    async imageStores(): Promise<ImageStore[]> {
      return (await osFetch(t, { service: 'image', path: '/v2/info/stores' }, storesInfoSchema))
        .stores;
    },

    /** POST /v2/images/{id}/import: 202; the import runs on in the background. */
    async importImage(id: string, method: ImageImportMethod): Promise<void> {
      await osSend(t, {
        service: 'image',
        method: 'POST',
        path: `/v2/images/${seg(id)}/import`,
        body: { method },
      });
    },
  };
}
