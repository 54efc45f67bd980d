import { validateIssueTokenAuth } from './auth-schema';
import { authenticateForToken } from './authenticate';
import { authenticateCaller, isAdmin, isSystemReader, type Caller } from './caller';
import { boolFromString, type IdentityDeps } from './context';
import { forbiddenAction, notFound } from './errors';
import { renderToken } from './token-render';
import { ALLOW_EXPIRED_WINDOW_SECONDS, lookupToken } from './tokens';
import { parseJson } from '../http/body';
import { header, type SandboxRequest } from '../http/types';
import type { Router } from '../http/router';

// /v3/auth/tokens: issue (POST), validate (GET/HEAD), revoke (DELETE).

/**
 * Keystone resolves the subject token while building the policy target, so a bad
 * subject is a 404 even before the "may you see it" check; a missing one only
 * passes that check for admins (who then get "No token in the request").
 */
function subjectToken(
  deps: IdentityDeps,
  req: SandboxRequest,
  caller: Caller,
  action: string,
  windowSeconds: number,
) {
  const state = deps.store.state.identity;
  const subjectId = header(req, 'x-subject-token');
  const privileged = isAdmin(caller) || isSystemReader(caller);
  if (subjectId === undefined && !privileged) throw forbiddenAction(action);
  const found = lookupToken(state, subjectId, deps.now(), windowSeconds);
  if (!found.ok) throw notFound(found.message);
  if (!privileged && found.token.userId !== caller.user.id) throw forbiddenAction(action);
  return found.token;
}

export function addAuthTokenRoutes(router: Router, deps: IdentityDeps): void {
  router.add('POST', '/v3/auth/tokens', async (req) => {
    const state = deps.store.state.identity;
    const parsed = req.body.length > 0 ? parseJson(req.body) : { ok: true as const, value: {} };
    const auth = parsed.ok ? (parsed.value as Record<string, unknown>).auth : undefined;
    validateIssueTokenAuth(auth);
    const token = await authenticateForToken(
      { state, now: deps.now(), ttlSeconds: deps.tokenTtlSeconds },
      auth,
    );
    deps.store.changed();
    return {
      status: 201,
      headers: { 'X-Subject-Token': token.id },
      body: renderToken(state, token, !req.query.has('nocatalog')),
    };
  });

  router.add('GET', '/v3/auth/tokens', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const window = boolFromString(req.query.get('allow_expired'))
      ? ALLOW_EXPIRED_WINDOW_SECONDS
      : 0;
    const action = req.method === 'HEAD' ? 'identity:check_token' : 'identity:validate_token';
    const token = subjectToken(deps, req, caller, action, window);
    return {
      status: 200,
      headers: { 'X-Subject-Token': token.id },
      body: renderToken(state, token, !req.query.has('nocatalog')),
    };
  });

  router.add('DELETE', '/v3/auth/tokens', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const token = subjectToken(deps, req, caller, 'identity:revoke_token', 0);
    token.revoked = true;
    deps.store.changed();
    return { status: 204 };
  });
}
