import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, login, start } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let root: string;

beforeAll(async () => {
  sandbox = await start();
  root = sandbox.authUrl.replace(/\/v3$/, '');
});
afterAll(() => sandbox.close());

describe('Keystone version discovery', () => {
  it('GET / answers 300 with the v3 entry and a Location', async () => {
    const res = await get(`${root}/`);
    expect(res.status).toBe(300);
    expect(res.headers.get('location')).toBe(`${root}/v3/`);
    expect(await json(res)).toEqual({
      versions: {
        values: [
          {
            id: 'v3.14',
            status: 'stable',
            updated: '2020-04-07T00:00:00Z',
            links: [{ rel: 'self', href: `${root}/v3/` }],
            'media-types': [
              { base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' },
            ],
          },
        ],
      },
    });
  });

  it.each(['/v3', '/v3/'])('GET %s answers the v3 version document', async (path) => {
    const res = await get(`${root}${path}`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.version).toMatchObject({ id: 'v3.14', status: 'stable' });
    expect(res.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    expect(res.headers.get('vary')).toBe('X-Auth-Token');
  });

  it("answers unknown paths with a 404 in Keystone's shape", async () => {
    const token = await login(sandbox.authUrl, 'demo');
    const res = await get(`${sandbox.authUrl}/no-such-thing`, token);
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({
      error: { code: 404, title: 'Not Found', message: 'The resource could not be found.' },
    });
  });

  it('answers a known path with an unknown method with 405', async () => {
    const res = await fetch(`${sandbox.authUrl}/regions`, { method: 'PATCH' });
    expect(res.status).toBe(405);
    expect((await json(res)).error).toMatchObject({ code: 405, title: 'Method Not Allowed' });
  });
});
