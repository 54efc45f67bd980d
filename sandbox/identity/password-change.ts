import { schemaError, unauthorized } from './errors';
import { domainById, userById } from './lookup';
import { hashPassword, verifyPassword } from './passwords';
import { parseJsonObject } from '../http/body';
import { firstSchemaError, type JsonSchema } from '../validation/json-schema';
import type { IdentityDeps } from './context';
import type { Router } from '../http/router';

// POST /v3/users/{user_id}/password (keystone/api/users.py UserChangePasswordResource):
// self-service, no token needed; the original password proves who asks. A wrong
// original password is Keystone's plain 401; on success every token of the user
// is revoked, so the user signs in again.

const PASSWORD_CHANGE: JsonSchema = {
  type: 'object',
  properties: { original_password: { type: 'string' }, password: { type: 'string' } },
  required: ['original_password', 'password'],
  additionalProperties: false,
};

export function addPasswordChangeRoute(router: Router, deps: IdentityDeps): void {
  router.add('POST', '/v3/users/{user_id}/password', async (req) => {
    const state = deps.store.state.identity;
    const body = parseJsonObject(req.body) ?? {};
    const data = body.user ?? {};
    const error = firstSchemaError(PASSWORD_CHANGE, data);
    if (error) {
      throw schemaError(
        error.path.length > 0
          ? `Invalid input for field '${error.path.join('/')}': ${error.message}`
          : error.message,
      );
    }
    const { original_password: original, password } = data as {
      original_password: string;
      password: string;
    };
    const user = userById(state, req.params.user_id ?? '');
    if (!user?.enabled || !domainById(state, user.domainId)?.enabled) throw unauthorized();
    if (!(await verifyPassword(original, user.passwordHash))) throw unauthorized();
    user.passwordHash = await hashPassword(password);
    for (const token of state.tokens) if (token.userId === user.id) token.revoked = true;
    deps.store.changed();
    return { status: 204 };
  });
}
