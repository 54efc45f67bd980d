// Keystone calls the dashboard makes (lib/openstack/identity/keystone.ts), checked with
// the same zod schemas the dashboard parses them with.
import { describe, expect, it } from 'vitest';
import { OpenStackError } from '@/lib/openstack/errors';
import {
  getAuthCatalog,
  getDefaultProjectId,
  listAuthProjects,
  passwordAuth,
  revokeToken,
  tokenAuth,
} from '@/lib/openstack/identity/keystone';
import { authUrl, session, USERS } from './context';

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof OpenStackError) return error.status;
    throw error;
  }
}

describe('identity v3', () => {
  it('issues an explicitly unscoped token by password', async () => {
    const issued = await passwordAuth(authUrl(), { ...USERS.demo, domain: 'Default' }, 'unscoped');
    expect(issued.token.length).toBeGreaterThan(20);
    expect(issued.body.project).toBeUndefined();
    expect(issued.body.catalog ?? []).toEqual([]);
    expect(issued.body.methods).toEqual(['password']);
  });

  it("lists the projects of a token and the user's default project", async () => {
    const issued = await passwordAuth(authUrl(), { ...USERS.demo, domain: 'Default' }, 'unscoped');
    const projects = await listAuthProjects(authUrl(), issued.token);
    expect(projects.map((p) => p.name)).toEqual(expect.arrayContaining(['demo', 'class-lab']));
    const defaultId = await getDefaultProjectId(authUrl(), issued.token, issued.body.user.id);
    expect(projects.find((p) => p.id === defaultId)?.name).toBe('demo');
  });

  it('re-scopes by token keeping the expiry, with roles and a catalog', async () => {
    const issued = await passwordAuth(authUrl(), { ...USERS.demo, domain: 'Default' }, 'unscoped');
    const [project] = (await listAuthProjects(authUrl(), issued.token)).filter(
      (p) => p.name === 'class-lab',
    );
    const scoped = await tokenAuth(authUrl(), issued.token, { projectId: project!.id });
    expect(scoped.body.project?.name).toBe('class-lab');
    expect(scoped.body.roles?.map((r) => r.name)).toContain('member');
    expect(scoped.body.expires_at).toBe(issued.body.expires_at);
    const catalog = await getAuthCatalog(authUrl(), scoped.token);
    expect(catalog.map((e) => e.type)).toEqual(expect.arrayContaining(['identity', 'compute']));
  });

  it('refuses a wrong password with 401', async () => {
    expect(
      await statusOf(
        passwordAuth(
          authUrl(),
          { username: 'demo', password: 'wrong', domain: 'Default' },
          'unscoped',
        ),
      ),
    ).toBe(401);
  });

  it('refuses scoping to a project without a role with 401', async () => {
    const demo = await passwordAuth(authUrl(), { ...USERS.demo, domain: 'Default' }, 'unscoped');
    const admin = await session('admin');
    expect(await statusOf(tokenAuth(authUrl(), demo.token, { projectId: admin.project.id }))).toBe(
      401,
    );
  });

  it('refuses an unknown token with 401, and a revoked one after DELETE', async () => {
    expect(await statusOf(listAuthProjects(authUrl(), 'gAAAAA-not-a-token'))).toBe(401);
    const token = await session();
    await revokeToken(authUrl(), token.token);
    expect(await statusOf(getAuthCatalog(authUrl(), token.token))).toBe(401);
  });

  it('answers a malformed authentication request with 400', async () => {
    const response = await fetch(`${authUrl()}/auth/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ auth: { identity: { methods: 'password' } } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: number; title: string; message: string };
    };
    expect(body.error.code).toBe(400);
    expect(body.error.title).toBe('Bad Request');
  });
});
