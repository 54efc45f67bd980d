import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

// The sandbox's admin quota update and reset (api-ref network v2 "Quotas extension").

let f: NeutronFixture;

beforeAll(async () => {
  f = await neutronFixture();
});
afterAll(() => f.sandbox.close());

const put = (body: unknown, token = f.admin) =>
  send(`${f.api}/quotas/${f.demoProject}`, token, 'PUT', body);

describe('quota update', () => {
  it('lets an admin set limits, which show, details and the list report, and reset them', async () => {
    const res = await put({ quota: { router: 3, security_group: '4' } });
    expect(res.status).toBe(200);
    expect((await json(res)).quota).toMatchObject({ router: 3, security_group: 4, network: 100 });
    expect((await json(await get(`${f.api}/quotas/${f.demoProject}`, f.demo))).quota.router).toBe(
      3,
    );
    const details = await json(await get(`${f.api}/quotas/${f.demoProject}/details`, f.demo));
    expect(details.quota.router.limit).toBe(3);
    const listed = await json(await get(`${f.api}/quotas`, f.admin));
    expect(listed.quotas).toEqual([
      expect.objectContaining({ router: 3, project_id: f.demoProject, tenant_id: f.demoProject }),
    ]);
    expect(
      (await json(await get(`${f.api}/quotas/${f.demoProject}/default`, f.demo))).quota.router,
    ).toBe(10);
    expect((await send(`${f.api}/quotas/${f.demoProject}`, f.admin, 'DELETE')).status).toBe(204);
    expect((await json(await get(`${f.api}/quotas/${f.demoProject}`, f.demo))).quota.router).toBe(
      10,
    );
    expect((await json(await get(`${f.api}/quotas`, f.admin))).quotas).toEqual([]);
  });

  it('refuses members and bad values in Neutron words', async () => {
    const member = await put({ quota: { router: 3 } }, f.demo);
    expect(member.status).toBe(403);
    expect(await json(member)).toEqual(
      neutronError('PolicyNotAuthorized', 'rule:update_quota is disallowed by policy'),
    );
    expect(await json(await put({ quota: { floatingip: -2 } }))).toEqual(
      neutronError(
        'HTTPBadRequest',
        "Invalid input for floatingip. Reason: '-2' is too small - must be at least '-1'.",
      ),
    );
    expect(await json(await put({ quota: { floatingip: 'abc' } }))).toEqual(
      neutronError('InvalidInput', "Invalid input for operation: 'abc' is not an integer."),
    );
    expect(await json(await put({ quota: { bogus: 1 } }))).toEqual(
      neutronError('HTTPBadRequest', "Unrecognized attribute(s) 'bogus'"),
    );
  });

  it('makes the new limit bind: a router over it is refused', async () => {
    await put({ quota: { router: 1 } });
    const res = await send(`${f.api}/routers`, f.demo, 'POST', { router: { name: 'extra' } });
    expect(res.status).toBe(409);
    expect(await json(res)).toEqual(
      neutronError('OverQuota', "Quota exceeded for resources: ['router']."),
    );
    await send(`${f.api}/quotas/${f.demoProject}`, f.admin, 'DELETE');
  });
});
