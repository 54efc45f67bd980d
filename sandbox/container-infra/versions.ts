// Magnum's version documents: GET / without a token, GET /v1 with one.

export function rootDocument(origin: string): Record<string, unknown> {
  return {
    name: 'OpenStack Magnum API',
    description:
      'Magnum is an OpenStack project which aims to provide container cluster management.',
    versions: [
      {
        id: 'v1',
        links: [{ href: `${origin}/v1/`, rel: 'self' }],
        status: 'CURRENT',
        max_version: '1.10',
        min_version: '1.1',
      },
    ],
  };
}

const RESOURCES = [
  'baymodels',
  'bays',
  'clustertemplates',
  'clusters',
  'quotas',
  'certificates',
  'mservices',
  'stats',
  'federations',
];

export function v1Document(origin: string): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    id: 'v1',
    media_types: [{ base: 'application/json', type: 'application/vnd.openstack.magnum.v1+json' }],
    links: [
      { href: `${origin}/v1/`, rel: 'self' },
      {
        href: 'http://docs.openstack.org/developer/magnum/dev/api-spec-v1.html',
        rel: 'describedby',
        type: 'text/html',
      },
    ],
  };
  for (const name of RESOURCES) {
    doc[name] = [
      { href: `${origin}/v1/${name}/`, rel: 'self' },
      { href: `${origin}/${name}/`, rel: 'bookmark' },
    ];
  }
  doc.nodegroups = [
    { href: `${origin}/v1/clusters/{cluster_id}/nodegroups`, rel: 'self' },
    { href: `${origin}/clusters/{cluster_id}/nodegroups`, rel: 'bookmark' },
  ];
  return doc;
}
