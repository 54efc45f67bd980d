import { randomBytes } from 'node:crypto';
import { uuidHex } from '../ids';
import { sameName } from '../names';
import { keystoneTime } from '../time';
import { applicationCredentialById } from './application-credentials-store';
import { effectiveRoles } from './assignments';
import { authenticateCaller, isAdmin, type Caller } from './caller';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { forbiddenAction, KeystoneError, notFound, schemaError } from './errors';
import { userById } from './lookup';
import { hashPassword } from './passwords';
import { collection } from './refs';
import { parseJsonObject } from '../http/body';
import { firstSchemaError, type JsonSchema } from '../validation/json-schema';
import type { Router } from '../http/router';
import type { SandboxRequest } from '../http/types';
import type { ApplicationCredentialRecord, IdentityState, Role } from '../state';

// /v3/users/{user_id}/application_credentials (keystone/api/users.py), with
// keystone/application_credential/schema.py and Zed's default policies.

const VALIDATION_TAIL =
  ' The server could not comply with the request since it is either malformed or otherwise incorrect.' +
  ' The client is assumed to be in error.';

const ROLE: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
};

const ACCESS_RULE: JsonSchema = {
  type: 'object',
  properties: {
    path: { type: 'string', minLength: 0, maxLength: 225, pattern: '^/.*' },
    method: { type: 'string', pattern: '^(POST|GET|HEAD|PATCH|PUT|DELETE)$' },
    service: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-zA-Z0-9-]+$' },
    id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-zA-Z0-9-]+$' },
  },
  additionalProperties: false,
};

const CREATE: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 255, pattern: '[\\S]+' },
    description: { type: ['string', 'null'] },
    secret: { type: ['null', 'string'] },
    expires_at: { type: ['null', 'string'] },
    roles: { type: 'array', items: ROLE },
    unrestricted: { type: 'boolean' },
    access_rules: { type: 'array', items: ACCESS_RULE },
  },
  required: ['name'],
  additionalProperties: true,
};

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** keystone.common.utils.parse_expiration_date. */
export function parseExpiration(text: string, now: number): number {
  const value = text.endsWith('Z') ? text : `${text}Z`;
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?Z$/.exec(value);
  const ms = match
    ? Date.UTC(
        Number(match[1]),
        Number(match[2]) - 1,
        Number(match[3]),
        Number(match[4] ?? 0),
        Number(match[5] ?? 0),
        Number(match[6] ?? 0),
        Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000),
      )
    : NaN;
  if (Number.isNaN(ms)) {
    throw new KeystoneError(
      400,
      'Bad Request',
      `Timestamp not in expected format.${VALIDATION_TAIL}`,
    );
  }
  if (ms < now) {
    throw new KeystoneError(
      400,
      'Bad Request',
      `The 'expires_at' must not be before now.${VALIDATION_TAIL}`,
    );
  }
  return ms;
}

/** The bootstrap roles (admin, member, reader) are immutable on a real Keystone. */
function roleRef(role: Role): Json {
  return {
    id: role.id,
    name: role.name,
    domain_id: null,
    description: null,
    options: { immutable: true },
  };
}

function credRef(
  state: IdentityState,
  cred: ApplicationCredentialRecord,
  base: string,
  secret?: string,
): Json {
  const roles = cred.roleIds
    .map((id) => state.roles.find((r) => r.id === id))
    .filter((r): r is Role => r !== undefined);
  return {
    id: cred.id,
    name: cred.name,
    description: cred.description,
    user_id: cred.userId,
    project_id: cred.projectId,
    system: null,
    expires_at: cred.expiresAt === null ? null : keystoneTime(cred.expiresAt).replace(/Z$/, ''),
    unrestricted: cred.unrestricted,
    roles: roles.map(roleRef),
    // Keystone leaves the key out when the credential has no access rules.
    ...(cred.accessRules.length === 0
      ? {}
      : {
          access_rules: cred.accessRules.map((r) => ({
            id: r.id,
            service: r.service,
            method: r.method,
            path: r.path,
          })),
        }),
    ...(secret === undefined ? {} : { secret }),
    links: { self: `${base}/application_credentials/${cred.id}` },
  };
}

/** _check_unrestricted_application_credential: restricted credentials cannot manage others. */
function checkUnrestricted(state: IdentityState, caller: Caller): void {
  const id = caller.token.applicationCredentialId;
  if (id === undefined) return;
  const cred = applicationCredentialById(state, id);
  if (!cred?.unrestricted) {
    throw forbiddenAction(
      "Using method 'application_credential' is not allowed for managing additional application credentials.",
    );
  }
}

/** Zed's owner-or-admin rule for reading and deleting. */
function ownerOrAdmin(caller: Caller, userId: string, action: string): void {
  if (caller.user.id !== userId && !isAdmin(caller)) throw forbiddenAction(action);
}

function credOf(state: IdentityState, userId: string, id: string): ApplicationCredentialRecord {
  const cred = applicationCredentialById(state, id);
  if (!cred || cred.userId !== userId)
    throw notFound(`Could not find Application Credential: ${id}.`);
  return cred;
}

