import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, type Json } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

let cloud: NovaCloud;
let student: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  cloud = await novaCloud({ students: 1 });
  student = await login(cloud.sandbox.authUrl, 'student01');
  for (const [name, flavorRef] of [
    ['web-1', '1'],
    ['web-2', '2'],
    ['db-1', '1'],
  ] as const) {
    ids[name] = (await cloud.boot(student, { name, flavorRef, tags: ['lab'] })).id;
  }
  await cloud.ok(student, 'POST', `/servers/${ids['db-1']}/action`, { 'os-stop': null });
  await cloud.waitForStatus(student, ids['db-1'] ?? '', 'SHUTOFF');
});
afterAll(() => cloud.sandbox.close());

const names = (body: Json) => body.servers.map((s: Json) => s.name);
const list = (query: string, token = student, version = '2.93') =>
  cloud.ok(token, 'GET', `/servers${query}`, undefined, version);

describe('GET /servers filters', () => {
  it('lists newest first, summaries with links only', async () => {
    const body = await list('');
    expect(names(body)).toEqual(['db-1', 'web-2', 'web-1']);
    expect(Object.keys(body.servers[0])).toEqual(['id', 'name', 'links']);
  });

  it('filters by name regex, status, flavor, image and ip', async () => {
    expect(names(await list('?name=^web'))).toEqual(['web-2', 'web-1']);
    expect(names(await list('?name=WEB-1'))).toEqual(['web-1']);
    expect(names(await list('?status=SHUTOFF'))).toEqual(['db-1']);
    expect(names(await list('?status=active'))).toEqual(['web-2', 'web-1']);
    expect(names(await list('?flavor=2'))).toEqual(['web-2']);
    const cirros = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    expect(names(await list(`?image=${cirros}`))).toHaveLength(3);
    const web1 = (await cloud.ok(student, 'GET', `/servers/${ids['web-1']}`)).server;
    const ip = web1.addresses.private[0].addr as string;
    expect(names(await list(`?ip=${ip.replaceAll('.', '\\.')}$`))).toEqual(['web-1']);
    expect(names(await list('?ip=^192\\.'))).toEqual([]);
    expect(names(await list('?tags=lab'))).toHaveLength(3);
    expect(names(await list('?not-tags=lab'))).toEqual([]);
  });

  it('refuses a bad status from 2.38, ignores it before', async () => {
    const res = await cloud.nova(student, 'GET', '/servers?status=sleeping');
    expect(await json(res)).toEqual(fault(400, 'Invalid status value'));
    expect(names(await list('?status=sleeping', student, '2.37'))).toEqual([]);
  });

  it('shows deleted servers with changes-since', async () => {
    const since = new Date(Date.now() - 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const doomed = await cloud.boot(student, { name: 'gone' });
    await cloud.ok(student, 'DELETE', `/servers/${doomed.id}`);
    await new Promise((r) => setTimeout(r, 40));
    expect(names(await list(''))).not.toContain('gone');
    const changed = await cloud.ok(
      student,
      'GET',
      `/servers/detail?changes-since=${encodeURIComponent(since)}`,
    );
    const gone = changed.servers.find((s: Json) => s.name === 'gone');
    expect(gone).toMatchObject({ status: 'DELETED', 'OS-EXT-STS:vm_state': 'deleted' });
    const today = new Date(Date.now() - 86400_000).toISOString().slice(0, 10);
    expect(names(await list(`?changes-since=${today}`))).toContain('gone');
    const bad = await cloud.nova(student, 'GET', '/servers?changes-since=yesterday');
    expect((await json(bad)).badRequest.message).toBe(
      "Invalid input for query parameters changes-since. Value: yesterday. 'yesterday' is not a 'date-time'",
    );
  });

  it('lets only admins list all projects', async () => {
    const res = await cloud.nova(student, 'GET', '/servers/detail?all_tenants=1');
    expect(await json(res)).toEqual(
      fault(
        403,
        "Policy doesn't allow os_compute_api:servers:detail:get_all_tenants to be performed.",
      ),
    );
    const all = await list('?all_tenants=1', cloud.admin);
    expect(names(all)).toEqual(expect.arrayContaining(['web-1', 'web-2', 'db-1']));
    const project = await cloud.projectId('student01');
    const theirs = await list(`?all_tenants=1&project_id=${project}`, cloud.admin);
    expect(names(theirs).sort()).toEqual(['db-1', 'web-1', 'web-2']);
    expect(names(await list('', cloud.admin))).not.toContain('web-1');
    // A non-admin's project_id filter is dropped, as Nova drops unknown options.
    expect(names(await list(`?project_id=nonsense`))).toHaveLength(3);
  });
});

describe('GET /servers sorting and paging', () => {
  it('sorts by sort_key/sort_dir', async () => {
    expect(names(await list('?sort_key=display_name&sort_dir=asc'))).toEqual([
      'db-1',
      'web-1',
      'web-2',
    ]);
    expect(names(await list('?sort_key=display_name&sort_dir=desc'))).toEqual([
      'web-2',
      'web-1',
      'db-1',
    ]);
    const bad = await cloud.nova(student, 'GET', '/servers?sort_dir=up');
    expect(await json(bad)).toEqual(fault(400, "Unknown sort direction, must be 'desc' or 'asc'"));
    const badKey = await cloud.nova(student, 'GET', '/servers?sort_key=colour');
    expect((await json(badKey)).badRequest.message).toMatch(
      /^Invalid input for query parameters sort_key\. Value: colour\. 'colour' is not one of \[/,
    );
  });

  it('pages with limit and marker and links the next page', async () => {
    const first = await list('?limit=2&sort_key=display_name&sort_dir=asc');
    expect(names(first)).toEqual(['db-1', 'web-1']);
    expect(first.servers_links).toEqual([
      {
        rel: 'next',
        href: `${cloud.compute}/servers?limit=2&sort_dir=asc&sort_key=display_name&marker=${ids['web-1']}`,
      },
    ]);
    const next = await cloud.ok(
      student,
      'GET',
      first.servers_links[0].href.slice(cloud.compute.length),
    );
    expect(names(next)).toEqual(['web-2']);
    expect(next.servers_links).toBeUndefined();
    const detail = await list('/detail?limit=1');
    expect(detail.servers_links[0].href).toContain('/servers/detail?limit=1&marker=');
    const bad = await cloud.nova(student, 'GET', '/servers?marker=nope');
    expect(await json(bad)).toEqual(fault(400, 'marker [nope] not found'));
  });

  it('refuses unknown query parameters from 2.75 only', async () => {
    const res = await cloud.nova(student, 'GET', '/servers?colour=blue');
    expect(await json(res)).toEqual(
      fault(400, "Additional properties are not allowed ('colour' was unexpected)"),
    );
    expect(names(await list('?colour=blue', student, '2.74'))).toHaveLength(3);
  });
});
