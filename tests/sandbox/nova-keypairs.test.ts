import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, issue, json, login, start, UNAUTHORIZED, type Json } from './helpers';
import { createKeypair, deleteKeypair, ED25519, ED25519_FP, mv, novaFixture } from './nova-helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let compute: string;
let keypairs: string;
let demo: string;
let admin: string;
let demoUserId: string;

beforeAll(async () => {
  ({ sandbox, compute, keypairs, demo, admin, demoUserId } = await novaFixture());
});
afterAll(() => sandbox.close());

const create = (body: unknown, version = '2.1', token = demo, url = keypairs) =>
  createKeypair(url, token, body, version);
const del = (name: string, version = '2.1', token = demo, query = '') =>
  deleteKeypair(keypairs, token, name, version, query);

describe('listing, showing and deleting', () => {
  it('lists name-sorted key pairs, with type from 2.2', async () => {
    const fresh = await login(sandbox.authUrl, 'admin', 'admin');
    for (const name of ['b', 'C', 'a'])
      await create({ keypair: { name, public_key: ED25519 } }, '2.1', fresh);
    const v21 = await json(await get(keypairs, fresh));
    expect(v21.keypairs.map((k: Json) => k.keypair.name)).toEqual(['a', 'b', 'C']);
    expect(v21.keypairs[0]).toEqual({
      keypair: { name: 'a', public_key: ED25519, fingerprint: ED25519_FP },
    });
    expect(v21.keypairs_links).toBeUndefined();
    const v22 = await json(await get(keypairs, fresh, mv('2.2')));
    expect(v22.keypairs[0].keypair.type).toBe('ssh');
    for (const name of ['a', 'b', 'C']) expect((await del(name, '2.2', fresh)).status).toBe(204);
  });

  it('pages with limit and marker from 2.35', async () => {
    const owner = await login(sandbox.authUrl, 'admin', 'admin', 'admin');
    for (const name of ['p1', 'p2', 'p3'])
      await create({ keypair: { name, public_key: ED25519 } }, '2.1', owner);
    const first = await json(await get(`${keypairs}?limit=2`, owner, mv('2.35')));
    expect(first.keypairs.map((k: Json) => k.keypair.name)).toEqual(['p1', 'p2']);
    expect(first.keypairs_links).toEqual([{ rel: 'next', href: `${keypairs}?limit=2&marker=p2` }]);
    const second = await json(await get(first.keypairs_links[0].href, owner, mv('2.35')));
    expect(second.keypairs.map((k: Json) => k.keypair.name)).toEqual(['p3']);
    expect(second.keypairs_links).toBeUndefined();
    const old = await json(await get(`${keypairs}?limit=2`, owner, mv('2.34')));
    expect(old.keypairs).toHaveLength(3);
    const badMarker = await get(`${keypairs}?marker=zz`, owner, mv('2.35'));
    expect(badMarker.status).toBe(400);
    expect(await json(badMarker)).toEqual({
      badRequest: { code: 400, message: 'Marker zz could not be found.' },
    });
    const badLimit = await get(`${keypairs}?limit=-1`, owner, mv('2.35'));
    expect((await json(badLimit)).badRequest.message).toBe(
      "Invalid input for query parameters limit. Value: -1. '-1' does not match '^[0-9]*$'",
    );
    const unknown = await get(`${keypairs}?sort=name`, owner, mv('2.75'));
    expect((await json(unknown)).badRequest.message).toBe(
      "Additional properties are not allowed ('sort' was unexpected)",
    );
    for (const name of ['p1', 'p2', 'p3']) await del(name, '2.2', owner);
  });

  it('deletes with 202 before 2.2 and 204 after, and 404s unknown names', async () => {
    await create({ keypair: { name: 'gone-1', public_key: ED25519 } });
    await create({ keypair: { name: 'gone-2', public_key: ED25519 } });
    const old = await del('gone-1', '2.1');
    expect(old.status).toBe(202);
    expect(await old.text()).toBe('');
    expect((await del('gone-2', '2.2')).status).toBe(204);
    for (const res of [await del('gone-2'), await get(`${keypairs}/gone-2`, demo)]) {
      expect(res.status).toBe(404);
      expect(await json(res)).toEqual({
        itemNotFound: { code: 404, message: `Keypair gone-2 not found for user ${demoUserId}` },
      });
    }
  });

  it('handles names with spaces in URLs', async () => {
    await create({ keypair: { name: 'my key', public_key: ED25519 } });
    expect((await json(await get(`${keypairs}/my%20key`, demo))).keypair.name).toBe('my key');
    expect((await del('my key', '2.2')).status).toBe(204);
  });
});

