import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, login, start, UNAUTHORIZED } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let tokens: string;

beforeAll(async () => {
  sandbox = await start();
  tokens = `${sandbox.authUrl}/auth/tokens`;
});
afterAll(() => sandbox.close());

async function expectUnauthorized(res: Response): Promise<void> {
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toBe(`Keystone uri="${sandbox.authUrl}"`);
  expect(await json(res)).toEqual(UNAUTHORIZED);
}

describe('GET/HEAD/DELETE /v3/auth/tokens', () => {
  it('validates a token for its owner, with or without the catalog', async () => {
    const token = await login(sandbox.authUrl, 'demo');
    const res = await get(tokens, token, { 'X-Subject-Token': token });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-subject-token')).toBe(token);
    const body = await json(res);
    expect(body.token.project.name).toBe('demo');
    expect(body.token.catalog).toHaveLength(10);
    const bare = await json(await get(`${tokens}?nocatalog`, token, { 'X-Subject-Token': token }));
    expect(bare.token.catalog).toBeUndefined();
    const head = await fetch(tokens, {
      method: 'HEAD',
      headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it("lets admins validate anyone's token, members only their own", async () => {
    const demo = await login(sandbox.authUrl, 'demo');
    const admin = await login(sandbox.authUrl, 'admin');
    expect((await get(tokens, admin, { 'X-Subject-Token': demo })).status).toBe(200);
    const res = await get(tokens, demo, { 'X-Subject-Token': admin });
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual({
      error: {
        code: 403,
        title: 'Forbidden',
        message: 'You are not authorized to perform the requested action: identity:validate_token.',
      },
    });
  });

  it('answers bad or missing subject tokens and missing auth', async () => {
    const demo = await login(sandbox.authUrl, 'demo');
    const admin = await login(sandbox.authUrl, 'admin');
    const bogus = await get(tokens, demo, { 'X-Subject-Token': 'gAAAAAbogus' });
    expect(bogus.status).toBe(404);
    expect((await json(bogus)).error.message).toBe('Could not recognize Fernet token');
    expect((await get(tokens, demo)).status).toBe(403);
    const none = await get(tokens, admin);
    expect(none.status).toBe(404);
    expect((await json(none)).error.message).toBe('No token in the request');
    await expectUnauthorized(await get(tokens, undefined, { 'X-Subject-Token': demo }));
    await expectUnauthorized(await get(tokens, 'gAAAAAbogus', { 'X-Subject-Token': demo }));
  });

  it('revokes with DELETE: the token stops working everywhere', async () => {
    const token = await login(sandbox.authUrl, 'demo');
    const other = await login(sandbox.authUrl, 'demo');
    const keypairs = `${sandbox.endpoints.RegionOne?.compute}/os-keypairs`;
    expect((await get(keypairs, token)).status).toBe(200);
    const del = await fetch(tokens, {
      method: 'DELETE',
      headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
    });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');
    const after = await get(tokens, other, { 'X-Subject-Token': token });
    expect(after.status).toBe(404);
    expect((await json(after)).error.message).toBe('Failed to validate token');
    await expectUnauthorized(await get(`${sandbox.authUrl}/auth/projects`, token));
    const nova = await get(keypairs, token);
    expect(nova.status).toBe(401);
    expect(await json(nova)).toEqual(UNAUTHORIZED);
    expect((await get(keypairs, other)).status).toBe(200);
  });
});

describe('token expiry', () => {
  it('expires tokens after tokenTtlSeconds at Keystone and at Nova', async () => {
    const short = await start({ tokenTtlSeconds: 1 });
    try {
      const token = await login(short.authUrl, 'demo');
      const keypairs = `${short.endpoints.RegionOne?.compute}/os-keypairs`;
      expect((await get(keypairs, token)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      const nova = await get(keypairs, token);
      expect(nova.status).toBe(401);
      expect(nova.headers.get('www-authenticate')).toBe(
        `Keystone uri="${short.authUrl.replace(/\/v3$/, '')}"`,
      );
      expect((await get(`${short.authUrl}/auth/projects`, token)).status).toBe(401);
      const fresh = await login(short.authUrl, 'admin');
      const validated = await get(`${short.authUrl}/auth/tokens`, fresh, {
        'X-Subject-Token': token,
      });
      expect(validated.status).toBe(404);
      expect((await json(validated)).error.message).toBe('Failed to validate token');
      const allowed = await get(`${short.authUrl}/auth/tokens?allow_expired=1`, fresh, {
        'X-Subject-Token': token,
      });
      expect(allowed.status).toBe(200);
    } finally {
      await short.close();
    }
  });
});
