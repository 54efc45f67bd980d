import { unauthorized } from './errors';
import { userById } from './lookup';
import { lookupToken, tokenRoles } from './tokens';
import { header, type SandboxRequest } from '../http/types';
import type { IdentityState, Role, TokenRecord, User } from '../state';

/** Who is calling Keystone, from X-Auth-Token (Keystone's auth context). */
export interface Caller {
  token: TokenRecord;
  user: User;
  roles: Role[];
}

export function authenticateCaller(state: IdentityState, req: SandboxRequest, now: number): Caller {
  const result = lookupToken(state, header(req, 'x-auth-token'), now);
  if (!result.ok) throw unauthorized();
  const user = userById(state, result.token.userId);
  if (!user) throw unauthorized();
  return { token: result.token, user, roles: tokenRoles(state, result.token) };
}

export function hasRole(caller: Caller, name: string): boolean {
  return caller.roles.some((r) => r.name === name);
}

/**
 * Keystone (Zed) still ORs every new policy default with its deprecated rule, and the
 * deprecated rules accept "role:admin" in any scope (rule:admin_required).
 */
export function isAdmin(caller: Caller): boolean {
  return hasRole(caller, 'admin');
}

export function isSystemReader(caller: Caller): boolean {
  return caller.token.scope.type === 'system' && hasRole(caller, 'reader');
}

/** The domain a domain-scoped reader token may read, else null. */
export function readerDomain(caller: Caller): string | null {
  return caller.token.scope.type === 'domain' && hasRole(caller, 'reader')
    ? caller.token.scope.id
    : null;
}
