import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

// The sandbox's floating IPs over HTTP (api-ref network v2 "Floating IPs").

let f: NeutronFixture;
let publicNet: Json;
let privateNet: Json;

beforeAll(async () => {
  f = await neutronFixture();
  const nets = (await json(await get(`${f.api}/networks`, f.demo))).networks as Json[];
  publicNet = nets.find((n) => n.name === 'public')!;
  privateNet = nets.find((n) => n.name === 'private')!;
});
afterAll(() => f.sandbox.close());

const create = (body: Json, token = f.demo) =>
  send(`${f.api}/floatingips`, token, 'POST', { floatingip: body });

describe('floating IPs', () => {
  it('allocates DOWN from public, associates through router1, disassociates and releases', async () => {
    const res = await create({ floating_network_id: publicNet.id, description: 'web' });
    expect(res.status).toBe(201);
    const fip = (await json(res)).floatingip;
    expect(fip).toMatchObject({
      status: 'DOWN',
      port_id: null,
      description: 'web',
      port_details: null,
    });
    expect(fip.floating_ip_address).toMatch(/^172\.24\.4\./);

    const port = (
      await json(
        await send(`${f.api}/ports`, f.demo, 'POST', { port: { network_id: privateNet.id } }),
      )
    ).port;
    const [router1] = (await json(await get(`${f.api}/routers?name=router1`, f.demo))).routers;
    const assoc = await send(`${f.api}/floatingips/${fip.id}`, f.demo, 'PUT', {
      floatingip: { port_id: port.id },
    });
    expect(assoc.status).toBe(200);
    expect((await json(assoc)).floatingip).toMatchObject({
      port_id: port.id,
      fixed_ip_address: port.fixed_ips[0].ip_address,
      router_id: router1.id,
      port_details: { network_id: privateNet.id, mac_address: port.mac_address },
    });
    const filtered = await json(await get(`${f.api}/floatingips?port_id=${port.id}`, f.demo));
    expect(filtered.floatingips.map((x: Json) => x.id)).toEqual([fip.id]);

    const second = (await json(await create({ floating_network_id: publicNet.id }))).floatingip;
    const dup = await send(`${f.api}/floatingips/${second.id}`, f.demo, 'PUT', {
      floatingip: { port_id: port.id },
    });
    expect(dup.status).toBe(409);
    expect(await json(dup)).toEqual(
      neutronError(
        'FloatingIPPortAlreadyAssociated',
        `Cannot associate floating IP ${second.floating_ip_address} (${second.id}) with port ${port.id} using fixed IP ${port.fixed_ips[0].ip_address}, as that fixed IP already has a floating IP on external network ${publicNet.id}.`,
      ),
    );
    const off = await send(`${f.api}/floatingips/${fip.id}`, f.demo, 'PUT', {
      floatingip: { port_id: null },
    });
    expect((await json(off)).floatingip).toMatchObject({ port_id: null, router_id: null });
    for (const id of [fip.id, second.id]) {
      expect((await send(`${f.api}/floatingips/${id}`, f.demo, 'DELETE')).status).toBe(204);
    }
    expect(await json(await get(`${f.api}/floatingips/${fip.id}`, f.demo))).toEqual(
      neutronError('FloatingIPNotFound', `Floating IP ${fip.id} could not be found`),
    );
  });

  it('refuses a non-external pool, a chosen address from a member, and a floating IP over quota', async () => {
    expect(await json(await create({ floating_network_id: privateNet.id }))).toEqual(
      neutronError(
        'BadRequest',
        `Bad floatingip request: Network ${privateNet.id} is not a valid external network.`,
      ),
    );
    const chosen = await create({
      floating_network_id: publicNet.id,
      floating_ip_address: '172.24.4.99',
    });
    expect(chosen.status).toBe(403);
    expect(await json(chosen)).toEqual(
      neutronError(
        'PolicyNotAuthorized',
        '(rule:create_floatingip and rule:create_floatingip:floating_ip_address) is disallowed by policy',
      ),
    );
    const quota = await send(`${f.api}/quotas/${f.demoProject}`, f.admin, 'PUT', {
      quota: { floatingip: 0 },
    });
    expect((await json(quota)).quota.floatingip).toBe(0);
    const over = await create({ floating_network_id: publicNet.id });
    expect(over.status).toBe(409);
    expect(await json(over)).toEqual(
      neutronError('OverQuota', "Quota exceeded for resources: ['floatingip']."),
    );
    expect((await send(`${f.api}/quotas/${f.demoProject}`, f.admin, 'DELETE')).status).toBe(204);
  });
});
