// The answers' shapes: every field path (and its JSON types) the devcloud's
// services give for the calls the panels make, recorded in
// tests/contract/shapes/devcloud.json, must be in the sandbox's answers too,
// except the differences listed in shapes/known-differences.ts. The zod schemas
// the dashboard parses with are lenient (most fields optional), so this is what
// catches a field the sandbox forgot.
//
// Record again on the devcloud (after a release change or a new call):
//   SHAPES_RECORD=1 OS_AUTH_URL=http://127.0.0.1:5000/v3 \
//     npx vitest run --config tests/contract/vitest.config.mts tests/contract/shapes.contract.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '@/lib/catalog-cache';
import type { Api } from '@/lib/openstack/api';
import type { OsRequest, Transport } from '@/lib/openstack/http';
import { serverTransport } from '@/lib/openstack/server-transport';
import type { DashboardToken } from '@/lib/session-token';
import { bootArgs } from './boot-args';
import { apiFor, isSandbox, session, unique } from './context';
import { missingFrom, shapeOf, type Shape } from '../helpers/shape-of';
import { KNOWN_SHAPE_DIFFERENCES } from './shapes/known-differences';

const RECORDING = path.join(__dirname, 'shapes', 'devcloud.json');
const record = process.env.SHAPES_RECORD === '1';

let token: DashboardToken;
let api: Api;
let raw: Transport;
const made = {
  server: '',
  serverId: '',
  keypair: unique('shape-key'),
  group: '',
  securityGroup: '',
  floatingIp: '',
};

/** The calls whose answers are compared, each narrowed to what the test made. */
function calls(): Record<string, OsRequest> {
  const project = token.project.id;
  return {
    'compute servers/detail': {
      service: 'compute',
      path: '/servers/detail',
      query: { name: `^${made.server}$` },
    },
    'compute servers/{id}': { service: 'compute', path: `/servers/${made.serverId}` },
    'compute flavors/detail': { service: 'compute', path: '/flavors/detail' },
    'compute os-keypairs': { service: 'compute', path: '/os-keypairs' },
    'compute os-keypairs/{name}': { service: 'compute', path: `/os-keypairs/${made.keypair}` },
    'compute os-server-groups': { service: 'compute', path: '/os-server-groups' },
    'compute limits': { service: 'compute', path: '/limits' },
    'compute os-quota-sets/{project}/detail': {
      service: 'compute',
      path: `/os-quota-sets/${project}/detail`,
    },
    'compute os-availability-zone': { service: 'compute', path: '/os-availability-zone' },
    'compute servers/{id}/os-interface': {
      service: 'compute',
      path: `/servers/${made.serverId}/os-interface`,
    },
    'compute servers/{id}/os-instance-actions': {
      service: 'compute',
      path: `/servers/${made.serverId}/os-instance-actions`,
    },
    'network networks': { service: 'network', path: '/v2.0/networks', query: { name: 'private' } },
    'network subnets': {
      service: 'network',
      path: '/v2.0/subnets',
      query: { project_id: project },
    },
    'network ports': {
      service: 'network',
      path: '/v2.0/ports',
      query: { device_id: made.serverId },
    },
    'network routers': {
      service: 'network',
      path: '/v2.0/routers',
      query: { project_id: project },
    },
    'network security-groups': {
      service: 'network',
      path: `/v2.0/security-groups/${made.securityGroup}`,
    },
    'network floatingips': {
      service: 'network',
      path: `/v2.0/floatingips/${made.floatingIp}`,
    },
    'network quotas/{project}/details': {
      service: 'network',
      path: `/v2.0/quotas/${project}/details`,
    },
    'image images': { service: 'image', path: '/v2/images', query: { name: 'cirros-like' } },
  };
}

async function shapes(): Promise<Record<string, Shape>> {
  const out: Record<string, Shape> = {};
  for (const [name, request] of Object.entries(calls())) {
    const response = await raw.send(request);
    expect(response.status, `${name}: ${response.status}`).toBe(200);
    out[name] = shapeOf(await response.json());
  }
  return out;
}

beforeAll(async () => {
  token = await session();
  api = await apiFor(token);
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  raw = serverTransport({ token: token.token, catalog, region: token.region, iface: 'public' });
  made.server = unique('shape-vm');
  const [{ id }, group, securityGroup] = await Promise.all([
    api.compute.createServer({ server: { name: made.server, ...(await bootArgs(api)) } }),
    api.compute.createServerGroup({ name: unique('shape-group'), policy: 'anti-affinity' }),
    api.network.createSecurityGroup({ name: unique('shape-sg'), description: 'shapes' }),
    api.compute.createKeypair({ name: made.keypair, type: 'ssh' }),
  ]);
  made.serverId = id!;
  made.group = group.id;
  made.securityGroup = securityGroup.id;
  const [external] = await api.network.listNetworks({ 'router:external': true });
  made.floatingIp = (await api.network.createFloatingIp({ floatingNetworkId: external!.id })).id;
  const until = Date.now() + 120_000;
  while ((await api.compute.getServer(made.serverId)).status !== 'ACTIVE') {
    if (Date.now() > until) throw new Error('the shape test server did not become ACTIVE');
    await new Promise((r) => setTimeout(r, 500));
  }
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([
    made.serverId && api.compute.deleteServer(made.serverId),
    made.group && api.compute.deleteServerGroup(made.group),
    api.compute.deleteKeypair(made.keypair),
    made.floatingIp && api.network.deleteFloatingIp(made.floatingIp),
  ]);
  // The group is free once the server's port is gone.
  const until = Date.now() + 60_000;
  while (made.securityGroup && Date.now() < until) {
    const done = await api.network.deleteSecurityGroup(made.securityGroup).then(
      () => true,
      () => false,
    );
    if (done) break;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}, 90_000);

describe('answer shapes', () => {
  it('the sandbox has every field the devcloud answers with, minus the listed differences', async () => {
    const actual = await shapes();
    if (record && !isSandbox()) {
      writeFileSync(RECORDING, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    const recorded = JSON.parse(readFileSync(RECORDING, 'utf8')) as Record<string, Shape>;
    expect(Object.keys(actual).sort()).toEqual(Object.keys(recorded).sort());
    const problems = Object.entries(recorded).flatMap(([call, shape]) =>
      missingFrom(shape, actual[call] ?? {})
        .filter((p) => !KNOWN_SHAPE_DIFFERENCES.some((k) => k.call === call && k.path.test(p)))
        .map((p) => `${call}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('every listed difference still occurs on the sandbox (none is stale)', async () => {
    if (!isSandbox()) return;
    const recorded = JSON.parse(readFileSync(RECORDING, 'utf8')) as Record<string, Shape>;
    const actual = await shapes();
    const all = Object.entries(recorded).flatMap(([call, shape]) =>
      missingFrom(shape, actual[call] ?? {}).map((p) => ({ call, p })),
    );
    for (const known of KNOWN_SHAPE_DIFFERENCES)
      expect(
        all.some(({ call, p }) => call === known.call && known.path.test(p)),
        `${known.call} ${known.path}: no longer differs; remove it from the list`,
      ).toBe(true);
  });
});