function resolveRoles(state: IdentityState, wanted: unknown[] | undefined, caller: Caller): Role[] {
  if (wanted === undefined) return caller.roles;
  return wanted.map((item) => {
    const ref = isJson(item) ? item : {};
    if (ref.id) {
      const role = state.roles.find((r) => r.id === ref.id);
      return role ?? { id: String(ref.id), name: '' };
    }
    const name = String(ref.name);
    const role = state.roles.find((r) => sameName(r.name, name));
    if (!role) throw notFound(`Could not find role: ${name}.`);
    return role;
  });
}

function generateSecret(): string {
  return randomBytes(64).toString('base64url');
}

export function addApplicationCredentialRoutes(router: Router, deps: IdentityDeps): void {
  const path = '/v3/users/{user_id}/application_credentials';

  router.add('GET', path, (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const userId = req.params.user_id ?? '';
    ownerOrAdmin(caller, userId, 'identity:list_application_credentials');
    if (!userById(state, userId)) throw notFound(`Could not find user: ${userId}.`);
    const name = req.query.get('name');
    const creds = state.applicationCredentials.filter(
      (c) => c.userId === userId && (name === null || sameName(c.name, name)),
    );
    const base = identityBase(req);
    return {
      status: 200,
      body: collection(
        'application_credentials',
        creds.map((c) => credRef(state, c, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('GET', `${path}/{application_credential_id}`, (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const userId = req.params.user_id ?? '';
    ownerOrAdmin(caller, userId, 'identity:get_application_credential');
    const cred = credOf(state, userId, req.params.application_credential_id ?? '');
    return {
      status: 200,
      body: { application_credential: credRef(state, cred, identityBase(req)) },
    };
  });

  router.add('DELETE', `${path}/{application_credential_id}`, (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const userId = req.params.user_id ?? '';
    ownerOrAdmin(caller, userId, 'identity:delete_application_credential');
    checkUnrestricted(state, caller);
    const cred = credOf(state, userId, req.params.application_credential_id ?? '');
    state.applicationCredentials = state.applicationCredentials.filter((c) => c !== cred);
    // Tokens issued with it stop validating (lookupToken checks the credential).
    deps.store.changed();
    return { status: 204 };
  });

  router.add('POST', path, async (req: SandboxRequest) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const userId = req.params.user_id ?? '';
    if (caller.user.id !== userId) throw forbiddenAction('identity:create_application_credential');
    const body = parseJsonObject(req.body) ?? {};
    const data = isJson(body.application_credential) ? body.application_credential : {};
    const error = firstSchemaError(CREATE, data);
    if (error) {
      throw schemaError(
        error.path.length > 0
          ? `Invalid input for field '${error.path.join('/')}': ${error.message}`
          : error.message,
      );
    }
    checkUnrestricted(state, caller);
    if (caller.token.scope.type !== 'project') {
      throw schemaError(
        `Expecting to find project_id in application credential.${VALIDATION_TAIL}`,
      );
    }
    const projectId = caller.token.scope.id;
    const now = deps.now();
    const expiresAt =
      typeof data.expires_at === 'string' && data.expires_at !== ''
        ? parseExpiration(data.expires_at, now)
        : null;
    const roles = resolveRoles(state, Array.isArray(data.roles) ? data.roles : undefined, caller);
    const held = effectiveRoles(state, userId, { type: 'project', id: projectId }).map((r) => r.id);
    for (const role of roles) {
      if (!held.includes(role.id)) {
        throw new KeystoneError(
          400,
          'Bad Request',
          'Invalid application credential: Cannot create an application credential with unassigned role',
        );
      }
    }
    const name = String(data.name);
    if (state.applicationCredentials.some((c) => c.userId === userId && sameName(c.name, name))) {
      throw new KeystoneError(
        409,
        'Conflict',
        `Conflict occurred attempting to store application_credential - Duplicate entry found with name ${name}.`,
      );
    }
    const secret =
      typeof data.secret === 'string' && data.secret !== '' ? data.secret : generateSecret();
    const rules = Array.isArray(data.access_rules) ? data.access_rules.filter(isJson) : [];
    const cred: ApplicationCredentialRecord = {
      id: uuidHex(),
      name,
      description: typeof data.description === 'string' ? data.description : null,
      userId,
      projectId,
      secretHash: await hashPassword(secret),
      roleIds: [...new Set(roles.map((r) => r.id))],
      expiresAt,
      unrestricted: typeof data.unrestricted === 'boolean' ? data.unrestricted : null,
      accessRules: rules.map((r) => ({
        id: typeof r.id === 'string' ? r.id : uuidHex(),
        service: String(r.service ?? ''),
        method: String(r.method ?? ''),
        path: String(r.path ?? ''),
      })),
    };
    state.applicationCredentials.push(cred);
    deps.store.changed();
    return {
      status: 201,
      body: { application_credential: credRef(state, cred, identityBase(req), secret) },
    };
  });
}
