import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

let f: NeutronFixture;

beforeAll(async () => {
  f = await neutronFixture();
});
afterAll(() => f.sandbox.close());

const DEFAULTS = {
  network: 100,
  subnet: 100,
  subnetpool: -1,
  port: 500,
  router: 10,
  floatingip: 50,
  rbac_policy: 10,
  security_group: 10,
  security_group_rule: 100,
};

describe('quotas', () => {
  it('shows a project its own defaults, also as .json and /default', async () => {
    for (const path of [f.demoProject, `${f.demoProject}.json`, `${f.demoProject}/default`]) {
      const res = await get(`${f.api}/quotas/${path}`, f.demo);
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual({ quota: DEFAULTS });
    }
  });

  it('details usage, which follows new ports and groups', async () => {
    const details = async () =>
      (await json(await get(`${f.api}/quotas/${f.demoProject}/details.json`, f.demo))).quota;
    const before = await details();
    expect(Object.keys(before)).toEqual(Object.keys(DEFAULTS));
    expect(before).toEqual({
      network: { limit: 100, used: 1, reserved: 0 },
      subnet: { limit: 100, used: 1, reserved: 0 },
      subnetpool: { limit: -1, used: 0, reserved: 0 },
      port: { limit: 500, used: 1, reserved: 0 },
      router: { limit: 10, used: 1, reserved: 0 },
      floatingip: { limit: 50, used: 0, reserved: 0 },
      rbac_policy: { limit: 10, used: 0, reserved: 0 },
      security_group: { limit: 10, used: 1, reserved: 0 },
      security_group_rule: { limit: 100, used: 4, reserved: 0 },
    });
    const net = (await json(await get(`${f.api}/networks?name=private`, f.demo))).networks[0];
    const port = (
      await json(await send(`${f.api}/ports`, f.demo, 'POST', { port: { network_id: net.id } }))
    ).port;
    await send(`${f.api}/security-groups`, f.demo, 'POST', { security_group: { name: 'q' } });
    const after = await details();
    expect(after.port.used).toBe(2);
    expect(after.security_group.used).toBe(2);
    expect(after.security_group_rule.used).toBe(6);
    await send(`${f.api}/ports/${port.id}`, f.demo, 'DELETE');
    expect((await details()).port.used).toBe(1);
  });

  it('refuses security groups beyond the quota', async () => {
    const created: Json[] = [];
    let res: Response;
    for (;;) {
      res = await send(`${f.api}/security-groups`, f.demo, 'POST', {
        security_group: { name: 'fill' },
      });
      if (res.status !== 201) break;
      created.push((await json(res)).security_group);
    }
    expect(res.status).toBe(409);
    expect(await json(res)).toEqual(
      neutronError('OverQuota', "Quota exceeded for resources: ['security_group']."),
    );
    for (const group of created)
      await send(`${f.api}/security-groups/${group.id}`, f.demo, 'DELETE');
  });

  it('keeps other projects’ quotas to admins', async () => {
    const other = await get(`${f.api}/quotas/${f.adminProject}`, f.demo);
    expect(other.status).toBe(403);
    expect(await json(other)).toEqual(
      neutronError('PolicyNotAuthorized', 'rule:get_quota is disallowed by policy'),
    );
    const details = await get(`${f.api}/quotas/${f.adminProject}/details.json`, f.demo);
    expect(details.status).toBe(403);
    expect(await json(details)).toEqual(
      neutronError(
        'AdminRequired',
        'User does not have admin privileges: Only admin is authorized to access quotas for another project.',
      ),
    );
    expect((await get(`${f.api}/quotas/${f.demoProject}/details`, f.admin)).status).toBe(200);
    expect(await json(await get(`${f.api}/quotas`, f.admin))).toEqual({ quotas: [] });
    expect(await json(await get(`${f.api}/quotas`, f.demo))).toEqual(
      neutronError('PolicyNotAuthorized', 'rule:get_quota is disallowed by policy'),
    );
  });
});
