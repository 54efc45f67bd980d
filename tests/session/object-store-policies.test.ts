// /api/object-store/policies: Swift's /info policies for a signed-in user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/object-store/policies/route';
import {
  proxyRequest,
  sessionCookie,
  signIn,
  startTestCloud,
  type RunningSandbox,
} from '../helpers/sandbox-session';

let sandbox: RunningSandbox;
let cookie: string;

beforeAll(async () => {
  sandbox = await startTestCloud();
  cookie = await sessionCookie(await signIn());
});

afterAll(async () => {
  await sandbox.close();
});

describe('/api/object-store/policies', () => {
  it("lists the sandbox Swift's policies and its default", async () => {
    const response = await GET(proxyRequest('/api/object-store/policies', cookie));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ names: ['Policy-0'], defaultName: 'Policy-0' });
  });

  it('refuses without a session', async () => {
    const response = await GET(proxyRequest('/api/object-store/policies', undefined));
    expect(response.status).toBe(401);
  });
});
