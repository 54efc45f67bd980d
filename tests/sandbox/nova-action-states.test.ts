import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Json } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

// Every action tried from every settled state: where nova/compute/api.py's
// check_instance_state does not list the vm_state, Nova answers 409 with
// "Cannot '<action>' instance <uuid> while it is in vm_state <state>".
// The allowed states below are written from Nova's decorators, not from the sandbox.

const ALLOWED: [name: string, body: (image: string) => Json, vmStates: string[]][] = [
  ['start', () => ({ 'os-start': null }), ['stopped']],
  ['stop', () => ({ 'os-stop': null }), ['active', 'error']],
  ['reboot', () => ({ reboot: { type: 'SOFT' } }), ['active']],
  [
    'reboot',
    () => ({ reboot: { type: 'HARD' } }),
    ['active', 'stopped', 'paused', 'suspended', 'error'],
  ],
  ['pause', () => ({ pause: null }), ['active']],
  ['unpause', () => ({ unpause: null }), ['paused']],
  ['suspend', () => ({ suspend: null }), ['active']],
  ['resume', () => ({ resume: null }), ['suspended']],
  ['shelve', () => ({ shelve: null }), ['active', 'stopped', 'paused', 'suspended']],
  ['shelveOffload', () => ({ shelveOffload: null }), ['shelved']],
  ['unshelve', () => ({ unshelve: null }), ['shelved', 'shelved_offloaded']],
  ['resize', () => ({ resize: { flavorRef: '2' } }), ['active', 'stopped']],
  ['confirmResize', () => ({ confirmResize: null }), ['resized']],
  ['revertResize', () => ({ revertResize: null }), ['resized']],
  ['rebuild', (image) => ({ rebuild: { imageRef: image } }), ['active', 'stopped', 'error']],
  ['rescue', () => ({ rescue: null }), ['active', 'stopped', 'error']],
  ['unrescue', () => ({ unrescue: null }), ['rescued']],
  [
    'createImage',
    () => ({ createImage: { name: 'refused' } }),
    ['active', 'stopped', 'paused', 'suspended'],
  ],
];

/** How to bring a fresh ACTIVE server into each state. */
const SETUP: Record<string, { actions: Json[]; status: string }> = {
  active: { actions: [], status: 'ACTIVE' },
  stopped: { actions: [{ 'os-stop': null }], status: 'SHUTOFF' },
  paused: { actions: [{ pause: null }], status: 'PAUSED' },
  suspended: { actions: [{ suspend: null }], status: 'SUSPENDED' },
  rescued: { actions: [{ rescue: null }], status: 'RESCUE' },
  resized: { actions: [{ resize: { flavorRef: '2' } }], status: 'VERIFY_RESIZE' },
  shelved_offloaded: { actions: [{ shelve: null }], status: 'SHELVED_OFFLOADED' },
};

let cloud: NovaCloud;
let image: string;
const servers: Record<string, string> = {};

beforeAll(async () => {
  cloud = await novaCloud();
  const project = await cloud.projectId('demo');
  await cloud.ok(cloud.admin, 'PUT', `/os-quota-sets/${project}`, { quota_set: { instances: 20 } });
  image = await cloud.imageId('cirros-0.6.2-x86_64-disk');
  await Promise.all(
    Object.entries(SETUP).map(async ([vmState, setup]) => {
      const server = await cloud.boot(cloud.demo, { name: `in-${vmState}`, networks: 'none' });
      for (const action of setup.actions) {
        await cloud.ok(cloud.demo, 'POST', `/servers/${server.id}/action`, action);
      }
      await cloud.waitForStatus(cloud.demo, server.id, setup.status);
      servers[vmState] = server.id;
    }),
  );
});
afterAll(() => cloud.sandbox.close());

describe('actions refused by vm_state', () => {
  for (const vmState of Object.keys(SETUP)) {
    it(`answers 409 for what ${vmState} does not allow`, async () => {
      const id = servers[vmState] ?? '';
      const shown = (await cloud.ok(cloud.demo, 'GET', `/servers/${id}`)).server;
      expect(shown['OS-EXT-STS:vm_state']).toBe(vmState);
      for (const [name, body, allowed] of ALLOWED) {
        if (allowed.includes(vmState)) continue;
        const res = await cloud.nova(cloud.demo, 'POST', `/servers/${id}/action`, body(image));
        expect({ action: body(image), status: res.status, body: await json(res) }).toEqual({
          action: body(image),
          status: 409,
          body: fault(409, `Cannot '${name}' instance ${id} while it is in vm_state ${vmState}`),
        });
      }
    });
  }

  it('checks the lock before the state, for members only', async () => {
    const id = servers.stopped ?? '';
    await cloud.ok(cloud.demo, 'POST', `/servers/${id}/action`, { lock: null });
    for (const [, body] of ALLOWED) {
      if (body(image).createImage) continue; // a snapshot does not check the lock
      const res = await cloud.nova(cloud.demo, 'POST', `/servers/${id}/action`, body(image));
      expect(await json(res)).toEqual(fault(409, `Instance ${id} is locked`));
    }
    const admin = await cloud.nova(cloud.admin, 'POST', `/servers/${id}/action`, { pause: null });
    expect(await json(admin)).toEqual(
      fault(409, `Cannot 'pause' instance ${id} while it is in vm_state stopped`),
    );
  });
});
