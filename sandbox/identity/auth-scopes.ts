import { domainsForUser, effectiveRoles, projectsForUser } from './assignments';
import { authenticateCaller } from './caller';
import { buildCatalog } from './catalog';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { forbidden } from './errors';
import { domainById } from './lookup';
import { collection, projectRef } from './refs';
import type { Router } from '../http/router';

// /v3/auth/{projects,domains,system,catalog}: what the caller's token may scope to.

export function addAuthScopeRoutes(router: Router, deps: IdentityDeps): void {
  router.add('GET', '/v3/auth/projects', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const projects = projectsForUser(state, caller.user.id).filter((p) => p.enabled);
    const base = identityBase(req);
    return {
      status: 200,
      body: collection(
        'projects',
        projects.map((p) => projectRef(p, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('GET', '/v3/auth/domains', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const base = identityBase(req);
    const domains = domainsForUser(state, caller.user.id).flatMap((id) => {
      const domain = domainById(state, id);
      if (!domain?.enabled) return [];
      const { name, description, enabled } = domain;
      return [
        {
          id,
          name,
          description,
          enabled,
          tags: [],
          options: {},
          links: { self: `${base}/domains/${id}` },
        },
      ];
    });
    return { status: 200, body: collection('domains', domains, requestUrl(req)) };
  });

  router.add('GET', '/v3/auth/system', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    const hasSystem = effectiveRoles(state, caller.user.id, { type: 'system' }).length > 0;
    return {
      status: 200,
      body: {
        system: hasSystem ? [{ all: true }] : [],
        links: { self: `${identityBase(req)}/auth/system` },
      },
    };
  });

  router.add('GET', '/v3/auth/catalog', (req) => {
    const state = deps.store.state.identity;
    const caller = authenticateCaller(state, req, deps.now());
    // Keystone wants a project-scoped token here; its 403 keeps the generic text.
    if (caller.token.scope.type !== 'project') throw forbidden();
    return {
      status: 200,
      body: {
        catalog: buildCatalog(state, caller.token.scope.id),
        links: { self: `${identityBase(req)}/auth/catalog` },
      },
    };
  });
}
