import { auditId, fernetLikeToken } from '../ids';
import {
  applicationCredentialAlive,
  applicationCredentialById,
} from './application-credentials-store';
import { effectiveRoles } from './assignments';
import { domainById, projectById, userById } from './lookup';
import type { IdentityState, Role, TokenRecord, TokenScope, User } from '../state';

/** Keystone's [token] allow_expired_window default, in seconds. */
export const ALLOW_EXPIRED_WINDOW_SECONDS = 172800;

export type TokenLookup = { ok: true; token: TokenRecord } | { ok: false; message: string };

/** Roles the token carries, computed now as Keystone does when it validates a token. */
export function tokenRoles(state: IdentityState, token: TokenRecord): Role[] {
  const scope = token.scope;
  if (scope.type === 'unscoped') return [];
  if (token.applicationCredentialId !== undefined) {
    const cred = applicationCredentialById(state, token.applicationCredentialId);
    if (!cred) return [];
    return effectiveRoles(
      state,
      token.userId,
      scope.type === 'system' ? { type: 'system' } : scope,
    ).filter((r) => cred.roleIds.includes(r.id));
  }
  return effectiveRoles(state, token.userId, scope.type === 'system' ? { type: 'system' } : scope);
}

function scopeStillUsable(state: IdentityState, token: TokenRecord, user: User): boolean {
  const scope = token.scope;
  if (!user.enabled || !domainById(state, user.domainId)?.enabled) return false;
  if (scope.type === 'project') {
    const project = projectById(state, scope.id);
    if (!project?.enabled || !domainById(state, project.domainId)?.enabled) return false;
  }
  if (scope.type === 'domain' && !domainById(state, scope.id)?.enabled) return false;
  return scope.type === 'unscoped' || tokenRoles(state, token).length > 0;
}

/**
 * Validates a token id the way Keystone's token provider does, with its TokenNotFound
 * texts: unknown bytes are "not recognized", expired or revoked ones "fail to
 * validate", and a token whose user or project went away is "not found".
 */
export function lookupToken(
  state: IdentityState,
  id: string | undefined,
  now: number,
  windowSeconds = 0,
): TokenLookup {
  if (!id) return { ok: false, message: 'No token in the request' };
  const token = state.tokens.find((t) => t.id === id);
  if (!token) return { ok: false, message: 'Could not recognize Fernet token' };
  if (
    now >= token.expiresAt + windowSeconds * 1000 ||
    token.revoked ||
    !applicationCredentialAlive(state, token, now)
  ) {
    return { ok: false, message: 'Failed to validate token' };
  }
  const user = userById(state, token.userId);
  if (!user || !scopeStillUsable(state, token, user))
    return { ok: false, message: `Could not find token: ${id}.` };
  return { ok: true, token };
}

export interface IssueRequest {
  userId: string;
  methods: string[];
  scope: TokenScope;
  /** Set when the token method re-scopes: the new token keeps the old expiry. */
  expiresAt?: number;
  parentAuditId?: string;
  applicationCredentialId?: string;
}

export function issueToken(
  state: IdentityState,
  req: IssueRequest,
  now: number,
  ttlSeconds: number,
): TokenRecord {
  pruneTokens(state, now);
  const token: TokenRecord = {
    id: fernetLikeToken(),
    userId: req.userId,
    methods: req.methods,
    auditIds: req.parentAuditId ? [auditId(), req.parentAuditId] : [auditId()],
    scope: req.scope,
    issuedAt: now,
    expiresAt: req.expiresAt ?? now + ttlSeconds * 1000,
    revoked: false,
    ...(req.applicationCredentialId === undefined
      ? {}
      : { applicationCredentialId: req.applicationCredentialId }),
  };
  state.tokens.push(token);
  return token;
}

/** Drops tokens no request could still use, even with allow_expired. */
export function pruneTokens(state: IdentityState, now: number): void {
  const horizon = now - ALLOW_EXPIRED_WINDOW_SECONDS * 1000;
  state.tokens = state.tokens.filter((t) => t.expiresAt > horizon);
}
