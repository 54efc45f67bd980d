import { sameName } from '../names';
import { authenticateCaller, isAdmin, type Caller } from './caller';
import { type IdentityDeps } from './context';
import { forbiddenAction, KeystoneError, schemaError } from './errors';
import { parseJsonObject } from '../http/body';
import type { SandboxRequest } from '../http/types';

// What the Identity admin controllers share: the admin check of Zed's default
// policies, the request body's resource object, and Keystone's JSON-schema texts.

export function requireAdmin(deps: IdentityDeps, req: SandboxRequest, action: string): Caller {
  const caller = authenticateCaller(deps.store.state.identity, req, deps.now());
  if (!isAdmin(caller)) throw forbiddenAction(`identity:${action}`);
  return caller;
}

/** The `{"<key>": {...}}` object of the body; Keystone validates `{}` when it is missing. */
export function resourceBody(req: SandboxRequest, key: string): Record<string, unknown> {
  const body = parseJsonObject(req.body) ?? {};
  const value = body[key];
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw schemaError(`${pyRepr(value)} is not of type 'object'`);
  return value as Record<string, unknown>;
}

function pyRepr(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return JSON.stringify(value);
}

function invalid(field: string, message: string): KeystoneError {
  return schemaError(`Invalid input for field '${field}': ${message}`);
}

/** Keystone's name type: a non-blank string of 1..max characters. */
export function nameField(
  obj: Record<string, unknown>,
  max: number,
  required: boolean,
): string | undefined {
  const value = obj.name;
  if (value === undefined) {
    if (required) throw schemaError("'name' is a required property");
    return undefined;
  }
  if (typeof value !== 'string') throw invalid('name', `${pyRepr(value)} is not of type 'string'`);
  if (value.length === 0) throw invalid('name', "'' is too short");
  if (value.length > max) throw invalid('name', `${pyRepr(value)} is too long`);
  if (!/\S/.test(value)) throw invalid('name', `${pyRepr(value)} does not match '^\\s*\\S.*$'`);
  return value;
}

export function stringField(
  obj: Record<string, unknown>,
  key: string,
  nullable = true,
): string | null | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  if (typeof value !== 'string') throw invalid(key, `${pyRepr(value)} is not of type 'string'`);
  return value;
}

export function boolField(obj: Record<string, unknown>, key: string): boolean | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw invalid(key, `${pyRepr(value)} is not of type 'boolean'`);
  return value;
}

/** keystone.common.sql.handle_conflicts: the text of a duplicate entry. */
export function conflict(type: string, name: string, domainId?: string): KeystoneError {
  const details = domainId
    ? `Duplicate entry found with name ${name} at domain ID ${domainId}`
    : `Duplicate entry found with name ${name}`;
  return new KeystoneError(
    409,
    'Conflict',
    `Conflict occurred attempting to store ${type} - ${details}.`,
  );
}

/** Keystone's 409 when another record of the domain has the name (`except`: the one being renamed). */
export function assertUniqueName(
  records: readonly { id: string; domainId: string; name: string }[],
  type: string,
  name: string,
  domainId: string,
  except?: string,
): void {
  if (records.some((r) => r.id !== except && r.domainId === domainId && sameName(r.name, name)))
    throw conflict(type, name, domainId);
}

/** The domain of new resources: the body's, else the token's project's domain. */
export function callerDomain(deps: IdentityDeps, caller: Caller): string {
  const scope = caller.token.scope;
  if (scope.type === 'domain') return scope.id;
  if (scope.type === 'project') {
    const project = deps.store.state.identity.projects.find((p) => p.id === scope.id);
    if (project) return project.domainId;
  }
  return caller.user.domainId;
}
