import { keystoneTime } from '../time';
import { applicationCredentialById } from './application-credentials-store';
import { buildCatalog } from './catalog';
import { domainById, projectById, userById } from './lookup';
import { tokenRoles } from './tokens';
import type { IdentityState, TokenRecord } from '../state';

function domainRef(state: IdentityState, id: string): { id: string; name: string } {
  return { id, name: domainById(state, id)?.name ?? '' };
}

/** The {"token": {...}} body of keystone/common/render_token.py. */
export function renderToken(
  state: IdentityState,
  token: TokenRecord,
  includeCatalog: boolean,
): { token: Record<string, unknown> } {
  const user = userById(state, token.userId);
  const body: Record<string, unknown> = {
    methods: token.methods,
    user: {
      domain: domainRef(state, user?.domainId ?? ''),
      id: token.userId,
      name: user?.name ?? '',
      password_expires_at: null,
    },
    audit_ids: token.auditIds,
    expires_at: keystoneTime(token.expiresAt),
    issued_at: keystoneTime(token.issuedAt),
  };
  const roles = tokenRoles(state, token).map((r) => ({ id: r.id, name: r.name }));
  const scope = token.scope;
  if (scope.type === 'system') {
    body.roles = roles;
    body.system = { all: true };
  } else if (scope.type === 'domain') {
    body.domain = domainRef(state, scope.id);
    body.roles = roles;
  } else if (scope.type === 'project') {
    const project = projectById(state, scope.id);
    body.project = {
      domain: domainRef(state, project?.domainId ?? ''),
      id: scope.id,
      name: project?.name ?? '',
    };
    body.is_domain = false;
    body.roles = roles;
  }
  const cred =
    token.applicationCredentialId === undefined
      ? undefined
      : applicationCredentialById(state, token.applicationCredentialId);
  if (cred) {
    body.application_credential = { id: cred.id, name: cred.name, restricted: !cred.unrestricted };
  }
  if (includeCatalog && scope.type !== 'unscoped')
    body.catalog = buildCatalog(state, scope.type === 'project' ? scope.id : null);
  return { token: body };
}
