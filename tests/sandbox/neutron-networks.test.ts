import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, UNAUTHORIZED, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

let f: NeutronFixture;
let origin: string;

beforeAll(async () => {
  f = await neutronFixture();
  origin = f.api.replace(/\/v2\.0$/, '');
});
afterAll(() => f.sandbox.close());

const names = (items: Json[]) => items.map((i) => i.name);

describe('Neutron versions, extensions and errors outside resources', () => {
  it('lists v2.0 at / without a token and the core resources at /v2.0/', async () => {
    const root = await get(`${origin}/`);
    expect(root.status).toBe(200);
    expect(await json(root)).toEqual({
      versions: [
        { id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: `${origin}/v2.0/` }] },
      ],
    });
    const resources = await json(await get(`${f.api}/`, f.demo));
    expect(resources.resources.map((r: Json) => r.collection)).toEqual([
      'networks',
      'subnets',
      'subnetpools',
      'ports',
    ]);
  });

  it('requires a token under /v2.0, as keystonemiddleware answers', async () => {
    const res = await get(`${f.api}/networks`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(
      /^Keystone uri="http:\/\/127\.0\.0\.1:\d+"$/,
    );
    expect(await json(res)).toEqual(UNAUTHORIZED);
  });

  it('lists extensions and shows one; unknown ones get a webob 404', async () => {
    const list = await json(await get(`${f.api}/extensions`, f.demo));
    const aliases = list.extensions.map((e: Json) => e.alias);
    for (const alias of [
      'quotas',
      'quota_details',
      'security-group',
      'port-security',
      'router',
      'external-net',
      'standard-attr-description',
      'pagination',
      'sorting',
    ]) {
      expect(aliases).toContain(alias);
    }
    expect(await json(await get(`${f.api}/extensions/quotas.json`, f.demo))).toEqual({
      extension: {
        name: 'Quota management support',
        alias: 'quotas',
        description: 'Expose functions for quotas management per project',
        updated: '2012-07-29T10:00:00-00:00',
        links: [],
      },
    });
    const missing = await get(`${f.api}/extensions/nope`, f.demo, { Accept: 'application/json' });
    expect(missing.status).toBe(404);
    expect((await json(missing)).message).toBe(
      'The resource could not be found.<br /><br />\nExtension with alias nope does not exist\n\n',
    );
  });

  it('answers unknown paths and methods with NeutronError bodies', async () => {
    const notFound = await get(`${f.api}/nothing`, f.demo);
    expect(notFound.status).toBe(404);
    expect(await json(notFound)).toEqual(
      neutronError('HTTPNotFound', 'The resource could not be found.'),
    );
    expect((await get(`${f.api}`, f.demo)).status).toBe(404);
    const patch = await send(`${f.api}/networks`, f.demo, 'PATCH');
    expect(patch.status).toBe(405);
    expect(await json(patch)).toEqual(
      neutronError(
        'HTTPMethodNotAllowed',
        'The server could not comply with the request since it is either malformed or otherwise incorrect.',
      ),
    );
    const outside = await get(`${origin}/v3/`, f.demo);
    expect(outside.status).toBe(404);
    expect(outside.headers.get('content-type')).toBe('text/html; charset=UTF-8');
  });
});

