import { applicationCredentialMethod } from './application-credentials-auth';
import { effectiveRoles } from './assignments';
import {
  expectingToFind,
  forbiddenAction,
  notFound,
  schemaError,
  unauthorized,
  unsupportedAuthMethod,
} from './errors';
import {
  domainById,
  domainByName,
  projectById,
  projectByName,
  userById,
  userByName,
} from './lookup';
import { verifyPassword } from './passwords';
import { issueToken, lookupToken } from './tokens';
import type { Domain, IdentityState, Project, TokenRecord, TokenScope } from '../state';

// POST /v3/auth/tokens after schema validation, in Keystone's order:
// methods present and known -> scope target exists -> methods authenticate ->
// default project scoping -> roles on the scope checked while minting.

/** Keystone's default [auth] methods: listed in its "unsupported method" 401. */
export const KEYSTONE_AUTH_METHODS = [
  'external',
  'password',
  'token',
  'oauth1',
  'mapped',
  'application_credential',
];

type Json = Record<string, unknown>;

type ScopeTarget = Exclude<TokenScope, { type: 'unscoped' }>;

interface Requested {
  scope: ScopeTarget | null;
  explicitUnscoped: boolean;
}

interface MethodResult {
  userId: string;
  methods: string[];
  expiresAt?: number;
  parentAuditId?: string;
  /** The application_credential method: the project the token is scoped to. */
  applicationCredential?: { id: string; projectId: string; expiresAt: number | null };
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's `key in container` for a dict or a str. */
function pyIn(container: unknown, key: string): boolean {
  if (typeof container === 'string') return container.includes(key);
  return isJson(container) && key in container;
}

/** Python truthiness for JSON values. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isJson(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Indexing a str with a str key is a TypeError, which Keystone renders as a 400. */
function member(container: unknown, key: string): Json {
  if (typeof container === 'string') throw schemaError('string indices must be integers');
  const value = isJson(container) ? container[key] : undefined;
  return isJson(value) ? value : {};
}

function lookupScopeDomain(state: IdentityState, info: Json): Domain {
  const domain = truthy(info.name)
    ? domainByName(state, String(info.name))
    : domainById(state, String(info.id));
  if (!domain?.enabled) throw unauthorized();
  return domain;
}

function lookupScopeProject(state: IdentityState, info: Json): Project {
  let project: Project | undefined;
  if (truthy(info.name)) {
    if (!('domain' in info)) throw expectingToFind('domain', 'project');
    const domain = lookupScopeDomain(state, isJson(info.domain) ? info.domain : {});
    project = projectByName(state, String(info.name), domain.id);
  } else {
    project = projectById(state, String(info.id));
    if (project) lookupScopeDomain(state, { id: project.domainId });
  }
  if (!project?.enabled) throw unauthorized();
  return project;
}

function requestedScope(state: IdentityState, auth: Json): Requested {
  if (!('scope' in auth)) return { scope: null, explicitUnscoped: false };
  const scope = auth.scope;
  const kinds = ['project', 'domain', 'unscoped', 'system', 'OS-TRUST:trust'].filter((k) =>
    pyIn(scope, k),
  );
  if (kinds.length !== 1)
    throw expectingToFind('system, project, domain, OS-TRUST:trust or unscoped', 'scope');
  switch (kinds[0]) {
    case 'system':
      return { scope: { type: 'system' }, explicitUnscoped: false };
    case 'unscoped':
      return { scope: null, explicitUnscoped: true };
    case 'project':
      return {
        scope: { type: 'project', id: lookupScopeProject(state, member(scope, 'project')).id },
        explicitUnscoped: false,
      };
    case 'domain':
      return {
        scope: { type: 'domain', id: lookupScopeDomain(state, member(scope, 'domain')).id },
        explicitUnscoped: false,
      };
    default:
      // Trusts are not emulated: Keystone answers an unknown trust with a plain 401.
      throw unauthorized();
  }
}

async function passwordMethod(state: IdentityState, payload: unknown): Promise<MethodResult> {
  if (!isJson(payload) || !('user' in payload)) throw expectingToFind('user', 'password');
  const info = isJson(payload.user) ? payload.user : {};
  if (!truthy(info.id) && !truthy(info.name)) throw expectingToFind('id or name', 'user');
  let user;
  if (truthy(info.name)) {
    if (!('domain' in info)) throw expectingToFind('domain', 'user');
    const domainInfo = isJson(info.domain) ? info.domain : {};
    if (!truthy(domainInfo.id) && !truthy(domainInfo.name))
      throw expectingToFind('id or name', 'domain');
    const domain = lookupScopeDomain(state, domainInfo);
    user = userByName(state, String(info.name), domain.id);
  } else {
    user = userById(state, String(info.id));
    if (user && !domainById(state, user.domainId)?.enabled) throw unauthorized();
  }
  if (!user?.enabled) throw unauthorized();
  const password = info.password;
  if (typeof password !== 'string' || !(await verifyPassword(password, user.passwordHash)))
    throw unauthorized();
  return { userId: user.id, methods: ['password'] };
}

function tokenMethod(
  state: IdentityState,
  payload: unknown,
  auth: Json,
  now: number,
): MethodResult {
  if (!isJson(payload) || !('id' in payload)) throw expectingToFind('id', 'token');
  const found = lookupToken(state, typeof payload.id === 'string' ? payload.id : undefined, now);
  // Keystone lets the token provider's TokenNotFound through here: a 404, not a 401.
  if (!found.ok) throw notFound(found.message);
  const token = found.token;
  const wantsScope = pyIn(auth.scope ?? {}, 'project') || pyIn(auth.scope ?? {}, 'domain');
  if (token.scope.type === 'system' && wantsScope) {
    throw forbiddenAction(
      'Using a system-scoped token to create a project-scoped or domain-scoped token is not allowed.',
    );
  }
  return {
    userId: token.userId,
    methods: ['token', ...token.methods.filter((m) => m !== 'token')],
    expiresAt: token.expiresAt,
    parentAuditId: token.auditIds[1] ?? token.auditIds[0],
  };
}

/** Keystone scopes a token-less-scope request to the user's default project when it can. */
function defaultScope(state: IdentityState, userId: string): ScopeTarget | null {
  const user = userById(state, userId);
  const project = user?.defaultProjectId ? projectById(state, user.defaultProjectId) : undefined;
  if (!project?.enabled || !domainById(state, project.domainId)?.enabled) return null;
  return effectiveRoles(state, userId, { type: 'project', id: project.id }).length > 0
    ? { type: 'project', id: project.id }
    : null;
}

export interface AuthenticateContext {
  state: IdentityState;
  now: number;
  ttlSeconds: number;
}

export async function authenticateForToken(
  ctx: AuthenticateContext,
  auth: unknown,
): Promise<TokenRecord> {
  const { state, now } = ctx;
  if (!isJson(auth) || !truthy(auth)) throw expectingToFind('auth', 'request body');
  const identity = auth.identity as Json;
  const methods = [...new Set(identity.methods as string[])];
  for (const method of methods)
    if (!(method in identity)) throw expectingToFind(method, 'identity');
  for (const method of methods) {
    if (!KEYSTONE_AUTH_METHODS.includes(method)) throw unsupportedAuthMethod(KEYSTONE_AUTH_METHODS);
  }
  const requested = requestedScope(state, auth);

  const results: MethodResult[] = [];
  for (const method of methods) {
    if (method === 'password') results.push(await passwordMethod(state, identity.password));
    else if (method === 'token') results.push(tokenMethod(state, identity.token, auth, now));
    else if (method === 'application_credential')
      results.push(await applicationCredentialMethod(state, identity.application_credential, now));
    // external, oauth1, mapped and application credentials are not emulated.
    else throw unauthorized();
  }
  const userId = results[0]?.userId;
  if (!userId || results.some((r) => r.userId !== userId)) throw unauthorized();

  const appCred = results.find((r) => r.applicationCredential)?.applicationCredential;
  // Keystone: "Application credentials cannot request a scope." (a 401).
  if (appCred && (requested.scope || requested.explicitUnscoped)) throw unauthorized();
  const scope: ScopeTarget | null = appCred
    ? { type: 'project', id: appCred.projectId }
    : (requested.scope ?? (requested.explicitUnscoped ? null : defaultScope(state, userId)));
  if (scope && effectiveRoles(state, userId, scope).length === 0) {
    throw unauthorized();
  }
  const fromToken = results.find((r) => r.expiresAt !== undefined);
  if (appCred) {
    const token = issueToken(
      state,
      {
        userId,
        methods: ['application_credential'],
        scope: scope ?? { type: 'unscoped' },
        applicationCredentialId: appCred.id,
        // The token never outlives the credential.
        ...(appCred.expiresAt !== null && appCred.expiresAt < now + ctx.ttlSeconds * 1000
          ? { expiresAt: appCred.expiresAt }
          : {}),
      },
      now,
      ctx.ttlSeconds,
    );
    return token;
  }
  return issueToken(
    state,
    {
      userId,
      methods: [...new Set(results.flatMap((r) => r.methods))],
      scope: scope ?? { type: 'unscoped' },
      ...(fromToken?.expiresAt === undefined ? {} : { expiresAt: fromToken.expiresAt }),
      ...(fromToken?.parentAuditId === undefined ? {} : { parentAuditId: fromToken.parentAuditId }),
    },
    now,
    ctx.ttlSeconds,
  );
}
