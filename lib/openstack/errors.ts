// Every OpenStack service words its errors differently; this turns them into one
// shape the UI can show as-is, keeping the service's own message text.

export type ServiceType = string;

/** Set when the dashboard wrote the message itself (nothing came back from the service). */
export type FailureReason = 'unreachable' | 'timeout';

export interface NormalisedError {
  code: number;
  title: string;
  message: string;
  service: ServiceType;
  requestId?: string;
  reason?: FailureReason;
}

export class OpenStackError extends Error {
  readonly status: number;
  readonly title: string;
  readonly service: ServiceType;
  readonly requestId?: string;
  readonly reason?: FailureReason;
  /** True when the dashboard session (not just one call) is no longer valid. */
  readonly sessionExpired: boolean;

  constructor(init: NormalisedError & { sessionExpired?: boolean }) {
    super(init.message);
    this.name = 'OpenStackError';
    this.status = init.code;
    this.title = init.title;
    this.service = init.service;
    this.requestId = init.requestId;
    this.reason = init.reason;
    this.sessionExpired = init.sessionExpired ?? false;
  }

  toJSON(): { error: NormalisedError } {
    return {
      error: {
        code: this.status,
        title: this.title,
        message: this.message,
        service: this.service,
        ...(this.requestId ? { requestId: this.requestId } : {}),
        ...(this.reason ? { reason: this.reason } : {}),
      },
    };
  }
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusTitle(status: number): string {
  return STATUS_TITLES[status] ?? `HTTP ${status}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A message as text: webob ends Glance's with `<br /><br />` even in JSON. */
function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/(\s*<br\s*\/?>\s*)+/gi, ' ').trim();
  return text !== '' ? text : undefined;
}

/** Pull the human message out of any OpenStack error body (parsed JSON or text). */
/** Swift's (swob's) error page: `<html><h1>Conflict</h1><p>There was a conflict …</p></html>`. */
const SWIFT_ERROR_PAGE = /^\s*<html>\s*<h1>([^<]*)<\/h1>\s*<p>([^<]*)<\/p>\s*<\/html>\s*$/i;

export function extractMessage(body: unknown): { message?: string; title?: string } {
  if (typeof body === 'string') {
    const swift = SWIFT_ERROR_PAGE.exec(body);
    if (swift) return { message: str(swift[2]), title: str(swift[1]) };
    const text = body
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { message: text || undefined };
  }
  if (!isRecord(body)) return {};
  // Keystone, keystonemiddleware, our proxy: {"error": {"code", "title", "message"}}
  // Heat: {"error": {"message", "type"}, "title", "explanation"}
  const error = body.error;
  if (isRecord(error)) {
    return {
      message: str(error.message) ?? str(body.explanation),
      title: str(error.title) ?? str(body.title),
    };
  }
  if (typeof error === 'string') return { message: error };
  // Neutron: {"NeutronError": {"type", "message", "detail"}}
  const neutron = body.NeutronError;
  if (isRecord(neutron)) return { message: str(neutron.message), title: str(neutron.type) };
  // Magnum: {"errors": [{"title", "detail"}]}
  const errors = body.errors;
  if (Array.isArray(errors) && isRecord(errors[0])) {
    return { message: str(errors[0].detail) ?? str(errors[0].title), title: str(errors[0].title) };
  }
  // Nova and Cinder: {"itemNotFound": {"code": 404, "message": "…"}} — one key, any name.
  const keys = Object.keys(body);
  if (keys.length === 1) {
    const inner = body[keys[0] as string];
    if (isRecord(inner) && str(inner.message)) return { message: str(inner.message) };
  }
  return { message: str(body.message) ?? str(body.detail) ?? str(body.faultstring) };
}

/** What users call each service: its kind, then the OpenStack project's name. */
const SERVICE_LABELS: Record<string, string> = {
  identity: 'Identity (Keystone)',
  compute: 'Compute (Nova)',
  network: 'Networking (Neutron)',
  image: 'Image (Glance)',
  volumev3: 'Block Storage (Cinder)',
  'object-store': 'Object Storage (Swift)',
  orchestration: 'Orchestration (Heat)',
  'container-infra': 'Container Infra (Magnum)',
  placement: 'Placement',
};

export function serviceLabel(service: ServiceType): string {
  return SERVICE_LABELS[service] ?? `The ${service} service`;
}

const RETRY_ADVICE = 'Try again in a moment';
const OPERATORS = "contact the cloud's operators";

/** Node's and undici's codes for a connection that failed, in words. */
const CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_CLOSED: 'connection closed',
  EPIPE: 'connection closed',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'no route to host',
  ENETUNREACH: 'no route to host',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/** A connection failure's code in words ("connection refused"); unknown codes as they are. */
export function causeWords(cause: string): string {
  return CAUSES[cause] ?? cause;
}

/** The service could not be reached at all (refused, reset, no route). */
export function unreachableMessage(service: ServiceType, cause?: string): string {
  const why = cause ? ` (${causeWords(cause)})` : '';
  return (
    `${serviceLabel(service)} cannot be reached${why}: it may be down or restarting. ` +
    `${RETRY_ADVICE}; if it stays unreachable, ${OPERATORS}.`
  );
}

/** The service took the request but did not answer within `seconds`. */
export function timeoutMessage(service: ServiceType, seconds: string): string {
  return (
    `${serviceLabel(service)} did not answer within ${seconds}: it may be down or overloaded. ` +
    `${RETRY_ADVICE}; if it keeps happening, ${OPERATORS}.`
  );
}

/**
 * A service's own 5xx, in plain words around its own: which service, what it
 * said, what to do. 4xx answers are about the request and keep their words as-is.
 */
export function serverFailureMessage(
  service: ServiceType,
  status: number,
  words: string | undefined,
  requestId?: string,
): string {
  const said = words ? `: "${words.replace(/[.\s]+$/, '')}".` : '.';
  const id = requestId ? ` (request ID ${requestId})` : '';
  return (
    `${serviceLabel(service)} answered ${status} ${statusTitle(status)}${said} ` +
    `${RETRY_ADVICE}; if it keeps failing, ${OPERATORS}${id}.`
  );
}

/** The dashboard's own error body (the proxy's) says why, when it wrote the message itself. */
function reasonOf(body: unknown): FailureReason | undefined {
  const reason = isRecord(body) && isRecord(body.error) ? body.error.reason : undefined;
  return reason === 'unreachable' || reason === 'timeout' ? reason : undefined;
}

export function toOpenStackError(
  service: ServiceType,
  status: number,
  body: unknown,
  requestId?: string,
): OpenStackError {
  const { message, title } = extractMessage(body);
  const reason = reasonOf(body);
  let text = message ?? `${service} answered ${status} ${statusTitle(status)}.`;
  if (status >= 500 && !reason) text = serverFailureMessage(service, status, message, requestId);
  return new OpenStackError({
    code: status,
    title: title ?? statusTitle(status),
    message: text,
    service,
    requestId,
    reason,
  });
}

/** Parse a response body that may be JSON, text or empty. */
export function parseBodyText(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The proxy's (and server transport's) answer for a service the catalog lacks. */
export function isMissingService(error: unknown): boolean {
  return (
    error instanceof OpenStackError &&
    error.status === 404 &&
    /^This cloud has no \S+ service\.$/.test(error.message)
  );
}
