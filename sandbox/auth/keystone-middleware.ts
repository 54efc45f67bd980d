import { header, type SandboxRequest, type SandboxResponse } from '../http/types';
import { userById } from '../identity/lookup';
import { lookupToken, tokenRoles } from '../identity/tokens';
import type { IdentityState } from '../state';

// What keystonemiddleware's auth_token does in front of every non-identity service:
// validate X-Auth-Token, then hand the service the caller's identity. It does not
// require a project scope; services decide that themselves.

export interface ServiceCaller {
  userId: string;
  userName: string;
  /** Null for unscoped, domain- and system-scoped tokens. */
  projectId: string | null;
  roles: string[];
}

export type ServiceAuth =
  { ok: true; caller: ServiceCaller } | { ok: false; response: SandboxResponse };

export function unauthorizedResponse(wwwAuthenticateUri: string): SandboxResponse {
  return {
    status: 401,
    headers: { 'WWW-Authenticate': `Keystone uri="${wwwAuthenticateUri}"` },
    body: {
      error: {
        code: 401,
        title: 'Unauthorized',
        message: 'The request you have made requires authentication.',
      },
    },
  };
}

/** @param wwwAuthenticateUri the Keystone URL without /v3, as [keystone_authtoken] www_authenticate_uri */
export function authenticateServiceRequest(
  state: IdentityState,
  req: SandboxRequest,
  now: number,
  wwwAuthenticateUri: string,
): ServiceAuth {
  const found = lookupToken(state, header(req, 'x-auth-token'), now);
  const user = found.ok ? userById(state, found.token.userId) : undefined;
  if (!found.ok || !user) return { ok: false, response: unauthorizedResponse(wwwAuthenticateUri) };
  const scope = found.token.scope;
  return {
    ok: true,
    caller: {
      userId: user.id,
      userName: user.name,
      projectId: scope.type === 'project' ? scope.id : null,
      roles: tokenRoles(state, found.token).map((r) => r.name),
    },
  };
}
