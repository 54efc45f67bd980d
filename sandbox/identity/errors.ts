import type { SandboxResponse } from '../http/types';

// Keystone's error body: {"error": {"code", "title", "message"}} (keystone/exception.py).
// Unauthorized and Forbidden are "security errors": Keystone always shows their
// generic text (insecure_debug is off), whatever the internal reason was.

const VALIDATION_TAIL =
  ' The server could not comply with the request since it is either malformed or otherwise incorrect.' +
  ' The client is assumed to be in error.';

export class KeystoneError extends Error {
  constructor(
    public readonly code: number,
    public readonly title: string,
    message: string,
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function unauthorized(): KeystoneError {
  return new KeystoneError(
    401,
    'Unauthorized',
    'The request you have made requires authentication.',
  );
}

export function unsupportedAuthMethod(methods: readonly string[]): KeystoneError {
  return new KeystoneError(
    401,
    'Unauthorized',
    'Attempted to authenticate with an unsupported method.',
    {
      identity: { methods },
    },
  );
}

export function forbidden(): KeystoneError {
  return new KeystoneError(
    403,
    'Forbidden',
    'You are not authorized to perform the requested action.',
  );
}

/** What Keystone's RBAC enforcer answers when a policy rule denies `action`. */
export function forbiddenAction(action: string): KeystoneError {
  return new KeystoneError(
    403,
    'Forbidden',
    `You are not authorized to perform the requested action: ${action}.`,
  );
}

export function notFound(message: string): KeystoneError {
  return new KeystoneError(404, 'Not Found', message);
}

/** ValidationError(attribute=..., target=...). */
export function expectingToFind(attribute: string, target: string): KeystoneError {
  return new KeystoneError(
    400,
    'Bad Request',
    `Expecting to find ${attribute} in ${target}.${VALIDATION_TAIL}`,
  );
}

/** SchemaValidationError: the detail is shown as-is. */
export function schemaError(detail: string): KeystoneError {
  return new KeystoneError(400, 'Bad Request', detail);
}

export function errorResponse(err: KeystoneError, authUrl: string): SandboxResponse {
  const headers: Record<string, string> = { Vary: 'X-Auth-Token' };
  // Keystone points clients at its own /v3 on every 401.
  if (err.code === 401) headers['WWW-Authenticate'] = `Keystone uri="${authUrl}"`;
  return {
    status: err.code,
    headers,
    body: { error: { code: err.code, title: err.title, message: err.message, ...err.extra } },
  };
}
