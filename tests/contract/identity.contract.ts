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

/** What Keystone answered a refused call with: the status and its own message. */
async function refusalOf(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OpenStackError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('Keystone accepted the call');
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
      await refusalOf(
        passwordAuth(
          authUrl(),
          { username: 'demo', password: 'wrong', domain: 'Default' },
          'unscoped',
        ),
      ),
    ).toEqual({ status: 401, message: 'The request you have made requires authentication.' });
  });

  it('refuses scoping to a project without a role with 401', async () => {
    const demo = await passwordAuth(authUrl(), { ...USERS.demo, domain: 'Default' }, 'unscoped');
    const admin = await session('admin');
    expect(
      await refusalOf(tokenAuth(authUrl(), demo.token, { projectId: admin.project.id })),
    ).toEqual({ status: 401, message: 'The request you have made requires authentication.' });
  });

  it('refuses an unknown token with 401, and a revoked one after DELETE', async () => {
    expect(await refusalOf(listAuthProjects(authUrl(), 'gAAAAA-not-a-token'))).toEqual({
      status: 401,
      message: 'The request you have made requires authentication.',
    });
    const token = await session();
    await revokeToken(authUrl(), token.token);
    expect(await refusalOf(getAuthCatalog(authUrl(), token.token))).toEqual({
      status: 401,
      message: 'The request you have made requires authentication.',
    });
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
    expect(body.error.message.split('\n')[0]).toBe(
      "Invalid input for field 'identity/methods': 'password' is not of type 'array'",
    );
  });
});
