// The Instances panel's other calls against the target cloud (api-ref: compute
// v2.1 "Servers - run an action", "Port interfaces", "Server consoles",
// "Availability zones"; image v2 "Images"): suspend, rescue, resize, rebuild,
// shelve, createImage, interface attach/detach, the remote console, the zones
// and images by ids, with Nova's refusals in its own words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { bootArgs } from './boot-args';
import { apiFor, isSandbox, session, unique } from './context';
import { failure } from './failure';
import { settled, waitForServer } from './server-wait';

let api: Api;
let server: Server;
let imageRef: string;
const servers: string[] = [];
const images: string[] = [];

const waitFor = (id: string, done: (s: Server) => boolean, timeoutMs = 120_000) =>
  waitForServer(api, id, done, timeoutMs);

async function act(body: Parameters<Api['compute']['serverAction']>[1], status: string) {
  await api.compute.serverAction(server.id, body);
  return waitFor(server.id, settled(status));
}

beforeAll(async () => {
  api = await apiFor(await session());
  const args = await bootArgs(api);
  imageRef = args.imageRef;
  const { id } = await api.compute.createServer({ server: { name: unique('life'), ...args } });
  servers.push(id!);
  server = await waitFor(id!, settled('ACTIVE'));
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(servers.map((id) => api.compute.deleteServer(id)));
  await Promise.allSettled(images.map((id) => api.image.deleteImage(id)));
});

describe('server life cycle', () => {
  it("suspends and resumes; a second suspend is refused in Nova's words", async () => {
    expect((await act({ suspend: null }, 'SUSPENDED'))['OS-EXT-STS:vm_state']).toBe('suspended');
    const again = await failure(api.compute.serverAction(server.id, { suspend: null }));
    expect(again.status).toBe(409);
    expect(again.message).toBe(
      `Cannot 'suspend' instance ${server.id} while it is in vm_state suspended`,
    );
    await act({ resume: null }, 'ACTIVE');
  }, 240_000);

  it('rescues and unrescues', async () => {
    expect((await act({ rescue: {} }, 'RESCUE'))['OS-EXT-STS:vm_state']).toBe('rescued');
    await act({ unrescue: null }, 'ACTIVE');
  }, 240_000);

  it('refuses a resize to the same flavor, resizes to another and confirms', async () => {
    const flavors = (await api.compute.listFlavors()).items;
    const tiny = flavors.find((f) => f.name === server.flavor.original_name);
    const small = flavors.find((f) => f.name === 'm1.small');
    expect(tiny && small, 'the cloud has m1.tiny and m1.small').toBeTruthy();
    const same = await failure(
      api.compute.serverAction(server.id, { resize: { flavorRef: tiny!.id } }),
    );
    expect(same.status).toBe(400);
    expect(same.message).toBe('When resizing, instances must change flavor!');
    await act({ resize: { flavorRef: small!.id } }, 'VERIFY_RESIZE');
    const resized = await act({ confirmResize: null }, 'ACTIVE');
    expect(resized.flavor.original_name).toBe('m1.small');
  }, 300_000);

  it('rebuilds from its image', async () => {
    await api.compute.serverAction(server.id, { rebuild: { imageRef } });
    const rebuilt = await waitFor(server.id, settled('ACTIVE'));
    expect(rebuilt.image).toMatchObject({ id: imageRef });
    const actions = await api.compute.listInstanceActions(server.id);
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['suspend', 'resume', 'rescue', 'unrescue', 'resize', 'rebuild']),
    );
  }, 240_000);

  it('creates an image of the server that Glance lists by id', async () => {
    const name = unique('snap');
    const response = await api.compute.serverAction(server.id, { createImage: { name } });
    expect(response.status).toBe(202);
    // The devcloud's fake driver uploads no data: its snapshot stays queued.
    const wanted = isSandbox() ? 'active' : 'queued';
    const until = Date.now() + 120_000;
    let found: { id: string; status: string } | undefined;
    while (found?.status !== wanted) {
      found = (await api.image.listImages({ filters: { name } })).items[0];
      if (found && !images.includes(found.id)) images.push(found.id);
      if (Date.now() > until) throw new Error(`snapshot ${name} not ${wanted}: ${found?.status}`);
      if (found?.status !== wanted) await new Promise((r) => setTimeout(r, 1_000));
    }
    const byIds = await api.image.imagesByIds([found.id, imageRef]);
    expect(byIds.map((i) => i.id).sort()).toEqual([found.id, imageRef].sort());
    await waitFor(server.id, settled('ACTIVE'));

    await api.image.deleteImage(found.id);
    const again = await failure(api.image.deleteImage(found.id));
    expect(again.status).toBe(404);
    expect(again.message).toBe(`Failed to find image ${found.id} to delete`);
  }, 240_000);

  it("refuses to delete another project's public image, in Glance's words", async () => {
    const refused = await failure(api.image.deleteImage(imageRef));
    expect(refused.status).toBe(403);
    expect(refused.message).toBe('You do not own this image');
    expect((await api.image.getImage(imageRef)).status).toBe('active');
  });

  it('attaches an interface on the network and detaches it again', async () => {
    const before = await api.compute.listInterfaces(server.id);
    const netId = before[0]!.net_id;
    const added = await api.compute.attachInterface(server.id, { netId });
    expect(added.net_id).toBe(netId);
    expect(added.fixed_ips[0]?.ip_address).toMatch(/^10\.0\.0\./);
    await expect
      .poll(async () => (await api.compute.listInterfaces(server.id)).length, { timeout: 60_000 })
      .toBe(before.length + 1);
    await api.compute.detachInterface(server.id, added.port_id);
    await expect
      .poll(async () => (await api.compute.listInterfaces(server.id)).length, { timeout: 60_000 })
      .toBe(before.length);
  }, 180_000);

  it('gives a noVNC console URL while active, where the cloud runs a console proxy', async () => {
    if (!isSandbox()) {
      const refused = await failure(api.compute.getRemoteConsole(server.id));
      expect(refused.status).toBe(400);
      expect(refused.message).toBe('Unavailable console type novnc.');
      return;
    }
    const url = new URL(await api.compute.getRemoteConsole(server.id));
    expect(['http:', 'https:']).toContain(url.protocol);
    expect(url.search).toContain('token');
  });

  it("shelves and unshelves; unshelving an active server is refused in Nova's words", async () => {
    await api.compute.serverAction(server.id, { shelve: null });
    await waitFor(server.id, (s) => s.status.startsWith('SHELVED') && !s['OS-EXT-STS:task_state']);
    await act({ unshelve: null }, 'ACTIVE');
    const again = await failure(api.compute.serverAction(server.id, { unshelve: null }));
    expect(again.status).toBe(409);
    expect(again.message).toBe(
      `Cannot 'unshelve' instance ${server.id} while it is in vm_state active`,
    );
  }, 300_000);
});

describe('availability zones', () => {
  it('lists the compute zone "nova" as available', async () => {
    const zones = await api.compute.listAvailabilityZones();
    expect(zones).toContainEqual({ name: 'nova', available: true });
  });
});
