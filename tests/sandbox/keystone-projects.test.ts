import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, issue, json, login, start, UNAUTHORIZED, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let demo: string;
let admin: string;
let demoUser: Json;

beforeAll(async () => {
  sandbox = await start();
  demo = await login(sandbox.authUrl, 'demo');
  admin = await login(sandbox.authUrl, 'admin');
  demoUser = (await json(await issue(sandbox.authUrl, { user: 'demo', password: 'demo' }))).token
    .user;
});
afterAll(() => sandbox.close());

function forbidden(action: string): Json {
  return {
    error: {
      code: 403,
      title: 'Forbidden',
      message: `You are not authorized to perform the requested action: ${action}.`,
    },
  };
}

describe('GET /v3/auth/projects and /v3/auth/catalog', () => {
  it("lists the caller's projects with Keystone's fields and links", async () => {
    const unscoped = (
      await issue(sandbox.authUrl, { user: 'demo', password: 'demo', scope: 'unscoped' })
    ).headers.get('x-subject-token');
    const res = await get(`${sandbox.authUrl}/auth/projects`, unscoped ?? '');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.links).toEqual({
      next: null,
      self: `${sandbox.authUrl}/auth/projects`,
      previous: null,
    });
    expect(body.projects.map((p: Json) => p.name).sort()).toEqual(['class-lab', 'demo']);
    const project = body.projects.find((p: Json) => p.name === 'demo');
    expect(project).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'demo',
      domain_id: 'default',
      description: 'demo project',
      enabled: true,
      parent_id: 'default',
      is_domain: false,
      tags: [],
      options: {},
      links: { self: `${sandbox.authUrl}/projects/${project.id}` },
    });
  });

  it('returns the catalog for a project-scoped token, 403 otherwise', async () => {
    const res = await get(`${sandbox.authUrl}/auth/catalog`, demo);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.links).toEqual({ self: `${sandbox.authUrl}/auth/catalog` });
    expect(body.catalog.map((s: Json) => s.type)).toEqual([
      'identity',
      'compute',
      'image',
      'network',
      'volumev3',
      'block-storage',
      'object-store',
      'container-infra',
      'orchestration',
      'placement',
    ]);
    // Cinder's URL names the token's project, as Keystone substitutes $(project_id)s.
    const cinder = body.catalog[4];
    expect(cinder.endpoints[0].url).toMatch(/\/v3\/[0-9a-f]{32}$/);
    const identity = body.catalog[0];
    expect(identity.endpoints.map((e: Json) => `${e.region}/${e.interface}`)).toEqual([
      'RegionOne/public',
      'RegionOne/internal',
      'RegionOne/admin',
      'RegionTwo/public',
      'RegionTwo/internal',
      'RegionTwo/admin',
    ]);
    expect(new Set(identity.endpoints.map((e: Json) => e.url))).toEqual(
      new Set([`${sandbox.authUrl}/`]),
    );

    const unscoped = (
      await issue(sandbox.authUrl, { user: 'demo', password: 'demo', scope: 'unscoped' })
    ).headers.get('x-subject-token');
    const denied = await get(`${sandbox.authUrl}/auth/catalog`, unscoped ?? '');
    expect(denied.status).toBe(403);
    expect(await json(denied)).toEqual({
      error: {
        code: 403,
        title: 'Forbidden',
        message: 'You are not authorized to perform the requested action.',
      },
    });
  });

  it('lists domain and system scopes', async () => {
    expect((await json(await get(`${sandbox.authUrl}/auth/domains`, demo))).domains).toEqual([]);
    expect((await json(await get(`${sandbox.authUrl}/auth/system`, demo))).system).toEqual([]);
    expect((await json(await get(`${sandbox.authUrl}/auth/system`, admin))).system).toEqual([
      { all: true },
    ]);
  });
});

