// /api/console-frame-origins: what the Console tab may frame, for signed-in users.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/console-frame-origins/route';
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

afterEach(() => {
  delete process.env.DASHBOARD_FRAME_SRC;
});

afterAll(async () => {
  await sandbox.close();
});

describe('/api/console-frame-origins', () => {
  it('lists the configured origins, as the CSP has them', async () => {
    process.env.DASHBOARD_FRAME_SRC = "https://novnc.example:6080 javascript:alert(1) 'self'";
    const response = await GET(proxyRequest('/api/console-frame-origins', cookie));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ origins: ['https://novnc.example:6080'] });
  });

  it('answers 401 to no session', async () => {
    const response = await GET(proxyRequest('/api/console-frame-origins', undefined));
    expect(response.status).toBe(401);
  });
});
