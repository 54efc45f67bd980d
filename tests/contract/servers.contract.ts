// Nova server calls (lib/openstack/compute/servers.ts) against the target cloud:
// boot on the project's network, every state change the panel offers, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { bootArgs } from './boot-args';
import { apiFor, session, unique } from './context';
import { failure } from './failure';
import { settled, waitForServer } from './server-wait';

let api: Api;
let server: Server;
const created: string[] = [];

const waitFor = (id: string, done: (s: Server) => boolean, timeoutMs?: number) =>
  waitForServer(api, id, done, timeoutMs);

beforeAll(async () => {
  api = await apiFor(await session());
  const name = unique('vm');
  const { id } = await api.compute.createServer({
    server: { name, ...(await bootArgs(api)), metadata: { course: 'xena' } },
  });
  created.push(id!);
  server = await waitFor(id!, settled('ACTIVE'));
}, 150_000);

afterAll(async () => {
  await Promise.allSettled(created.map((id) => api.compute.deleteServer(id)));
});

describe('compute servers', () => {
  it('boots to ACTIVE with an address on the project network and the flavor embedded', () => {
    expect(server.status).toBe('ACTIVE');
    expect(server['OS-EXT-STS:vm_state']).toBe('active');
    expect(server['OS-EXT-STS:power_state']).toBe(1);
    expect(server.flavor.original_name).toBe('m1.tiny');
    expect(server.flavor.vcpus).toBe(1);
    const addresses = Object.values(server.addresses).flat();
    expect(addresses[0]?.addr).toMatch(/^10\.0\.0\.\d+$/);
    expect(server.metadata).toEqual({ course: 'xena' });
  });

  it('lists servers with the API filters and pages with limit/marker', async () => {
    const byName = await api.compute.listServers({ filters: { name: server.name } });
    expect(byName.items.map((s) => s.id)).toEqual([server.id]);
    const active = await api.compute.listServers({ filters: { status: 'ACTIVE' } });
    expect(active.items.some((s) => s.id === server.id)).toBe(true);
    const page = await api.compute.listServers({ limit: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('stops, starts, reboots, pauses and locks as asked', async () => {
    await api.compute.serverAction(server.id, { 'os-stop': null });
    expect((await waitFor(server.id, settled('SHUTOFF')))['OS-EXT-STS:power_state']).toBe(4);
    await api.compute.serverAction(server.id, { 'os-start': null });
    await waitFor(server.id, settled('ACTIVE'));
    await api.compute.serverAction(server.id, { reboot: { type: 'SOFT' } });
    await waitFor(server.id, settled('ACTIVE'));
    await api.compute.serverAction(server.id, { pause: null });
    await waitFor(server.id, settled('PAUSED'));
    await api.compute.serverAction(server.id, { unpause: null });
    await waitFor(server.id, settled('ACTIVE'));
    await api.compute.serverAction(server.id, { lock: { locked_reason: 'exam in progress' } });
    const locked = await api.compute.getServer(server.id);
    expect(locked.locked).toBe(true);
    expect(locked.locked_reason).toBe('exam in progress');
    await api.compute.serverAction(server.id, { unlock: null });
  }, 180_000);

  it("refuses an action the state forbids, with Nova's 409 text", async () => {
    const error = await failure(api.compute.serverAction(server.id, { unpause: null }));
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      `Cannot 'unpause' instance ${server.id} while it is in vm_state active`,
    );
  });

  it('renames, sets metadata, and reads the log, the interfaces and the action log', async () => {
    const renamed = await api.compute.updateServer(server.id, {
      name: `${server.name}-r`,
      description: 'lab 1',
    });
    expect(renamed.name).toBe(`${server.name}-r`);
    expect(renamed.description).toBe('lab 1');
    expect(await api.compute.replaceServerMetadata(server.id, { role: 'web' })).toEqual({
      role: 'web',
    });
    expect(typeof (await api.compute.getConsoleOutput(server.id, 10))).toBe('string');
    const interfaces = await api.compute.listInterfaces(server.id);
    expect(interfaces[0]?.fixed_ips[0]?.ip_address).toMatch(/^10\.0\.0\./);
    const actions = await api.compute.listInstanceActions(server.id);
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['create', 'stop', 'start', 'reboot']),
    );
  });

  it('answers 404 for a server that does not exist', async () => {
    const error = await failure(api.compute.getServer('00000000-0000-0000-0000-000000000000'));
    expect(error.status).toBe(404);
    expect(error.message).toBe('Instance 00000000-0000-0000-0000-000000000000 could not be found.');
  });

  it('deletes the server', async () => {
    await api.compute.deleteServer(server.id);
    const until = Date.now() + 60_000;
    let status: number | undefined;
    while (status !== 404 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await failure(api.compute.getServer(server.id)).catch(() => undefined))?.status;
    }
    expect(status).toBe(404);
  }, 90_000);
});
