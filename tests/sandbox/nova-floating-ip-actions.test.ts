import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Json } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

// addFloatingIp / removeFloatingIp (compute api-ref "Servers - run an action",
// up to microversion 2.43), as the devcloud's Nova answers them.

let cloud: NovaCloud;
let server: Json;
let neutron: string;

beforeAll(async () => {
  cloud = await novaCloud();
  neutron = `${cloud.sandbox.endpoints.RegionOne?.network ?? ''}/v2.0`;
  const [privateNet] = (
    await json(await fetch(`${neutron}/networks?name=private`, { headers: auth() }))
  ).networks as Json[];
  server = await cloud.boot(cloud.demo, {
    name: 'fip-target',
    networks: [{ uuid: privateNet!.id }],
  });
});
afterAll(() => cloud.sandbox.close());

function auth(): Record<string, string> {
  return { 'X-Auth-Token': cloud.demo, 'Content-Type': 'application/json' };
}

async function allocate(): Promise<string> {
  const [pub] = (await json(await fetch(`${neutron}/networks?name=public`, { headers: auth() })))
    .networks as Json[];
  const res = await fetch(`${neutron}/floatingips`, {
    method: 'POST',
    headers: auth(),
    body: JSON.stringify({ floatingip: { floating_network_id: pub!.id } }),
  });
  return (await json(res)).floatingip.floating_ip_address as string;
}

async function fipOf(address: string): Promise<Json> {
  const res = await fetch(`${neutron}/floatingips?floating_ip_address=${address}`, {
    headers: auth(),
  });
  return ((await json(res)).floatingips as Json[])[0]!;
}

const act = (body: unknown, version = '2.1') =>
  cloud.nova(cloud.demo, 'POST', `/servers/${server.id}/action`, body, version);

async function answer(res: Response) {
  return { status: res.status, body: res.status === 202 ? null : await json(res) };
}

describe('addFloatingIp and removeFloatingIp', () => {
  it("associate the server's first fixed IPv4 address, show it in addresses, and remove it", async () => {
    const address = await allocate();
    expect(await answer(await act({ addFloatingIp: { address } }))).toEqual({
      status: 202,
      body: null,
    });
    const fixed = (server.addresses.private as Json[])[0]!.addr as string;
    expect(await fipOf(address)).toMatchObject({ fixed_ip_address: fixed });
    const shown = (await cloud.ok(cloud.demo, 'GET', `/servers/${server.id}`)).server;
    expect((shown.addresses.private as Json[]).map((a) => a.addr)).toEqual([fixed, address]);
    // Again: Nova lets Neutron move it, which changes nothing here.
    expect((await act({ addFloatingIp: { address } })).status).toBe(202);

    expect((await act({ removeFloatingIp: { address } })).status).toBe(202);
    expect(await fipOf(address)).toMatchObject({ port_id: null, fixed_ip_address: null });
    // Not associated any more: Nova's policy check has no instance to look at.
    expect(await answer(await act({ removeFloatingIp: { address } }))).toEqual({
      status: 403,
      body: fault(
        403,
        "Policy doesn't allow os_compute_api:os-floating-ips:remove to be performed.",
      ),
    });
  });

  it("refuses what the devcloud's Nova refuses, in its words", async () => {
    const address = await allocate();
    expect(await answer(await act({ addFloatingIp: { address: '203.0.113.77' } }))).toEqual({
      status: 404,
      body: fault(404, 'floating IP not found'),
    });
    expect(await answer(await act({ removeFloatingIp: { address: '203.0.113.77' } }))).toEqual({
      status: 404,
      body: fault(404, 'Floating IP not found for address 203.0.113.77.'),
    });
    expect(
      await answer(await act({ addFloatingIp: { address, fixed_address: '10.9.9.9' } })),
    ).toEqual({
      status: 400,
      body: fault(400, 'Specified fixed address not assigned to instance'),
    });
    expect(await answer(await act({ addFloatingIp: {} }))).toEqual({
      status: 400,
      body: fault(
        400,
        "Invalid input for field/attribute addFloatingIp. Value: {}. 'address' is a required property",
      ),
    });
    expect(await answer(await act({ addFloatingIp: { address } }, '2.44'))).toEqual({
      status: 404,
      body: fault(404, 'The resource could not be found.'),
    });
  });
});
