import { format, MAX_VERSION, MIN_VERSION } from './microversion';

// GET / and GET /v3/: Cinder's version document (no token needed).

export function versionEntry(origin: string): Record<string, unknown> {
  return {
    id: 'v3.0',
    status: 'CURRENT',
    version: format(MAX_VERSION),
    min_version: format(MIN_VERSION),
    updated: '2022-08-31T00:00:00Z',
    links: [
      { rel: 'describedby', type: 'text/html', href: 'https://docs.openstack.org/' },
      { rel: 'self', href: `${origin}/v3/` },
    ],
    'media-types': [
      { base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' },
    ],
  };
}

export const versionsDocument = (origin: string) => ({ versions: [versionEntry(origin)] });
