import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Json } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

let cloud: NovaCloud;

// Slow enough that a request right after an action still sees its task state.
beforeAll(async () => {
  cloud = await novaCloud({ bootMs: 600 });
});
afterAll(() => cloud.sandbox.close());

const act = (id: string, body: unknown, version = '2.93', token = cloud.demo) =>
  cloud.nova(token, 'POST', `/servers/${id}/action`, body, version);

async function expectConflict(id: string, body: unknown, message: string, token = cloud.demo) {
  const res = await act(id, body, '2.93', token);
  expect({ status: res.status, body: await json(res) }).toEqual({
    status: 409,
    body: fault(409, message),
  });
}

describe('server actions move through Nova states', () => {
  let id: string;
  beforeAll(async () => {
    id = (await cloud.boot(cloud.demo, { name: 'actor' })).id;
  });
  const settle = (status: string) => cloud.waitForStatus(cloud.demo, id, status);

  it('stops, starts and reboots', async () => {
    expect((await act(id, { 'os-stop': null })).status).toBe(202);
    const stopping = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server;
    expect(stopping['OS-EXT-STS:task_state']).toBe('powering-off');
    expect((await settle('SHUTOFF'))['OS-EXT-STS:power_state']).toBe(4);
    await expectConflict(
      id,
      { 'os-stop': null },
      `Cannot 'stop' instance ${id} while it is in vm_state stopped`,
    );
    await expectConflict(
      id,
      { reboot: { type: 'SOFT' } },
      `Cannot 'reboot' instance ${id} while it is in vm_state stopped`,
    );
    expect((await act(id, { 'os-start': null })).status).toBe(202);
    await settle('ACTIVE');
    expect((await act(id, { reboot: { type: 'SOFT' } })).status).toBe(202);
    expect((await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server.status).toBe('REBOOT');
    await settle('ACTIVE');
    expect((await act(id, { reboot: { type: 'HARD' } })).status).toBe(202);
    expect((await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server.status).toBe('HARD_REBOOT');
    await settle('ACTIVE');
    const bad = await json(await act(id, { reboot: { type: 'gentle' } }));
    expect(bad.badRequest.message).toBe(
      "Invalid input for field/attribute type. Value: gentle. 'gentle' is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']",
    );
  });

  it('pauses, suspends and refuses what the state forbids', async () => {
    expect((await act(id, { pause: null })).status).toBe(202);
    expect((await settle('PAUSED'))['OS-EXT-STS:power_state']).toBe(3);
    await expectConflict(
      id,
      { suspend: null },
      `Cannot 'suspend' instance ${id} while it is in vm_state paused`,
    );
    expect((await act(id, { unpause: null })).status).toBe(202);
    await settle('ACTIVE');
    expect((await act(id, { suspend: null })).status).toBe(202);
    await settle('SUSPENDED');
    await expectConflict(
      id,
      { pause: null },
      `Cannot 'pause' instance ${id} while it is in vm_state suspended`,
    );
    await expectConflict(
      id,
      { unpause: null },
      `Cannot 'unpause' instance ${id} while it is in vm_state suspended`,
    );
    expect((await act(id, { resume: null })).status).toBe(202);
    await settle('ACTIVE');
    for (const [action, name] of [
      ['os-start', 'start'],
      ['resume', 'resume'],
      ['unrescue', 'unrescue'],
      ['confirmResize', 'confirmResize'],
      ['revertResize', 'revertResize'],
      ['unshelve', 'unshelve'],
      ['shelveOffload', 'shelveOffload'],
    ]) {
      await expectConflict(
        id,
        { [action as string]: null },
        `Cannot '${name}' instance ${id} while it is in vm_state active`,
      );
    }
  });

  it('locks with a reason (2.73); the owner is refused, an admin is not', async () => {
    expect((await act(id, { lock: { locked_reason: 'exam in progress' } })).status).toBe(202);
    const locked = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server;
    expect(locked).toMatchObject({ locked: true, locked_reason: 'exam in progress' });
    await expectConflict(id, { 'os-stop': null }, `Instance ${id} is locked`);
    expect((await cloud.nova(cloud.demo, 'DELETE', `/servers/${id}`)).status).toBe(409);
    const old = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`, undefined, '2.72')).server;
    expect(old.locked).toBe(true);
    expect(old.locked_reason).toBeUndefined();
    expect((await act(id, { unlock: null })).status).toBe(202);
    expect((await act(id, { lock: null }, '2.93', cloud.admin)).status).toBe(202);
    const refused = await act(id, { unlock: null });
    expect({ status: refused.status, body: await json(refused) }).toEqual({
      status: 403,
      body: fault(
        403,
        "Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.",
      ),
    });
    expect((await act(id, { unlock: null }, '2.93', cloud.admin)).status).toBe(202);
  });

  it('rescues with a password, then unrescues', async () => {
    const res = await act(id, { rescue: { adminPass: 'letmein' } });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ adminPass: 'letmein' });
    await settle('RESCUE');
    await expectConflict(
      id,
      { rescue: null },
      `Cannot 'rescue' instance ${id} while it is in vm_state rescued`,
    );
    expect((await act(id, { unrescue: null })).status).toBe(202);
    await settle('ACTIVE');
  });

  it('resizes to VERIFY_RESIZE, reverts, resizes again and confirms', async () => {
    expect((await act(id, { resize: { flavorRef: '2' } })).status).toBe(202);
    expect((await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server.status).toBe('RESIZE');
    const verify = await settle('VERIFY_RESIZE');
    expect(verify.flavor.original_name).toBe('m1.small');
    expect((await act(id, { revertResize: null })).status).toBe(202);
    expect((await settle('ACTIVE')).flavor.original_name).toBe('m1.tiny');
    expect((await json(await act(id, { resize: { flavorRef: '1' } }))).badRequest.message).toBe(
      'When resizing, instances must change flavor!',
    );
    expect((await json(await act(id, { resize: { flavorRef: '42' } }))).badRequest.message).toBe(
      'Flavor 42 could not be found.',
    );
    expect((await act(id, { resize: { flavorRef: '2' } })).status).toBe(202);
    await settle('VERIFY_RESIZE');
    expect((await act(id, { confirmResize: null })).status).toBe(204);
    expect((await settle('ACTIVE')).flavor.original_name).toBe('m1.small');
  });

  it('rebuilds with a new name and answers with the server and a password', async () => {
    const image = await cloud.imageId('cirros-like');
    const res = await act(id, { rebuild: { imageRef: image, name: 'rebuilt' } });
    expect(res.status).toBe(202);
    const { server } = await json(res);
    expect(server).toMatchObject({ name: 'rebuilt', status: 'REBUILD', image: { id: image } });
    expect(server.adminPass).toMatch(/^[A-Za-z0-9]{12}$/);
    await settle('ACTIVE');
  });

  it('snapshots: image_id in the body from 2.45, a Location header before', async () => {
    const res = await act(id, { createImage: { name: 'snap-1', metadata: { purpose: 'test' } } });
    expect(res.status).toBe(202);
    const { image_id: imageId } = await json(res);
    expect(imageId).toMatch(/^[0-9a-f-]{36}$/);
    const during = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server;
    expect(during).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'image_snapshot' });
    await settle('ACTIVE');
    const glance = cloud.sandbox.endpoints.RegionOne?.image ?? '';
    const image = await json(
      await fetch(`${glance}/v2/images/${imageId}`, { headers: { 'X-Auth-Token': cloud.demo } }),
    );
    expect(image).toMatchObject({
      name: 'snap-1',
      instance_uuid: id,
      image_type: 'snapshot',
      purpose: 'test',
    });
    const old = await act(id, { createImage: { name: 'snap-2' } }, '2.44');
    expect(old.status).toBe(202);
    expect(old.headers.get('location')).toMatch(new RegExp(`^${glance}/images/[0-9a-f-]{36}$`));
    await settle('ACTIVE');
  });

  it('shelves to SHELVED then SHELVED_OFFLOADED, and unshelves', async () => {
    expect((await act(id, { shelve: null })).status).toBe(202);
    const seen = new Set<string>();
    const offloaded = await cloud.waitFor(cloud.demo, id, (s) => {
      seen.add(s.status);
      return s.status === 'SHELVED_OFFLOADED';
    });
    expect(offloaded['OS-EXT-STS:power_state']).toBe(4);
    expect([...seen].some((s) => s === 'SHELVED' || s === 'ACTIVE')).toBe(true);
    const admin = (await cloud.ok(cloud.admin, 'GET', `/servers/${id}`)).server;
    expect(admin['OS-EXT-SRV-ATTR:host']).toBeNull();
    const glance = cloud.sandbox.endpoints.RegionOne?.image ?? '';
    const images = async () =>
      (
        await json(
          await fetch(`${glance}/v2/images?name=rebuilt-shelved`, {
            headers: { 'X-Auth-Token': cloud.demo },
          }),
        )
      ).images as Json[];
    expect((await images()).map((i) => i.status)).toEqual(['active']);
    expect((await act(id, { unshelve: null })).status).toBe(202);
    await settle('ACTIVE');
    expect(await images()).toEqual([]);
  });

  it('answers 400 for unknown actions and bodies', async () => {
    expect(await json(await act(id, { bogus: null }))).toEqual(
      fault(400, 'There is no such action: bogus'),
    );
    expect(await json(await act(id, {}))).toEqual(fault(400, 'Malformed request body'));
  });
});

describe('refusals while a transition runs', () => {
  let slow: NovaCloud;
  beforeAll(async () => {
    slow = await novaCloud({ bootMs: 1000 });
  });
  afterAll(() => slow.sandbox.close());

  it('names the vm_state while building and the task_state while busy', async () => {
    const image = await slow.imageId('cirros-0.6.2-x86_64-disk');
    const created = await slow.ok(slow.demo, 'POST', '/servers', {
      server: { name: 'slow', imageRef: image, flavorRef: '1', networks: 'none' },
    });
    const id = created.server.id as string;
    const pause = await slow.nova(slow.demo, 'POST', `/servers/${id}/action`, { pause: null });
    expect(await json(pause)).toEqual(
      fault(409, `Cannot 'pause' instance ${id} while it is in vm_state building`),
    );
    const meta = await slow.nova(slow.demo, 'PUT', `/servers/${id}/metadata/k`, {
      meta: { k: 'v' },
    });
    expect(await json(meta)).toEqual(
      fault(409, `Cannot 'update metadata' instance ${id} while it is in vm_state building`),
    );
    await slow.waitForStatus(slow.demo, id, 'ACTIVE');
    await slow.ok(slow.demo, 'POST', `/servers/${id}/action`, { 'os-stop': null });
    const busy = await slow.nova(slow.demo, 'POST', `/servers/${id}/action`, { pause: null });
    expect(await json(busy)).toEqual(
      fault(409, `Cannot 'pause' instance ${id} while it is in task_state powering-off`),
    );
    const hard = await slow.nova(slow.demo, 'POST', `/servers/${id}/action`, {
      reboot: { type: 'HARD' },
    });
    expect(await json(hard)).toEqual(
      fault(409, `Cannot 'reboot' instance ${id} while it is in task_state powering-off`),
    );
    expect((await slow.nova(slow.demo, 'DELETE', `/servers/${id}`)).status).toBe(204);
  });
});

describe('consoles', () => {
  let server: Json;
  beforeAll(async () => {
    server = await cloud.boot(cloud.demo, { name: 'Console Box' });
  });

  it('returns the tail of a cirros boot log', async () => {
    const res = await act(server.id, { 'os-getConsoleOutput': { length: 3 } }, '2.1');
    expect(res.status).toBe(200);
    const lines = (await json(res)).output.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toBe('console-box login: ');
    const full = (await json(await act(server.id, { 'os-getConsoleOutput': {} }))).output;
    expect(full).toContain(`successful after 1/20 tries: up 3.42. iid=${server.id}`);
    expect(full).toContain(server.addresses.private[0].addr);
    await cloud.ok(cloud.demo, 'POST', `/servers/${server.id}/action`, {
      reboot: { type: 'SOFT' },
    });
    await cloud.waitForStatus(cloud.demo, server.id, 'ACTIVE');
    const after = (await json(await act(server.id, { 'os-getConsoleOutput': {} }))).output;
    expect(after.split('reboot: Restarting system')).toHaveLength(2);
    expect(after.endsWith('console-box login: ')).toBe(true);
  });

  it('gives a noVNC URL the sandbox serves (remote-consoles from 2.6, the action before)', async () => {
    const res = await cloud.nova(cloud.demo, 'POST', `/servers/${server.id}/remote-consoles`, {
      remote_console: { protocol: 'vnc', type: 'novnc' },
    });
    expect(res.status).toBe(200);
    const { remote_console: rc } = await json(res);
    expect(rc).toMatchObject({ protocol: 'vnc', type: 'novnc' });
    expect(rc.url).toMatch(/\/vnc_lite\.html\?path=%3Ftoken%3D[0-9a-f-]{36}$/);
    const page = await fetch(rc.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('console-box login: ');
    const spice = await cloud.nova(cloud.demo, 'POST', `/servers/${server.id}/remote-consoles`, {
      remote_console: { protocol: 'spice', type: 'spice-html5' },
    });
    expect(await json(spice)).toEqual(fault(400, 'Unavailable console type spice-html5.'));
    const legacy = await act(server.id, { 'os-getVNCConsole': { type: 'novnc' } }, '2.5');
    expect((await json(legacy)).console.url).toMatch(/vnc_lite\.html/);
    expect((await act(server.id, { 'os-getVNCConsole': { type: 'novnc' } }, '2.6')).status).toBe(
      404,
    );
    expect((await fetch(rc.url.replace(/token%3D.*/, 'token%3Dnope'))).status).toBe(401);
  });
});

describe('security groups and the action log', () => {
  it('adds and removes a group on the server ports', async () => {
    const server = await cloud.boot(cloud.demo, { name: 'guarded' });
    expect(server.security_groups).toEqual([{ name: 'default' }]);
    const missing = await act(server.id, { addSecurityGroup: { name: 'nope' } });
    expect(missing.status).toBe(404);
    expect((await json(missing)).itemNotFound.message).toMatch(
      /^Security group nope is not found for project [0-9a-f]+$/,
    );
    expect(await json(await act(server.id, { addSecurityGroup: null }))).toEqual(
      fault(400, 'Missing parameter dict'),
    );
    expect((await act(server.id, { removeSecurityGroup: { name: 'default' } })).status).toBe(202);
    const after = (await cloud.ok(cloud.demo, 'GET', `/servers/${server.id}`)).server;
    expect(after.security_groups).toBeUndefined();
    expect((await act(server.id, { addSecurityGroup: { name: 'default' } })).status).toBe(202);
    const again = (await cloud.ok(cloud.demo, 'GET', `/servers/${server.id}`)).server;
    expect(again.security_groups).toEqual([{ name: 'default' }]);
  });
});
