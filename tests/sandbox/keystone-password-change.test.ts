import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, issue, json, login, post, start, UNAUTHORIZED } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let userId: string;

beforeAll(async () => {
  sandbox = await start();
  const token = await login(sandbox.authUrl, 'demo');
  userId = (
    await json(await get(`${sandbox.authUrl}/auth/tokens`, token, { 'X-Subject-Token': token }))
  ).token.user.id;
});
afterAll(() => sandbox.close());

function change(body: unknown) {
  return post(`${sandbox.authUrl}/users/${userId}/password`, body);
}

describe('POST /v3/users/{user_id}/password', () => {
  it('refuses a wrong original password with a plain 401 and a malformed body with a 400', async () => {
    const wrong = await change({ user: { original_password: 'nope', password: 'new-pass-1' } });
    expect(wrong.status).toBe(401);
    expect(await json(wrong)).toEqual(UNAUTHORIZED);
    const missing = await change({ user: { password: 'x' } });
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.message).toContain(
      "'original_password' is a required property",
    );
  });

  it('changes the password, revokes the old tokens, and the new one signs in', async () => {
    const before = await login(sandbox.authUrl, 'demo');
    const res = await change({ user: { original_password: 'demo', password: 'new-pass-1' } });
    expect(res.status).toBe(204);
    expect((await get(`${sandbox.authUrl}/auth/projects`, before)).status).toBe(401);
    expect((await issue(sandbox.authUrl, { user: 'demo', password: 'demo' })).status).toBe(401);
    expect((await issue(sandbox.authUrl, { user: 'demo', password: 'new-pass-1' })).status).toBe(
      201,
    );
  });
});
