import { header, type SandboxRequest, type SandboxResponse } from './types';

// webob.exc's error pages (WebOb 1.8), which Glance sends as they are and Neutron
// sends outside its own API: the body is HTML, JSON or plain text depending on
// the Accept header, built from the exception's templates.

const OFFERS = ['text/html', 'application/json'] as const;
type Offer = (typeof OFFERS)[number];

interface AcceptRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(value: string): AcceptRange[] | null {
  const ranges: AcceptRange[] = [];
  for (const part of value.split(',')) {
    const [range = '', ...params] = part.split(';').map((p) => p.trim());
    if (range === '') continue;
    const [type, subtype, extra] = range.toLowerCase().split('/');
    if (!type || !subtype || extra !== undefined) return null;
    let q = 1;
    for (const param of params) {
      const [key, raw] = param.split('=').map((p) => p.trim());
      if (key?.toLowerCase() === 'q') {
        q = Number(raw);
        if (!Number.isFinite(q) || q < 0 || q > 1) return null;
      }
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** create_accept_header(...).acceptable_offers(['text/html', 'application/json'])[0]. */
export function bestOffer(accept: string | undefined): Offer | null {
  // environ.get('HTTP_ACCEPT', ''): no header is an empty, valid header that accepts nothing.
  const ranges = parseAccept(accept ?? '');
  if (ranges === null) return 'text/html';
  const scored: { offer: Offer; q: number }[] = [];
  for (const offer of OFFERS) {
    const [type, subtype] = offer.split('/');
    let best: { specificity: number; q: number } | null = null;
    for (const range of ranges) {
      const specificity =
        range.type === type && range.subtype === subtype
          ? 2
          : range.type === type && range.subtype === '*'
            ? 1
            : range.type === '*' && range.subtype === '*'
              ? 0
              : -1;
      if (specificity >= 0 && (best === null || specificity > best.specificity)) {
        best = { specificity, q: range.q };
      }
    }
    if (best && best.q > 0) scored.push({ offer, q: best.q });
  }
  scored.sort((a, b) => b.q - a.q);
  return scored[0]?.offer ?? null;
}

/** webob.util.html_escape: html.escape(quote=True), then non-ASCII as character references. */
export function htmlEscape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
    .replace(/[^\x00-\x7f]/gu, (ch) => `&#${ch.codePointAt(0)};`);
}

/** webob.exc.strip_tags, used for the plain-text body. */
function stripTags(text: string): string {
  return text
    .replaceAll('\n', ' ')
    .replaceAll('\r', '')
    .replace(/<br.*?>/gis, '\n')
    .replace(/<!--|-->/g, '')
    .replace(/<[^>]*>/gs, '');
}

export const WEBOB_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The default explanation of each webob.exc class, used when the service gives none. */
export const WEBOB_EXPLANATIONS: Record<number, string> = {
  401:
    'This server could not verify that you are authorized to access the document you ' +
    'requested. Either you supplied the wrong credentials (e.g., bad password), or your ' +
    'browser does not understand how to supply the credentials required.',
  404: 'The resource could not be found.',
  413: 'The request is too large.',
  500: 'The server has either erred or is incapable of performing the requested operation.',
  503: 'The server is currently unavailable. Please try again at a later time.',
};

export interface WebobError {
  status: number;
  /** The exception's explanation (Glance passes its message here). */
  explanation?: string;
  detail?: string;
  headers?: Record<string, string>;
}

/**
 * The body WSGIHTTPException.generate_response builds. HTTPMethodNotAllowed has its
 * own template naming the method; every other class uses the default one.
 */
export function webobErrorResponse(req: SandboxRequest, error: WebobError): SandboxResponse {
  const title = WEBOB_TITLES[error.status] ?? 'Internal Server Error';
  const status = `${error.status} ${title}`;
  const explanation = error.explanation ?? WEBOB_EXPLANATIONS[error.status] ?? '';
  const detail = error.detail ?? '';
  const template = (escape: (s: string) => string) =>
    error.status === 405
      ? `The method ${escape(req.method)} is not allowed for this resource. <br /><br />\n${escape(detail)}`
      : `${escape(explanation)}<br /><br />\n${escape(detail)}\n\n`;
  const offer = bestOffer(header(req, 'accept'));
  let contentType: string;
  let body: string;
  if (offer === 'text/html') {
    contentType = 'text/html; charset=UTF-8';
    body =
      `<html>\n <head>\n  <title>${status}</title>\n </head>\n <body>\n  <h1>${status}</h1>\n` +
      `  ${template(htmlEscape)}\n </body>\n</html>`;
  } else if (offer === 'application/json') {
    contentType = 'application/json';
    body = JSON.stringify({ message: template((s) => s), code: status, title });
  } else {
    contentType = 'text/plain; charset=UTF-8';
    body = `${status}\n\n${stripTags(template((s) => s))}`;
  }
  return {
    status: error.status,
    headers: { ...error.headers, 'Content-Type': contentType },
    body: Buffer.from(body, 'utf8'),
  };
}