describe('GET /v3/projects', () => {
  it('is for admins only', async () => {
    const res = await get(`${sandbox.authUrl}/projects`, demo);
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual(forbidden('identity:list_projects'));
  });

  it('lists every project for an admin, with filters and links', async () => {
    const body = await json(await get(`${sandbox.authUrl}/projects`, admin));
    expect(body.projects.map((p: Json) => p.name).sort()).toEqual(['admin', 'class-lab', 'demo']);
    expect(body.links.self).toBe(`${sandbox.authUrl}/projects`);
    const filtered = await json(await get(`${sandbox.authUrl}/projects?name=demo`, admin));
    expect(filtered.projects.map((p: Json) => p.name)).toEqual(['demo']);
    expect(filtered.links.self).toBe(`${sandbox.authUrl}/projects?name=demo`);
  });

  it('shows the scoped project to a member, others only to admins', async () => {
    const projects = (await json(await get(`${sandbox.authUrl}/projects`, admin)))
      .projects as Json[];
    const own = projects.find((p) => p.name === 'demo');
    const lab = projects.find((p) => p.name === 'class-lab');
    const ok = await get(`${sandbox.authUrl}/projects/${own?.id}`, demo);
    expect(ok.status).toBe(200);
    expect((await json(ok)).project.name).toBe('demo');
    const other = await get(`${sandbox.authUrl}/projects/${lab?.id}`, demo);
    expect(other.status).toBe(403);
    expect(await json(other)).toEqual(forbidden('identity:get_project'));
    expect((await get(`${sandbox.authUrl}/projects/${lab?.id}`, admin)).status).toBe(200);
    const missing = await get(`${sandbox.authUrl}/projects/nope`, admin);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({
      error: { code: 404, title: 'Not Found', message: 'Could not find project: nope.' },
    });
    expect((await get(`${sandbox.authUrl}/projects/nope`, demo)).status).toBe(403);
  });
});

describe('GET /v3/users/{user_id}[/projects]', () => {
  it('shows the own user with its default project', async () => {
    const res = await get(`${sandbox.authUrl}/users/${demoUser.id}`, demo);
    expect(res.status).toBe(200);
    const { user } = await json(res);
    const defaultProject = (
      await json(await issue(sandbox.authUrl, { user: 'demo', password: 'demo' }))
    ).token.project;
    expect(user).toEqual({
      id: demoUser.id,
      name: 'demo',
      domain_id: 'default',
      enabled: true,
      password_expires_at: null,
      options: {},
      default_project_id: defaultProject.id,
      links: { self: `${sandbox.authUrl}/users/${demoUser.id}` },
    });
  });

  it('keeps other users to admins', async () => {
    const adminUser = (
      await json(await get(`${sandbox.authUrl}/auth/tokens`, admin, { 'X-Subject-Token': admin }))
    ).token.user;
    const res = await get(`${sandbox.authUrl}/users/${adminUser.id}`, demo);
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual(forbidden('identity:get_user'));
    expect((await get(`${sandbox.authUrl}/users/${demoUser.id}`, admin)).status).toBe(200);
    const missing = await get(`${sandbox.authUrl}/users/nope`, admin);
    expect((await json(missing)).error).toMatchObject({
      code: 404,
      message: 'Could not find user: nope.',
    });
  });

  it("lists a user's projects for that user or an admin", async () => {
    const res = await get(`${sandbox.authUrl}/users/${demoUser.id}/projects`, demo);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.projects.map((p: Json) => p.name).sort()).toEqual(['class-lab', 'demo']);
    expect(body.links.self).toBe(`${sandbox.authUrl}/users/${demoUser.id}/projects`);
    expect((await get(`${sandbox.authUrl}/users/${demoUser.id}/projects`, admin)).status).toBe(200);
    const adminId = (
      await json(await get(`${sandbox.authUrl}/auth/tokens`, admin, { 'X-Subject-Token': admin }))
    ).token.user.id;
    const denied = await get(`${sandbox.authUrl}/users/${adminId}/projects`, demo);
    expect(await json(denied)).toEqual(forbidden('identity:list_user_projects'));
  });
});

describe('GET /v3/regions', () => {
  it('lists and shows both regions', async () => {
    const body = await json(await get(`${sandbox.authUrl}/regions`, demo));
    expect(body.regions).toEqual([
      {
        id: 'RegionOne',
        description: '',
        links: { self: `${sandbox.authUrl}/regions/RegionOne` },
        parent_region_id: null,
      },
      {
        id: 'RegionTwo',
        description: '',
        links: { self: `${sandbox.authUrl}/regions/RegionTwo` },
        parent_region_id: null,
      },
    ]);
    expect(body.links).toEqual({ next: null, self: `${sandbox.authUrl}/regions`, previous: null });
    const one = await json(await get(`${sandbox.authUrl}/regions/RegionTwo`, demo));
    expect(one.region.id).toBe('RegionTwo');
  });

  it('answers unknown regions with 404 and anonymous callers with 401', async () => {
    const res = await get(`${sandbox.authUrl}/regions/Mars`, demo);
    expect(res.status).toBe(404);
    expect((await json(res)).error.message).toBe('Could not find region: Mars.');
    const anon = await get(`${sandbox.authUrl}/regions`);
    expect(anon.status).toBe(401);
    expect(await json(anon)).toEqual(UNAUTHORIZED);
  });
});
