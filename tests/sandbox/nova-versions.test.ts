import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, login, start } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let compute: string;
let origin: string;

beforeAll(async () => {
  sandbox = await start();
  compute = sandbox.endpoints.RegionOne?.compute ?? '';
  origin = compute.replace(/\/v2\.1$/, '');
});
afterAll(() => sandbox.close());

describe('Nova version documents', () => {
  it('GET / lists v2.0 and v2.1 without a token', async () => {
    const res = await get(`${origin}/`);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      versions: [
        {
          id: 'v2.0',
          status: 'SUPPORTED',
          version: '',
          min_version: '',
          updated: '2011-01-21T11:33:21Z',
          links: [{ rel: 'self', href: `${origin}/v2/` }],
        },
        {
          id: 'v2.1',
          status: 'CURRENT',
          version: '2.93',
          min_version: '2.1',
          updated: '2013-07-23T11:33:21Z',
          links: [{ rel: 'self', href: `${origin}/v2.1/` }],
        },
      ],
    });
  });

  it.each(['/v2.1', '/v2.1/'])('GET %s shows v2.1 with microversion headers', async (path) => {
    const res = await get(`${origin}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('openstack-api-version')).toBe('compute 2.1');
    expect(res.headers.get('x-openstack-nova-api-version')).toBe('2.1');
    expect(res.headers.get('vary')).toBe('OpenStack-API-Version, X-OpenStack-Nova-API-Version');
    expect(await json(res)).toEqual({
      version: {
        id: 'v2.1',
        status: 'CURRENT',
        version: '2.93',
        min_version: '2.1',
        updated: '2013-07-23T11:33:21Z',
        links: [
          { rel: 'self', href: `${origin}/v2.1/` },
          { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' },
        ],
        'media-types': [
          { base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' },
        ],
      },
    });
  });
});

describe('microversion negotiation', () => {
  it('echoes the negotiated version, latest meaning 2.93', async () => {
    const token = await login(sandbox.authUrl, 'demo');
    const cases: [Record<string, string>, string][] = [
      [{}, '2.1'],
      [{ 'OpenStack-API-Version': 'compute latest' }, '2.93'],
      [{ 'OpenStack-API-Version': 'compute 2.35' }, '2.35'],
      [{ 'X-OpenStack-Nova-API-Version': '2.10' }, '2.10'],
    ];
    for (const [headers, version] of cases) {
      const res = await get(`${compute}/os-keypairs`, token, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('openstack-api-version')).toBe(`compute ${version}`);
      expect(res.headers.get('x-openstack-nova-api-version')).toBe(version);
      expect(res.headers.get('x-compute-request-id')).toBe(
        res.headers.get('x-openstack-request-id'),
      );
    }
  });

  it('refuses versions out of range with 406 and malformed ones with 400', async () => {
    const token = await login(sandbox.authUrl, 'demo');
    const high = await get(`${compute}/os-keypairs`, token, {
      'OpenStack-API-Version': 'compute 2.94',
    });
    expect(high.status).toBe(406);
    expect(high.headers.get('openstack-api-version')).toBe('compute 2.94');
    expect(await json(high)).toEqual({
      computeFault: {
        code: 406,
        message: 'Version 2.94 is not supported by the API. Minimum is 2.1 and maximum is 2.93.',
      },
    });
    const bad = await get(`${compute}/os-keypairs`, token, {
      'OpenStack-API-Version': 'compute two',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('openstack-api-version')).toBeNull();
    expect(await json(bad)).toEqual({
      badRequest: {
        code: 400,
        message:
          'API Version String two is of invalid format. Must be of format MajorNum.MinorNum.',
      },
    });
    const doc = await get(`${compute}`, undefined, { 'X-OpenStack-Nova-API-Version': '2.0' });
    expect(doc.status).toBe(406);
  });
});
