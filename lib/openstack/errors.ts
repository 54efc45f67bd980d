// Every OpenStack service words its errors differently; this turns them into one
// shape the UI can show as-is, keeping the service's own message text.

export type ServiceType = string;

export interface NormalisedError {
  code: number;
  title: string;
  message: string;
  service: ServiceType;
  requestId?: string;
}

export class OpenStackError extends Error {
  readonly status: number;
  readonly title: string;
  readonly service: ServiceType;
  readonly requestId?: string;
  /** True when the dashboard session (not just one call) is no longer valid. */
  readonly sessionExpired: boolean;

  constructor(init: NormalisedError & { sessionExpired?: boolean }) {
    super(init.message);
    this.name = 'OpenStackError';
    this.status = init.code;
    this.title = init.title;
    this.service = init.service;
    this.requestId = init.requestId;
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

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Pull the human message out of any OpenStack error body (parsed JSON or text). */
export function extractMessage(body: unknown): { message?: string; title?: string } {
  if (typeof body === 'string') {
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

export function toOpenStackError(
  service: ServiceType,
  status: number,
  body: unknown,
  requestId?: string,
): OpenStackError {
  const { message, title } = extractMessage(body);
  return new OpenStackError({
    code: status,
    title: title ?? statusTitle(status),
    message: message ?? `${service} answered ${status} ${statusTitle(status)}.`,
    service,
    requestId,
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