describe('networks', () => {
  it('shows members their own and external networks, in id order, without provider details', async () => {
    const body = await json(await get(`${f.api}/networks`, f.demo));
    expect(body.networks_links).toBeUndefined();
    expect(names(body.networks).sort()).toEqual(['private', 'public']);
    const ids = body.networks.map((n: Json) => n.id);
    expect(ids).toEqual([...ids].sort());
    const priv = body.networks.find((n: Json) => n.name === 'private');
    expect(Object.keys(priv)).toEqual([
      'id',
      'name',
      'tenant_id',
      'admin_state_up',
      'mtu',
      'status',
      'subnets',
      'shared',
      'availability_zone_hints',
      'availability_zones',
      'ipv4_address_scope',
      'ipv6_address_scope',
      'router:external',
      'description',
      'port_security_enabled',
      'tags',
      'created_at',
      'updated_at',
      'revision_number',
      'project_id',
    ]);
    expect(priv).toMatchObject({
      tenant_id: f.demoProject,
      project_id: f.demoProject,
      admin_state_up: true,
      mtu: 1450,
      status: 'ACTIVE',
      shared: false,
      'router:external': false,
      port_security_enabled: true,
    });
    const pub = body.networks.find((n: Json) => n.name === 'public');
    expect(pub).toMatchObject({
      'router:external': true,
      is_default: false,
      mtu: 1500,
      project_id: f.adminProject,
    });
    expect(pub['provider:network_type']).toBeUndefined();
  });

  it('shows admins every project’s networks with provider attributes', async () => {
    const body = await json(await get(`${f.api}/networks?name=public`, f.admin));
    expect(body.networks[0]).toMatchObject({
      'provider:network_type': 'flat',
      'provider:physical_network': 'public',
      'provider:segmentation_id': null,
    });
    const all = await json(await get(`${f.api}/networks?name=private&fields=project_id`, f.admin));
    const owners = all.networks.map((n: Json) => n.project_id);
    expect(owners).toContain(f.demoProject);
    expect(owners).toContain(f.adminProject);
    // …while a member does not see the admin project's private network at all.
    const res = await get(`${f.api}/networks?project_id=${f.adminProject}&name=private`, f.demo);
    expect((await json(res)).networks).toEqual([]);
    const adminPrivate = all.networks.find((n: Json) => n.project_id === f.adminProject);
    const full = await json(await get(`${f.api}/networks?name=private`, f.admin));
    const id = full.networks.find((n: Json) => n.project_id === adminPrivate.project_id).id;
    expect(await json(await get(`${f.api}/networks/${id}`, f.demo))).toEqual({
      NeutronError: {
        type: 'NetworkNotFound',
        message: `Network ${id} could not be found.`,
        detail: '',
      },
    });
  });

  it('filters, projects fields and shows one network', async () => {
    const ext = await json(await get(`${f.api}/networks?router:external=true&fields=name`, f.demo));
    expect(ext).toEqual({ networks: [{ name: 'public' }] });
    const own = await json(
      await get(
        `${f.api}/networks?tenant_id=${f.demoProject}&shared=false&fields=name&fields=id`,
        f.demo,
      ),
    );
    expect(names(own.networks)).toEqual(['private']);
    expect(Object.keys(own.networks[0])).toEqual(['id', 'name']);
    const shown = await json(
      await get(`${f.api}/networks/${own.networks[0].id}.json?fields=name`, f.demo),
    );
    expect(shown).toEqual({ network: { name: 'private' } });
    const status = await json(await get(`${f.api}/networks?status=ACTIVE&status=DOWN`, f.demo));
    expect(status.networks).toHaveLength(2);
  });

  it('pages with limit, marker and page_reverse links', async () => {
    const all = (await json(await get(`${f.api}/networks?fields=id`, f.demo))).networks.map(
      (n: Json) => n.id,
    );
    const first = await json(await get(`${f.api}/networks?limit=1&fields=id`, f.demo));
    expect(first.networks).toEqual([{ id: all[0] }]);
    expect(first.networks_links).toEqual([
      { rel: 'next', href: `${f.api}/networks?limit=1&fields=id&marker=${all[0]}` },
      {
        rel: 'previous',
        href: `${f.api}/networks?limit=1&fields=id&marker=${all[0]}&page_reverse=True`,
      },
    ]);
    const second = await json(await get(first.networks_links[0].href, f.demo));
    expect(second.networks).toEqual([{ id: all[1] }]);
    const third = await json(await get(second.networks_links[0].href, f.demo));
    expect(third).toEqual({
      networks: [],
      networks_links: [
        { rel: 'previous', href: `${f.api}/networks?limit=1&fields=id&page_reverse=True` },
      ],
    });
    const back = await json(
      await get(`${f.api}/networks?limit=1&fields=id&marker=${all[1]}&page_reverse=true`, f.demo),
    );
    expect(back.networks).toEqual([{ id: all[0] }]);
    const named = await json(await get(`${f.api}/networks?fields=name&limit=1`, f.demo));
    expect(Object.keys(named.networks[0])).toEqual(['name']);
    expect(named.networks_links[0].href).toContain(`marker=${all[0]}`);
  });

  it('sorts by sort_key/sort_dir pairs', async () => {
    const desc = await json(
      await get(`${f.api}/networks?sort_key=name&sort_dir=desc&fields=name`, f.demo),
    );
    expect(names(desc.networks)).toEqual(['public', 'private']);
  });

  it.each([
    ['networks/xyz', 404, 'NetworkNotFound', 'Network xyz could not be found.'],
    ['networks?foo=bar', 400, 'HTTPBadRequest', "['foo'] is invalid attribute for filtering"],
    [
      'networks?shared=maybe',
      400,
      'InvalidInput',
      "Invalid input for operation: 'maybe' cannot be converted to boolean.",
    ],
    [
      'networks?limit=x',
      400,
      'BadRequest',
      "Bad limit request: Limit must be an integer 0 or greater and not 'x'.",
    ],
    [
      'networks?limit=-1',
      400,
      'BadRequest',
      "Bad limit request: Limit must be an integer 0 or greater and not '-1'.",
    ],
    [
      'networks?marker=nonexist&limit=1',
      404,
      'NetworkNotFound',
      'Network nonexist could not be found.',
    ],
    [
      'networks?sort_key=name',
      400,
      'HTTPBadRequest',
      'The number of sort_keys and sort_dirs must be same',
    ],
    [
      'networks?sort_key=foo&sort_dir=asc',
      400,
      'HTTPBadRequest',
      "['foo'] is invalid attribute for sort_keys",
    ],
    [
      'networks?sort_key=name&sort_dir=up',
      400,
      'HTTPBadRequest',
      "['up'] is invalid value for sort_dirs, valid value is 'asc' and 'desc'",
    ],
    ['subnets/xyz', 404, 'SubnetNotFound', 'Subnet xyz could not be found.'],
    ['routers/xyz', 404, 'RouterNotFound', 'Router xyz could not be found'],
    ['floatingips/xyz', 404, 'FloatingIPNotFound', 'Floating IP xyz could not be found'],
  ])('GET %s -> %i %s', async (path, status, type, message) => {
    const res = await get(`${f.api}/${path}`, f.demo);
    expect(res.status).toBe(status);
    expect(await json(res)).toEqual(neutronError(type, message));
  });
});