describe('other users, quota, regions and auth', () => {
  it("lets only admins act on another user's key pairs (user_id, 2.10+)", async () => {
    const adminId = (
      await json(await get(`${sandbox.authUrl}/auth/tokens`, admin, { 'X-Subject-Token': admin }))
    ).token.user.id;
    const denied = await get(`${keypairs}?user_id=${adminId}`, demo, mv('2.10'));
    expect(denied.status).toBe(403);
    expect(await json(denied)).toEqual({
      forbidden: {
        code: 403,
        message: "Policy doesn't allow os_compute_api:os-keypairs:index to be performed.",
      },
    });
    const forDemo = await create(
      { keypair: { name: 'given', public_key: ED25519, user_id: demoUserId } },
      '2.10',
      admin,
    );
    expect(forDemo.status).toBe(201);
    expect((await json(forDemo)).keypair.user_id).toBe(demoUserId);
    expect((await get(`${keypairs}/given`, demo)).status).toBe(200);
    const listed = await json(await get(`${keypairs}?user_id=${demoUserId}`, admin, mv('2.10')));
    expect(listed.keypairs.map((k: Json) => k.keypair.name)).toContain('given');
    const ignored = await json(await get(`${keypairs}?user_id=${demoUserId}`, admin, mv('2.9')));
    expect(ignored.keypairs.map((k: Json) => k.keypair.name)).not.toContain('given');
    const createDenied = await create(
      { keypair: { name: 'x', public_key: ED25519, user_id: adminId } },
      '2.10',
    );
    expect((await json(createDenied)).forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-keypairs:create to be performed.",
    );
    expect((await del('given', '2.10', admin, `?user_id=${demoUserId}`)).status).toBe(204);
  });

  it('stops at 100 key pairs per user with 403', async () => {
    const own = await start();
    try {
      const token = await login(own.authUrl, 'demo');
      const url = `${own.endpoints.RegionOne?.compute}/os-keypairs`;
      for (let i = 0; i < 100; i += 1) {
        const res = await create(
          { keypair: { name: `k${i}`, public_key: ED25519 } },
          '2.1',
          token,
          url,
        );
        expect(res.status).toBe(200);
      }
      const over = await create(
        { keypair: { name: 'k100', public_key: ED25519 } },
        '2.1',
        token,
        url,
      );
      expect(over.status).toBe(403);
      expect(await json(over)).toEqual({
        forbidden: { code: 403, message: 'Quota exceeded, too many key pairs.' },
      });
    } finally {
      await own.close();
    }
  });

  it('keeps each region’s key pairs apart', async () => {
    await create({ keypair: { name: 'only-one', public_key: ED25519 } });
    const two = `${sandbox.endpoints.RegionTwo?.compute}/os-keypairs`;
    expect(sandbox.endpoints.RegionTwo?.compute).not.toBe(compute);
    expect((await get(`${two}/only-one`, demo)).status).toBe(404);
    expect(
      (await create({ keypair: { name: 'only-one', public_key: ED25519 } }, '2.1', demo, two))
        .status,
    ).toBe(200);
  });

  it('answers 401 like keystonemiddleware without a valid token', async () => {
    for (const token of [undefined, 'gAAAAAbogus']) {
      const res = await get(keypairs, token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe(
        `Keystone uri="${sandbox.authUrl.replace(/\/v3$/, '')}"`,
      );
      expect(await json(res)).toEqual(UNAUTHORIZED);
    }
  });

  it('accepts the project id in the URL only when it matches the token', async () => {
    const project = (
      await json(await get(`${sandbox.authUrl}/auth/tokens`, demo, { 'X-Subject-Token': demo }))
    ).token.project.id;
    expect((await get(`${compute}/${project}/os-keypairs`, demo)).status).toBe(200);
    const other = 'a'.repeat(32);
    const res = await get(`${compute}/${other}/os-keypairs`, demo);
    expect(res.status).toBe(400);
    expect((await json(res)).badRequest.message).toBe(
      `Malformed request URL: URL's project_id '${other}' doesn't match Context's project_id '${project}'`,
    );
  });

  it('serves key pairs to unscoped tokens too, as Zed does by default', async () => {
    const res = await issue(sandbox.authUrl, { user: 'demo', password: 'demo', scope: 'unscoped' });
    const token = res.headers.get('x-subject-token') ?? '';
    await create({ keypair: { name: 'for-unscoped', public_key: ED25519 } });
    const listed = await get(keypairs, token);
    expect(listed.status).toBe(200);
    expect((await json(listed)).keypairs.map((k: Json) => k.keypair.name)).toContain(
      'for-unscoped',
    );
  });

  it("answers unknown paths with Nova's 404", async () => {
    const res = await get(`${compute}/os-nothing`, demo);
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({
      itemNotFound: { code: 404, message: 'The resource could not be found.' },
    });
  });
});
