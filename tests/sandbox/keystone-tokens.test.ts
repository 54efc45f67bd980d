import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, json, post, start, UNAUTHORIZED, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let tokens: string;

beforeAll(async () => {
  sandbox = await start();
  tokens = `${sandbox.authUrl}/auth/tokens`;
});
afterAll(() => sandbox.close());

const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const VALIDATION_TAIL =
  'The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.';

async function expectUnauthorized(res: Response): Promise<void> {
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toBe(`Keystone uri="${sandbox.authUrl}"`);
  expect(await json(res)).toEqual(UNAUTHORIZED);
}

describe('POST /v3/auth/tokens with a password', () => {
  it('scopes to the default project and returns roles and the catalog', async () => {
    const res = await issue(sandbox.authUrl, { user: 'demo', password: 'demo' });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-subject-token')).toMatch(/^gAAAAA[A-Za-z0-9_-]{150,}$/);
    const { token } = await json(res);
    expect(token.methods).toEqual(['password']);
    expect(token.user).toMatchObject({
      name: 'demo',
      domain: { id: 'default', name: 'Default' },
      password_expires_at: null,
    });
    expect(token.user.id).toMatch(/^[0-9a-f]{32}$/);
    expect(token.project).toMatchObject({
      name: 'demo',
      domain: { id: 'default', name: 'Default' },
    });
    expect(token.is_domain).toBe(false);
    expect(token.roles.map((r: Json) => r.name).sort()).toEqual(['member', 'reader']);
    expect(token.audit_ids).toHaveLength(1);
    expect(token.issued_at).toMatch(TIME);
    expect(Date.parse(token.expires_at) - Date.parse(token.issued_at)).toBe(3600 * 1000);
    const types = token.catalog.map((s: Json) => `${s.type}:${s.name}`);
    expect(types).toEqual([
      'identity:keystone',
      'compute:nova',
      'image:glance',
      'network:neutron',
      'volumev3:cinderv3',
      'block-storage:cinder',
      'object-store:swift',
      'container-infra:magnum',
      'orchestration:heat',
      'placement:placement',
    ]);
    expect(token.catalog[4].endpoints[0].url).toBe(token.catalog[5].endpoints[0].url);
    expect(token.catalog[4].endpoints[0].url).toMatch(new RegExp(`/v3/${token.project.id}$`));
    const compute = token.catalog[1];
    expect(compute.endpoints).toHaveLength(6);
    expect(compute.endpoints[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      interface: 'public',
      region_id: 'RegionOne',
      url: sandbox.endpoints.RegionOne?.compute,
      region: 'RegionOne',
    });
  });

  it('accepts a user id and a project scoped by id or by name', async () => {
    const first = await json(await issue(sandbox.authUrl, { user: 'demo', password: 'demo' }));
    const userId = first.token.user.id;
    const body = {
      auth: {
        identity: { methods: ['password'], password: { user: { id: userId, password: 'demo' } } },
        scope: { project: { name: 'class-lab', domain: { id: 'default' } } },
      },
    };
    const res = await post(tokens, body);
    expect(res.status).toBe(201);
    const lab = (await json(res)).token.project;
    expect(lab.name).toBe('class-lab');
    const byId = await issue(sandbox.authUrl, {
      user: 'demo',
      password: 'demo',
      scope: { project: { id: lab.id } },
    });
    expect((await json(byId)).token.project.id).toBe(lab.id);
  });

  it('gives an unscoped token without catalog or roles when asked', async () => {
    const res = await issue(sandbox.authUrl, { user: 'demo', password: 'demo', scope: 'unscoped' });
    expect(res.status).toBe(201);
    const { token } = await json(res);
    expect(Object.keys(token).sort()).toEqual([
      'audit_ids',
      'expires_at',
      'issued_at',
      'methods',
      'user',
    ]);
  });

  it('leaves the catalog out with ?nocatalog', async () => {
    const { token } = await json(
      await issue(sandbox.authUrl, { user: 'demo', password: 'demo', query: '?nocatalog' }),
    );
    expect(token.project.name).toBe('demo');
    expect(token.catalog).toBeUndefined();
  });

  it('scopes admin to the system, but not demo', async () => {
    const admin = await issue(sandbox.authUrl, {
      user: 'admin',
      password: 'admin',
      scope: { system: { all: true } },
    });
    expect(admin.status).toBe(201);
    const { token } = await json(admin);
    expect(token.system).toEqual({ all: true });
    expect(token.roles.map((r: Json) => r.name)).toContain('admin');
    await expectUnauthorized(
      await issue(sandbox.authUrl, {
        user: 'demo',
        password: 'demo',
        scope: { system: { all: true } },
      }),
    );
  });

  it('refuses a wrong password, an unknown user or domain with a bare 401', async () => {
    await expectUnauthorized(await issue(sandbox.authUrl, { user: 'demo', password: 'wrong' }));
    await expectUnauthorized(await issue(sandbox.authUrl, { user: 'nobody', password: 'demo' }));
    const body = {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo', domain: { name: 'Nope' }, password: 'demo' } },
        },
      },
    };
    await expectUnauthorized(await post(tokens, body));
  });

  it('refuses scopes the user has no role on, or that do not exist, with 401', async () => {
    const foreign = { project: { name: 'admin', domain: { name: 'Default' } } };
    await expectUnauthorized(
      await issue(sandbox.authUrl, { user: 'demo', password: 'demo', scope: foreign }),
    );
    await expectUnauthorized(
      await issue(sandbox.authUrl, {
        user: 'demo',
        password: 'demo',
        scope: { project: { id: 'f'.repeat(32) } },
      }),
    );
    await expectUnauthorized(
      await issue(sandbox.authUrl, {
        user: 'demo',
        password: 'demo',
        scope: { domain: { id: 'default' } },
      }),
    );
  });

  it("answers malformed requests with Keystone's 400 texts", async () => {
    const cases: [string | Json, Record<string, string>, string][] = [
      ['{not json', {}, `Expecting to find valid JSON in request body. ${VALIDATION_TAIL}`],
      ['[]', {}, `Expecting to find valid JSON in request body. ${VALIDATION_TAIL}`],
      [
        '{"auth":{}}',
        { 'Content-Type': 'text/plain' },
        `Expecting to find application/json in Content-Type header. ${VALIDATION_TAIL}`,
      ],
      [{}, {}, `Expecting to find auth in request body. ${VALIDATION_TAIL}`],
      [
        { auth: { identity: {} } },
        {},
        "Invalid input for field 'identity': 'methods' is a required property",
      ],
      [
        { auth: { identity: { methods: ['password'], password: { user: { password: 'x' } } } } },
        {},
        'Invalid input for field identity/password/user: id or name must be present.',
      ],
      [
        { auth: { identity: { methods: ['password'] } } },
        {},
        `Expecting to find password in identity. ${VALIDATION_TAIL}`,
      ],
      [
        {
          auth: {
            identity: {
              methods: ['password'],
              password: { user: { name: 'demo', password: 'demo' } },
            },
          },
        },
        {},
        `Expecting to find domain in user. ${VALIDATION_TAIL}`,
      ],
      [
        { auth: { identity: { methods: [] }, scope: { project: { name: 'demo' } } } },
        {},
        `Expecting to find domain in project. ${VALIDATION_TAIL}`,
      ],
      [
        {
          auth: {
            identity: { methods: [] },
            scope: { project: { id: 'x' }, domain: { id: 'default' } },
          },
        },
        {},
        `Expecting to find system, project, domain, OS-TRUST:trust or unscoped in scope. ${VALIDATION_TAIL}`,
      ],
    ];
    for (const [body, headers, message] of cases) {
      const res = await post(tokens, body, headers);
      expect(res.status, message).toBe(400);
      expect(await json(res)).toEqual({ error: { code: 400, title: 'Bad Request', message } });
    }
  });

  it('lists the supported methods when given an unknown one', async () => {
    const res = await post(tokens, { auth: { identity: { methods: ['totp'], totp: {} } } });
    expect(res.status).toBe(401);
    expect((await json(res)).error).toEqual({
      code: 401,
      title: 'Unauthorized',
      message: 'Attempted to authenticate with an unsupported method.',
      identity: {
        methods: ['external', 'password', 'token', 'oauth1', 'mapped', 'application_credential'],
      },
    });
  });
});

