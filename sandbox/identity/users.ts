import { projectsForUser } from './assignments';
import { authenticateCaller, isAdmin, isSystemReader, readerDomain } from './caller';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { forbiddenAction, notFound } from './errors';
import { userById } from './lookup';
import { collection, projectRef, userRef } from './refs';
import type { Router } from '../http/router';
import type { SandboxRequest } from '../http/types';
import type { User } from '../state';

// /v3/users/{user_id} and /v3/users/{user_id}/projects: own user, admins, readers.

function allowedUser(deps: IdentityDeps, req: SandboxRequest, action: string): User {
  const state = deps.store.state.identity;
  const caller = authenticateCaller(state, req, deps.now());
  const id = req.params.user_id ?? '';
  const user = userById(state, id);
  const allowed =
    isAdmin(caller) ||
    isSystemReader(caller) ||
    caller.user.id === id ||
    (user !== undefined && readerDomain(caller) === user.domainId);
  if (!allowed) throw forbiddenAction(action);
  if (!user) throw notFound(`Could not find user: ${id}.`);
  return user;
}

export function addUserRoutes(router: Router, deps: IdentityDeps): void {
  router.add('GET', '/v3/users/{user_id}', (req) => {
    const user = allowedUser(deps, req, 'identity:get_user');
    return { status: 200, body: { user: userRef(user, identityBase(req)) } };
  });

  router.add('GET', '/v3/users/{user_id}/projects', (req) => {
    const user = allowedUser(deps, req, 'identity:list_user_projects');
    const base = identityBase(req);
    const projects = projectsForUser(deps.store.state.identity, user.id);
    return {
      status: 200,
      body: collection(
        'projects',
        projects.map((p) => projectRef(p, base)),
        requestUrl(req),
      ),
    };
  });
}
