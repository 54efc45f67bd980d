// Headers every answer of /api/os/… carries, whoever wrote it (the cloud or the
// proxy): even if a browser renders one, it runs no script and loads nothing, and
// anything that is not JSON is offered as a download, never shown inline.

export const PROXY_CSP = "sandbox; default-src 'none'";

function isJson(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/** `attachment`, keeping the upstream's parameters (its filename) if it sent any. */
export function attachmentDisposition(upstream: string | null): string {
  const params = upstream?.split(';').slice(1).join(';').trim();
  return params ? `attachment; ${params}` : 'attachment';
}

export function hardenProxyResponse(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('content-security-policy', PROXY_CSP);
  headers.set('x-content-type-options', 'nosniff');
  const contentType = headers.get('content-type');
  if ((contentType !== null || response.body !== null) && !isJson(contentType)) {
    headers.set('content-disposition', attachmentDisposition(headers.get('content-disposition')));
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