describe('subnets, routers and floating IPs', () => {
  it('shows members their subnets but not the external network’s', async () => {
    const body = await json(await get(`${f.api}/subnets`, f.demo));
    expect(body.subnets).toHaveLength(1);
    expect(body.subnets[0]).toMatchObject({
      name: 'private-subnet',
      ip_version: 4,
      cidr: '10.0.0.0/24',
      gateway_ip: '10.0.0.1',
      enable_dhcp: true,
      allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.254' }],
      dns_nameservers: [],
      host_routes: [],
      subnetpool_id: null,
      project_id: f.demoProject,
    });
    const admin = await json(await get(`${f.api}/subnets?name=public-subnet`, f.admin));
    expect(admin.subnets[0]).toMatchObject({
      cidr: '172.24.4.0/24',
      enable_dhcp: false,
      allocation_pools: [{ start: '172.24.4.10', end: '172.24.4.250' }],
    });
  });

  it('lists the project’s router with its gateway on public, and no floating IPs', async () => {
    const pub = (await json(await get(`${f.api}/networks?name=public`, f.demo))).networks[0];
    const routers = await json(await get(`${f.api}/routers`, f.demo));
    expect(routers.routers).toHaveLength(1);
    expect(routers.routers[0]).toMatchObject({
      name: 'router1',
      status: 'ACTIVE',
      admin_state_up: true,
      project_id: f.demoProject,
      external_gateway_info: { network_id: pub.id, enable_snat: true },
    });
    expect(routers.routers[0].external_gateway_info.external_fixed_ips[0].ip_address).toMatch(
      /^172\.24\.4\.\d+$/,
    );
    const shown = await json(await get(`${f.api}/routers/${routers.routers[0].id}`, f.demo));
    expect(shown.router).toEqual(routers.routers[0]);
    expect(await json(await get(`${f.api}/floatingips`, f.demo))).toEqual({ floatingips: [] });
  });
});
