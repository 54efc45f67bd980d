import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth';
import { listAuthProjects } from '@/lib/openstack/identity/keystone';
import type { DashboardToken } from '@/lib/session-token';
import { signIn, startTestCloud, type RunningSandbox } from '../helpers/sandbox-session';
import type { JWT } from 'next-auth/jwt';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestCloud();
});
afterAll(async () => {
  await sandbox.close();
});

async function update(token: DashboardToken, change: unknown): Promise<DashboardToken> {
  const jwt = authOptions.callbacks?.jwt;
  if (!jwt) throw new Error('no jwt callback');
  // next-auth hands the callback more fields than a test needs.
  const args = { token: token as JWT, trigger: 'update', session: change } as unknown as Parameters<
    typeof jwt
  >[0];
  return (await jwt(args)) as DashboardToken;
}

async function tokenIsValid(token: string): Promise<boolean> {
  const response = await fetch(`${sandbox.authUrl}/auth/tokens`, {
    method: 'HEAD',
    headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
  });
  return response.status === 200;
}

describe('switching scope', () => {
  it('re-scopes to another project through Keystone, keeping the region', async () => {
    const token = await signIn();
    const projects = await listAuthProjects(token.authUrl, token.unscopedToken);
    const lab = projects.find((p) => p.name === 'class-lab');
    expect(lab).toBeDefined();
    const next = await update({ ...token, region: 'RegionTwo' }, { projectId: lab!.id });
    expect(next.project.name).toBe('class-lab');
    expect(next.region).toBe('RegionTwo');
    expect(next.token).not.toBe(token.token);
    expect(next.unscopedToken).toBe(token.unscopedToken);
    expect(next.scopeError).toBeUndefined();
  });

  it('reports a project the user has no role on, and keeps the session', async () => {
    const token = await signIn();
    const admin = await signIn('admin', 'admin');
    const next = await update(token, { projectId: admin.project.id });
    expect(next.project.id).toBe(token.project.id);
    expect(next.scopeError).toBeTruthy();
  });

  it('switches region only to one the catalog offers', async () => {
    const token = await signIn();
    expect((await update(token, { region: 'RegionTwo' })).region).toBe('RegionTwo');
    const bad = await update(token, { region: 'Atlantis' });
    expect(bad.region).toBe('RegionOne');
    expect(bad.scopeError).toBe('Region Atlantis is not available in this project.');
    expect((await update(token, { something: 'else' })).scopeError).toBe('Invalid switch request.');
  });

  it('exposes no token in the browser session', async () => {
    const token = await signIn();
    const session = await authOptions.callbacks!.session!({
      session: { expires: token.expiresAt },
      token,
    } as unknown as Parameters<
      NonNullable<NonNullable<typeof authOptions.callbacks>['session']>
    >[0]);
    const text = JSON.stringify(session);
    expect(text).not.toContain(token.token);
    expect(text).not.toContain(token.unscopedToken);
    expect(text).toContain('"name":"demo"');
  });
});

describe('sign out', () => {
  it('revokes both the scoped and the unscoped token', async () => {
    const token = await signIn();
    expect(await tokenIsValid(token.token)).toBe(true);
    await authOptions.events!.signOut!({ token, session: null } as unknown as Parameters<
      NonNullable<NonNullable<typeof authOptions.events>['signOut']>
    >[0]);
    expect(await tokenIsValid(token.token)).toBe(false);
    expect(await tokenIsValid(token.unscopedToken)).toBe(false);
  });
});
