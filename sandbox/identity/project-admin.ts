import { uuidHex } from '../ids';
import { sameName } from '../names';
import {
  boolField,
  callerDomain,
  assertUniqueName,
  nameField,
  requireAdmin,
  resourceBody,
  stringField,
} from './admin-common';
import { identityBase, type IdentityDeps } from './context';
import { KeystoneError, notFound } from './errors';
import { domainById, projectById } from './lookup';
import { projectRef } from './refs';
import type { Router } from '../http/router';
import type { Project } from '../state';

// POST /v3/projects, PATCH and DELETE /v3/projects/{project_id} (admins), as Keystone Zed.

const NAME_MAX = 64;

export function addProjectAdminRoutes(router: Router, deps: IdentityDeps): void {
  const state = () => deps.store.state.identity;

  /** Keystone's own check before it stores a new project; `id` is the one it was to get. */
  function assertNewUnique(name: string, domainId: string, id: string): void {
    if (state().projects.some((p) => p.domainId === domainId && sameName(p.name, name)))
      throw new KeystoneError(
        409,
        'Conflict',
        `Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is ${name}, project id ${id}.`,
      );
  }

  router.add('POST', '/v3/projects', (req) => {
    const caller = requireAdmin(deps, req, 'create_project');
    const body = resourceBody(req, 'project');
    const name = nameField(body, NAME_MAX, true) ?? '';
    const description = stringField(body, 'description') ?? '';
    const enabled = boolField(body, 'enabled') ?? true;
    const domainId = stringField(body, 'domain_id', false) ?? callerDomain(deps, caller);
    if (!domainById(state(), domainId)) throw notFound(`Could not find domain: ${domainId}.`);
    const id = uuidHex();
    assertNewUnique(name, domainId, id);
    const project: Project = { id, name, domainId, description, enabled };
    state().projects.push(project);
    deps.store.changed();
    return { status: 201, body: { project: projectRef(project, identityBase(req)) } };
  });

  router.add('PATCH', '/v3/projects/{project_id}', (req) => {
    requireAdmin(deps, req, 'update_project');
    const id = req.params.project_id ?? '';
    const body = resourceBody(req, 'project');
    const name = nameField(body, NAME_MAX, false);
    const description = stringField(body, 'description');
    const enabled = boolField(body, 'enabled');
    const project = projectById(state(), id);
    if (!project) throw notFound(`Could not find project: ${id}.`);
    if (name !== undefined) {
      assertUniqueName(state().projects, 'project', name, project.domainId, project.id);
      project.name = name;
    }
    if (description !== undefined) project.description = description ?? '';
    if (enabled !== undefined) project.enabled = enabled;
    deps.store.changed();
    return { status: 200, body: { project: projectRef(project, identityBase(req)) } };
  });

  router.add('DELETE', '/v3/projects/{project_id}', (req) => {
    requireAdmin(deps, req, 'delete_project');
    const id = req.params.project_id ?? '';
    const s = state();
    if (!projectById(s, id)) throw notFound(`Could not find project: ${id}.`);
    s.projects = s.projects.filter((p) => p.id !== id);
    s.assignments = s.assignments.filter(
      (a) => !(a.target.type === 'project' && a.target.id === id),
    );
    s.groupAssignments = s.groupAssignments.filter(
      (a) => !(a.target.type === 'project' && a.target.id === id),
    );
    for (const token of s.tokens)
      if (token.scope.type === 'project' && token.scope.id === id) token.revoked = true;
    deps.store.changed();
    return { status: 204 };
  });
}
