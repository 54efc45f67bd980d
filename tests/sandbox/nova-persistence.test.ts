import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, login, start } from './helpers';

describe('Nova state in a state file', () => {
  it('keeps servers across a restart; a transition still finishes on time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-nova-'));
    const statePath = join(dir, 'state.json');
    try {
      const first = await start({ statePath, bootMs: 400 });
      const token = await login(first.authUrl, 'demo');
      const compute = first.endpoints.RegionOne?.compute ?? '';
      const glance = first.endpoints.RegionOne?.image ?? '';
      const images = await json(
        await fetch(`${glance}/v2/images?name=cirros-0.6.2-x86_64-disk`, {
          headers: { 'X-Auth-Token': token },
        }),
      );
      const res = await fetch(`${compute}/servers`, {
        method: 'POST',
        headers: {
          'X-Auth-Token': token,
          'Content-Type': 'application/json',
          'OpenStack-API-Version': 'compute 2.93',
        },
        body: JSON.stringify({
          server: { name: 'kept', imageRef: images.images[0].id, flavorRef: '1', networks: 'auto' },
        }),
      });
      const { server } = await json(res);
      await first.close();

      const second = await start({ statePath, bootMs: 400 });
      try {
        const again = second.endpoints.RegionOne?.compute ?? '';
        const show = async () =>
          (
            await json(
              await fetch(`${again}/servers/${server.id}`, { headers: { 'X-Auth-Token': token } }),
            )
          ).server;
        await new Promise((r) => setTimeout(r, 450));
        const shown = await show();
        expect(shown.status).toBe('ACTIVE');
        expect(shown.addresses.private[0].addr).toMatch(/^10\.0\.0\.\d+$/);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
