import { formatVersion, MAX_API_VERSION, MIN_API_VERSION } from './microversion';

// nova/api/openstack/compute/versions.py and views/versions.py.

const V20 = {
  id: 'v2.0',
  status: 'SUPPORTED',
  version: '',
  min_version: '',
  updated: '2011-01-21T11:33:21Z',
};

const V21 = {
  id: 'v2.1',
  status: 'CURRENT',
  version: formatVersion(MAX_API_VERSION),
  min_version: formatVersion(MIN_API_VERSION),
  updated: '2013-07-23T11:33:21Z',
};

/** GET / on the compute endpoint's host. */
export function versionsDocument(origin: string): Record<string, unknown> {
  return {
    versions: [
      { ...V20, links: [{ rel: 'self', href: `${origin}/v2/` }] },
      { ...V21, links: [{ rel: 'self', href: `${origin}/v2.1/` }] },
    ],
  };
}

/** GET /v2.1 and /v2.1/. */
export function v21Document(origin: string): Record<string, unknown> {
  return {
    version: {
      ...V21,
      links: [
        { rel: 'self', href: `${origin}/v2.1/` },
        { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' },
      ],
      'media-types': [
        { base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' },
      ],
    },
  };
}
