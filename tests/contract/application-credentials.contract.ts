// Keystone application credential calls (lib/openstack/identity/application-credentials.ts)
// and the self-service password change, against the target cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@/lib/keystone-login';
import type { Api } from '@/lib/openstack/api';
import { changeOwnPassword } from '@/lib/openstack/identity/keystone';
import type { DashboardToken } from '@/lib/session-token';
import { apiFor, authUrl, session, unique } from './context';
import { failure } from './failure';

let demo: DashboardToken;
let api: Api;
const created: string[] = [];

beforeAll(async () => {
  demo = await session();
  api = await apiFor(demo);
});

afterAll(async () => {
  await Promise.allSettled(
    created.map((id) => api.identity.deleteApplicationCredential(demo.user.id, id)),
  );
});

async function tokenWith(id: string, secret: string): Promise<Response> {
  return fetch(`${authUrl()}/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: { id, secret },
        },
      },
    }),
  });
}

const TAIL =
  ' The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.';

describe('identity application credentials', () => {
  it('creates one on the session project with a generated secret, shown once', async () => {
    const name = unique('ac');
    const cred = await api.identity.createApplicationCredential(demo.user.id, {
      name,
      description: 'contract',
      roles: ['reader'],
    });
    created.push(cred.id);
    expect(cred).toMatchObject({ name, description: 'contract', project_id: demo.project.id });
    expect(cred.secret).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(cred.roles.map((r) => r.name)).toEqual(['reader']);
    expect(cred.expires_at).toBeNull();

    const listed = await api.identity.listApplicationCredentials(demo.user.id);
    const found = listed.find((c) => c.id === cred.id);
    expect(found?.name).toBe(name);
    expect(found?.secret).toBeUndefined();

    const res = await tokenWith(cred.id, cred.secret ?? '');
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      token: { methods: string[]; project: { id: string }; roles: { name: string }[] };
    };
    expect(body.token.methods).toEqual(['application_credential']);
    expect(body.token.project.id).toBe(demo.project.id);
    expect(body.token.roles.map((r) => r.name)).toEqual(['reader']);
    const token = res.headers.get('x-subject-token') ?? '';

    await api.identity.deleteApplicationCredential(demo.user.id, cred.id);
    created.splice(created.indexOf(cred.id), 1);
    const refused = await tokenWith(cred.id, cred.secret ?? '');
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      `Could not find Application Credential: ${cred.id}.`,
    );
    // Tokens it issued stop working.
    const after = await fetch(`${authUrl()}/auth/projects`, { headers: { 'X-Auth-Token': token } });
    // The devcloud's Keystone answers 404 here (its credential lookup leaks through
    // token validation); the sandbox a plain 401. Either way the token is dead.
    expect([401, 404]).toContain(after.status);
    const gone = await failure(api.identity.getApplicationCredential(demo.user.id, cred.id));
    expect(gone.status).toBe(404);
  });

  it("keeps a future expiry and refuses a past one with Keystone's text", async () => {
    const name = unique('ac');
    const cred = await api.identity.createApplicationCredential(demo.user.id, {
      name,
      expires_at: '2031-01-02T03:04:00',
    });
    created.push(cred.id);
    expect(cred.expires_at).toBe('2031-01-02T03:04:00.000000');

    const past = await failure(
      api.identity.createApplicationCredential(demo.user.id, {
        name: unique('ac'),
        expires_at: '2001-01-01T00:00:00',
      }),
    );
    expect(past.status).toBe(400);
    expect(past.message).toBe(`The 'expires_at' must not be before now.${TAIL}`);
  });

  it("refuses a duplicate name and a role the user does not hold with Keystone's texts", async () => {
    const name = unique('ac');
    const cred = await api.identity.createApplicationCredential(demo.user.id, { name });
    created.push(cred.id);
    const dup = await failure(api.identity.createApplicationCredential(demo.user.id, { name }));
    expect(dup.status).toBe(409);
    expect(dup.message).toBe(
      `Conflict occurred attempting to store application_credential - Duplicate entry found with name ${name}.`,
    );
    const role = await failure(
      api.identity.createApplicationCredential(demo.user.id, {
        name: unique('ac'),
        roles: ['admin'],
      }),
    );
    expect(role.status).toBe(400);
    expect(role.message).toBe(
      'Invalid application credential: Cannot create an application credential with unassigned role',
    );
  });
});

describe('identity self-service password change', () => {
  it('refuses a wrong original password with a 401', async () => {
    const error = await failure(
      changeOwnPassword(demo.authUrl, demo.user.id, 'not-the-password', 'whatever-1'),
    );
    expect(error.status).toBe(401);
  });

  it("changes a throwaway user's password; the new one signs in", async () => {
    const admin = await session('admin');
    const headers = { 'Content-Type': 'application/json', 'X-Auth-Token': admin.token };
    const name = unique('pw');
    const made = await fetch(`${authUrl()}/users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        user: { name, password: 'first-pass-1', default_project_id: demo.project.id },
      }),
    });
    expect(made.status).toBe(201);
    const userId = ((await made.json()) as { user: { id: string } }).user.id;
    try {
      const roles = (await (await fetch(`${authUrl()}/roles?name=member`, { headers })).json()) as {
        roles: { id: string }[];
      };
      const grant = await fetch(
        `${authUrl()}/projects/${demo.project.id}/users/${userId}/roles/${roles.roles[0]?.id}`,
        { method: 'PUT', headers },
      );
      expect(grant.status).toBe(204);
      await changeOwnPassword(authUrl(), userId, 'first-pass-1', 'second-pass-2');
      // Keystone revokes the user's tokens issued up to this second (its revocation
      // events have a one-second grain): a token from the same second would fail too.
      await new Promise((r) => setTimeout(r, 1_100));
      const cloud = { id: 'target', name: 'target', authUrl: authUrl() };
      await expect(
        login(cloud, { username: name, password: 'first-pass-1', domain: 'Default' }),
      ).rejects.toThrow();
      const again = await login(cloud, {
        username: name,
        password: 'second-pass-2',
        domain: 'Default',
      });
      expect(again.user.id).toBe(userId);
    } finally {
      await fetch(`${authUrl()}/users/${userId}`, { method: 'DELETE', headers });
    }
  });
});
