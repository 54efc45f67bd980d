import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, login, post, start, UNAUTHORIZED, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let demo: string;
let demoUserId: string;
let demoProjectId: string;

beforeAll(async () => {
  sandbox = await start();
  demo = await login(sandbox.authUrl, 'demo');
  const me = await json(
    await get(`${sandbox.authUrl}/auth/tokens`, demo, { 'X-Subject-Token': demo }),
  );
  demoUserId = me.token.user.id;
  demoProjectId = me.token.project.id;
});
afterAll(() => sandbox.close());

function credsUrl(userId = demoUserId): string {
  return `${sandbox.authUrl}/users/${userId}/application_credentials`;
}

async function create(body: Json, token = demo): Promise<Response> {
  return post(credsUrl(), { application_credential: body }, { 'X-Auth-Token': token });
}

function appCredAuth(identity: Json, scope?: unknown): Json {
  return {
    auth: {
      identity: { methods: ['application_credential'], application_credential: identity },
      ...(scope === undefined ? {} : { scope }),
    },
  };
}

async function tokenWith(identity: Json): Promise<Response> {
  return post(`${sandbox.authUrl}/auth/tokens`, appCredAuth(identity));
}

function remove(id: string, token = demo): Promise<Response> {
  return fetch(`${credsUrl()}/${id}`, { method: 'DELETE', headers: { 'X-Auth-Token': token } });
}

