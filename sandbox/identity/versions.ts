import type { Router } from '../http/router';
import type { SandboxRequest } from '../http/types';

// keystone/api/discovery.py. Zed's identity API is v3.14.

function v3Version(req: SandboxRequest): Record<string, unknown> {
  return {
    id: 'v3.14',
    status: 'stable',
    updated: '2020-04-07T00:00:00Z',
    links: [{ rel: 'self', href: `${req.origin}/v3/` }],
    'media-types': [
      { base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' },
    ],
  };
}

export function addVersionRoutes(router: Router): void {
  router.add('GET', '/', (req) => ({
    status: 300,
    headers: { Location: `${req.origin}/v3/` },
    body: { versions: { values: [v3Version(req)] } },
  }));
  router.add('GET', '/v3', (req) => ({ status: 200, body: { version: v3Version(req) } }));
}
