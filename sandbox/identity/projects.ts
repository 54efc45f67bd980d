import { sameName } from '../names';
import { authenticateCaller, isAdmin, isSystemReader, readerDomain } from './caller';
import { boolFromString, identityBase, requestUrl, type IdentityDeps } from './context';
import { forbiddenAction, notFound } from './errors';
import { projectById } from './lookup';
import { collection, projectRef } from './refs';
import type { Router } from '../http/router';
import type { Project } from '../state';

// /v3/projects and /v3/projects/{project_id}, with Zed's default policies.

function matchesFilters(project: Project, query: URLSearchParams): boolean {
  const name = query.get('name');
  if (name !== null && !sameName(project.name, name)) return false;
  const domainId = query.get('domain_id');
  if (domainId !== null && project.domainId !== domainId) return false;
  const parentId = query.get('parent_id');
  if (parentId !== null && project.domainId !== parentId) return false;
  const enabled = query.get('enabled');
  if (enabled !== null && project.enabled !== boolFromString(enabled)) return false;
  // Domains are the only is_domain projects, and they are not listed here.
  const isDomain = query.get('is_domain');
  return !(isDomain !== null && boolFromString(isDomain));
}

export function addProjectRoutes(router: Router, deps: IdentityDeps): void {
  router.add('GET', '/v3/projects', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const domain = readerDomain(caller);
    if (!isAdmin(caller) && !isSystemReader(caller) && domain === null) {
      throw forbiddenAction('identity:list_projects');
    }
    const base = identityBase(req);
    const projects = [...state.projects]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .filter((p) => matchesFilters(p, req.query))
      .filter((p) => domain === null || isAdmin(caller) || p.domainId === domain);
    return {
      status: 200,
      body: collection(
        'projects',
        projects.map((p) => projectRef(p, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('GET', '/v3/projects/{project_id}', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const id = req.params.project_id ?? '';
    const project = projectById(state, id);
    const scope = caller.token.scope;
    const allowed =
      isAdmin(caller) ||
      isSystemReader(caller) ||
      (project !== undefined &&
        (readerDomain(caller) === project.domainId ||
          (scope.type === 'project' && scope.id === project.id)));
    if (!allowed) throw forbiddenAction('identity:get_project');
    if (!project) throw notFound(`Could not find project: ${id}.`);
    return { status: 200, body: { project: projectRef(project, identityBase(req)) } };
  });
}