describe('application credentials: create, list, authenticate, delete', () => {
  it('creates one with a generated secret that is shown once, on the creating project', async () => {
    const res = await create({ name: 'ac-one', description: 'for CI' });
    expect(res.status).toBe(201);
    const cred = (await json(res)).application_credential;
    expect(cred).toMatchObject({
      name: 'ac-one',
      description: 'for CI',
      user_id: demoUserId,
      project_id: demoProjectId,
      expires_at: null,
      unrestricted: null,
      system: null,
    });
    expect(cred).not.toHaveProperty('access_rules');
    expect(cred.links.self).toBe(`${sandbox.authUrl}/application_credentials/${cred.id}`);
    expect(cred.secret).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(cred.roles.map((r: Json) => r.name).sort()).toEqual(['member', 'reader']);

    const listed = await json(await get(credsUrl(), demo));
    const found = listed.application_credentials.find((c: Json) => c.id === cred.id);
    expect(found.name).toBe('ac-one');
    expect(found).not.toHaveProperty('secret');
    const one = await json(await get(`${credsUrl()}/${cred.id}`, demo));
    expect(one.application_credential).not.toHaveProperty('secret');
    expect((await remove(cred.id)).status).toBe(204);
  });

  it('authenticates by id and by name with the user, scoped to its project and roles', async () => {
    const cred = (
      await json(await create({ name: 'ac-auth', secret: 's3cret', roles: [{ name: 'reader' }] }))
    ).application_credential;
    const byId = await tokenWith({ id: cred.id, secret: 's3cret' });
    expect(byId.status).toBe(201);
    const body = (await json(byId)).token;
    expect(body.methods).toEqual(['application_credential']);
    expect(body.project.id).toBe(demoProjectId);
    expect(body.roles.map((r: Json) => r.name)).toEqual(['reader']);
    expect(body.application_credential).toEqual({ id: cred.id, name: 'ac-auth', restricted: true });

    const byName = await tokenWith({
      name: 'ac-auth',
      secret: 's3cret',
      user: { name: 'demo', domain: { name: 'Default' } },
    });
    expect(byName.status).toBe(201);

    const wrong = await tokenWith({ id: cred.id, secret: 'nope' });
    expect(wrong.status).toBe(401);
    expect(await json(wrong)).toEqual(UNAUTHORIZED);

    // A token from it lists servers in the project.
    const token = byId.headers.get('x-subject-token') ?? '';
    const catalog = body.catalog as Json[];
    const nova = catalog
      .find((s) => s.type === 'compute')
      ?.endpoints.find((e: Json) => e.interface === 'public').url;
    const servers = await get(`${nova}/servers`, token);
    expect(servers.status).toBe(200);
    expect(await json(servers)).toHaveProperty('servers');

    // Deleting the credential revokes the tokens it issued.
    expect((await remove(cred.id)).status).toBe(204);
    expect((await get(`${nova}/servers`, token)).status).toBe(401);
    const gone = await tokenWith({ id: cred.id, secret: 's3cret' });
    expect(gone.status).toBe(404);
    expect((await json(gone)).error.message).toBe(
      `Could not find Application Credential: ${cred.id}.`,
    );
  });

  it('refuses a scope in the request', async () => {
    const cred = (await json(await create({ name: 'ac-scope', secret: 'x' })))
      .application_credential;
    const res = await post(
      `${sandbox.authUrl}/auth/tokens`,
      appCredAuth({ id: cred.id, secret: 'x' }, { project: { id: demoProjectId } }),
    );
    expect(res.status).toBe(401);
    await remove(cred.id);
  });

  it('expires: refused once expires_at has passed, and its tokens stop working', async () => {
    const soon = new Date(Date.now() + 1500).toISOString();
    const res = await create({ name: 'ac-expiring', secret: 'x', expires_at: soon });
    expect(res.status).toBe(201);
    const cred = (await json(res)).application_credential;
    expect(cred.expires_at).toBe(soon.replace(/\.(\d{3})Z$/, '.$1000'));
    const issued = await tokenWith({ id: cred.id, secret: 'x' });
    expect(issued.status).toBe(201);
    const token = issued.headers.get('x-subject-token') ?? '';
    expect(Date.parse((await json(issued)).token.expires_at)).toBeLessThanOrEqual(Date.parse(soon));
    await new Promise((r) => setTimeout(r, 1700));
    expect((await tokenWith({ id: cred.id, secret: 'x' })).status).toBe(401);
    expect((await get(`${sandbox.authUrl}/auth/projects`, token)).status).toBe(401);
    await remove(cred.id);
  });

  it("answers bad input with Keystone's texts", async () => {
    const past = await create({ name: 'ac-past', expires_at: '2001-01-01T00:00:00' });
    expect(past.status).toBe(400);
    expect((await json(past)).error.message).toBe(
      "The 'expires_at' must not be before now. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.",
    );
    const garbled = await create({ name: 'ac-bad-date', expires_at: 'tomorrow' });
    expect(garbled.status).toBe(400);
    expect((await json(garbled)).error.message).toMatch(/^Timestamp not in expected format\./);

    const first = await create({ name: 'ac-dup' });
    expect(first.status).toBe(201);
    const dup = await create({ name: 'ac-dup' });
    expect(dup.status).toBe(409);
    expect((await json(dup)).error).toEqual({
      code: 409,
      title: 'Conflict',
      message:
        'Conflict occurred attempting to store application_credential - Duplicate entry found with name ac-dup.',
    });
    await remove((await json(first)).application_credential.id);

    const noRole = await create({ name: 'ac-admin', roles: [{ name: 'admin' }] });
    expect(noRole.status).toBe(400);
    expect((await json(noRole)).error.message).toBe(
      'Invalid application credential: Cannot create an application credential with unassigned role',
    );

    const noName = await create({});
    expect(noName.status).toBe(400);
    expect((await json(noName)).error.message).toBe("'name' is a required property");
  });

  it('a restricted credential cannot create or delete others; an unrestricted one can', async () => {
    const restricted = (await json(await create({ name: 'ac-r', secret: 'x' })))
      .application_credential;
    const open = (await json(await create({ name: 'ac-u', secret: 'x', unrestricted: true })))
      .application_credential;
    const rToken = (await tokenWith({ id: restricted.id, secret: 'x' })).headers.get(
      'x-subject-token',
    );
    const uToken = (await tokenWith({ id: open.id, secret: 'x' })).headers.get('x-subject-token');
    const refused = await create({ name: 'ac-child' }, rToken ?? '');
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.message).toBe(
      "You are not authorized to perform the requested action: Using method 'application_credential' is not allowed for managing additional application credentials..",
    );
    const child = await create({ name: 'ac-child' }, uToken ?? '');
    expect(child.status).toBe(201);
    for (const id of [(await json(child)).application_credential.id, restricted.id, open.id])
      expect((await remove(id)).status).toBe(204);
  });

  it("another user's credentials are not theirs to list", async () => {
    const admin = await login(sandbox.authUrl, 'admin');
    const adminMe = await json(
      await get(`${sandbox.authUrl}/auth/tokens`, admin, { 'X-Subject-Token': admin }),
    );
    const res = await get(credsUrl(adminMe.token.user.id), demo);
    expect(res.status).toBe(403);
    // An admin may read a member's list.
    expect((await get(credsUrl(), admin)).status).toBe(200);
  });
});
