import { schemaError } from './errors';
import { firstSchemaError, type JsonSchema } from '../validation/json-schema';

// keystone/auth/schema.py: token_issue plus validate_issue_token_auth's extra checks.

const idAndName: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
};

const TOKEN_ISSUE: JsonSchema = {
  type: 'object',
  properties: {
    identity: {
      type: 'object',
      properties: {
        methods: { type: 'array', items: { type: 'string' } },
        password: {
          type: 'object',
          properties: {
            user: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                name: { type: 'string' },
                password: { type: 'string' },
                domain: idAndName,
              },
            },
          },
        },
        token: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      },
      required: ['methods'],
    },
    scope: {
      type: ['object', 'string'],
      properties: {
        project: {
          type: 'object',
          properties: { name: { type: 'string' }, id: { type: 'string' }, domain: idAndName },
        },
        domain: idAndName,
        'OS-TRUST:trust': { type: 'object', properties: { id: { type: 'string' } } },
        system: { type: 'object', properties: { all: { type: 'boolean' } } },
      },
    },
  },
  required: ['identity'],
};

type Json = Record<string, unknown>;

function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireIdOrName(value: unknown, field: string): void {
  if (isJsonObject(value) && !('id' in value) && !('name' in value)) {
    throw schemaError(`Invalid input for field ${field}: id or name must be present.`);
  }
}

/**
 * Throws Keystone's 400 for a malformed "auth" object. Keystone's message continues
 * with jsonschema's dump of the failing schema; the sandbox keeps the first line.
 */
export function validateIssueTokenAuth(auth: unknown): void {
  if (auth === undefined || auth === null) return;
  const error = firstSchemaError(TOKEN_ISSUE, auth);
  if (error) {
    throw schemaError(
      error.path.length > 0
        ? `Invalid input for field '${error.path.join('/')}': ${error.message}`
        : error.message,
    );
  }
  const body = auth as Json;
  const identity = body.identity as Json;
  const password = isJsonObject(identity.password) ? identity.password : {};
  const user = password.user;
  if (user !== undefined && user !== null) {
    requireIdOrName(user, 'identity/password/user');
    if (isJsonObject(user) && user.domain !== undefined && user.domain !== null) {
      requireIdOrName(user.domain, 'identity/password/user/domain');
    }
  }
  const scope = body.scope;
  if (isJsonObject(scope)) {
    const project = scope.project;
    if (project !== undefined && project !== null) {
      requireIdOrName(project, 'scope/project');
      if (isJsonObject(project) && project.domain !== undefined && project.domain !== null) {
        requireIdOrName(project.domain, 'scope/project/domain');
      }
    }
    if (scope.domain !== undefined && scope.domain !== null)
      requireIdOrName(scope.domain, 'scope/domain');
  }
}
