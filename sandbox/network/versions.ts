// GET / (no token) and GET /v2.0/ on the network endpoint.

export function versionsDocument(origin: string): Record<string, unknown> {
  return {
    versions: [
      { id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: `${origin}/v2.0/` }] },
    ],
  };
}

/** The core resources Neutron lists at /v2.0/. */
export function resourcesDocument(origin: string): Record<string, unknown> {
  const resource = (name: string, collection: string) => ({
    name,
    collection,
    links: [{ rel: 'self', href: `${origin}/v2.0/${collection}` }],
  });
  return {
    resources: [
      resource('network', 'networks'),
      resource('subnet', 'subnets'),
      resource('subnetpool', 'subnetpools'),
      resource('port', 'ports'),
    ],
  };
}
