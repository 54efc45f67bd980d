import { uuidHex } from '../ids';
import { sameName } from '../names';
import {
  boolField,
  assertUniqueName,
  callerDomain,
  conflict,
  nameField,
  requireAdmin,
  resourceBody,
  stringField,
} from './admin-common';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { notFound } from './errors';
import { domainById, projectById, userById } from './lookup';
import { hashPassword } from './passwords';
import { collection, userRef } from './refs';
import type { Router } from '../http/router';
import type { User } from '../state';

// GET/POST /v3/users, PATCH and DELETE /v3/users/{user_id} (admins), as Keystone Zed.
// A user's email and description are "extra" attributes Keystone returns as given.

const NAME_MAX = 255;

export function addUserAdminRoutes(router: Router, deps: IdentityDeps): void {
  const state = () => deps.store.state.identity;

  function checkProject(id: string | null | undefined): void {
    if (id && !projectById(state(), id)) throw notFound(`Could not find project: ${id}.`);
  }

  router.add('GET', '/v3/users', (req) => {
    requireAdmin(deps, req, 'list_users');
    const name = req.query.get('name');
    const domainId = req.query.get('domain_id');
    const enabled = req.query.get('enabled');
    const users = [...state().users]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .filter((u) => name === null || sameName(u.name, name))
      .filter((u) => domainId === null || u.domainId === domainId)
      .filter((u) => enabled === null || String(u.enabled) === enabled.toLowerCase());
    const base = identityBase(req);
    return {
      status: 200,
      body: collection(
        'users',
        users.map((u) => userRef(u, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('POST', '/v3/users', async (req) => {
    const caller = requireAdmin(deps, req, 'create_user');
    const body = resourceBody(req, 'user');
    const name = nameField(body, NAME_MAX, true) ?? '';
    const password = stringField(body, 'password');
    const email = stringField(body, 'email');
    const description = stringField(body, 'description');
    const enabled = boolField(body, 'enabled') ?? true;
    const defaultProjectId = stringField(body, 'default_project_id');
    const domainId = stringField(body, 'domain_id', false) ?? callerDomain(deps, caller);
    if (!domainById(state(), domainId)) throw notFound(`Could not find domain: ${domainId}.`);
    checkProject(defaultProjectId);
    assertUniqueName(state().users, 'user', name, domainId);
    const user: User = {
      id: uuidHex(),
      name,
      domainId,
      enabled,
      // A user created without a password cannot sign in with one.
      passwordHash: password ? await hashPassword(password) : '',
      defaultProjectId: defaultProjectId ?? null,
      ...(email !== undefined && email !== null ? { email } : {}),
      ...(description !== undefined && description !== null ? { description } : {}),
    };
    // Another request may have taken the name while the password was hashed.
    assertUniqueName(state().users, 'user', name, domainId);
    state().users.push(user);
    deps.store.changed();
    return { status: 201, body: { user: userRef(user, identityBase(req)) } };
  });

  router.add('PATCH', '/v3/users/{user_id}', async (req) => {
    requireAdmin(deps, req, 'update_user');
    const id = req.params.user_id ?? '';
    const body = resourceBody(req, 'user');
    const name = nameField(body, NAME_MAX, false);
    const password = stringField(body, 'password');
    const email = stringField(body, 'email');
    const description = stringField(body, 'description');
    const enabled = boolField(body, 'enabled');
    const defaultProjectId = stringField(body, 'default_project_id');
    if (!userById(state(), id)) throw notFound(`Could not find user: ${id}.`);
    checkProject(defaultProjectId);
    const hash = password ? await hashPassword(password) : undefined;
    const user = userById(state(), id);
    if (!user) throw notFound(`Could not find user: ${id}.`);
    if (name !== undefined) {
      // An update names no domain: Keystone's text has none either.
      if (
        state().users.some(
          (u) => u.id !== user.id && u.domainId === user.domainId && sameName(u.name, name),
        )
      )
        throw conflict('user', name);
      user.name = name;
    }
    if (hash !== undefined) user.passwordHash = hash;
    if (email !== undefined) user.email = email ?? undefined;
    if (description !== undefined) user.description = description ?? undefined;
    if (defaultProjectId !== undefined) user.defaultProjectId = defaultProjectId;
    if (enabled !== undefined) user.enabled = enabled;
    // A new password or a disabled user ends the user's tokens.
    if (hash !== undefined || enabled === false)
      for (const token of state().tokens) if (token.userId === id) token.revoked = true;
    deps.store.changed();
    return { status: 200, body: { user: userRef(user, identityBase(req)) } };
  });

  router.add('DELETE', '/v3/users/{user_id}', (req) => {
    requireAdmin(deps, req, 'delete_user');
    const id = req.params.user_id ?? '';
    const s = state();
    if (!userById(s, id)) throw notFound(`Could not find user: ${id}.`);
    s.users = s.users.filter((u) => u.id !== id);
    s.assignments = s.assignments.filter((a) => a.userId !== id);
    s.groupMembers = s.groupMembers.filter((m) => m.userId !== id);
    for (const token of s.tokens) if (token.userId === id) token.revoked = true;
    deps.store.changed();
    return { status: 204 };
  });
}