describe('POST /v3/auth/tokens with a token', () => {
  it('re-scopes and keeps the original expiry and audit chain', async () => {
    const unscoped = await issue(sandbox.authUrl, {
      user: 'demo',
      password: 'demo',
      scope: 'unscoped',
    });
    const id = unscoped.headers.get('x-subject-token') ?? '';
    const original = (await json(unscoped)).token;
    await new Promise((r) => setTimeout(r, 5));
    const res = await post(tokens, {
      auth: {
        identity: { methods: ['token'], token: { id } },
        scope: { project: { name: 'class-lab', domain: { name: 'Default' } } },
      },
    });
    expect(res.status).toBe(201);
    const { token } = await json(res);
    expect(token.methods).toEqual(['token', 'password']);
    expect(token.project.name).toBe('class-lab');
    expect(token.expires_at).toBe(original.expires_at);
    expect(token.issued_at).not.toBe(original.issued_at);
    expect(token.audit_ids[1]).toBe(original.audit_ids[0]);
  });

  it('answers an unknown token with 404, as Keystone does', async () => {
    const res = await post(tokens, {
      auth: { identity: { methods: ['token'], token: { id: 'gAAAAAbogus' } } },
    });
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({
      error: { code: 404, title: 'Not Found', message: 'Could not recognize Fernet token' },
    });
  });
});
