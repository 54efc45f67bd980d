// The instance row's Attach / Detach Volume equivalents, run for real against the
// devcloud as demo: `server add/remove volume`, openstacksdk's
// create/delete_volume_attachment, and a Heat OS::Cinder::VolumeAttachment whose
// stack deletion detaches the volume. Only in `npm run test:real`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName,
  workspace,
  type Workspace,
} from '@/tests/real/clients';
import { attachVolumeEquivalents, detachVolumeEquivalents } from './volume-equivalents';

let demo: Workspace;
const name = uniqueName('srvvol');
let serverId = '';
let volumeId = '';

const cli = (script: string) => shell(demo, script);

async function volume(): Promise<{ status: string; attachments: { server_id: string }[] }> {
  return JSON.parse(
    await cli(`openstack volume show -f json -c status -c attachments ${volumeId}`),
  );
}

async function until(status: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const v = await volume();
    if (v.status === status) return v;
    if (Date.now() > deadline) throw new Error(`volume ${v.status}, wanted ${status}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

beforeAll(async () => {
  demo = await workspace('demo');
  serverId = (
    await cli(
      `openstack server create -f value -c id --flavor m1.tiny --image cirros-like --network private --wait ${name}`,
    )
  ).trim();
  volumeId = (await cli(`openstack volume create -f value -c id --size 1 ${name}`)).trim();
  await until('available');
}, 300_000);

afterAll(async () => {
  await cli(`openstack server delete --wait ${serverId} || true`);
  await until('available').catch(() => undefined);
  await cli(`openstack volume delete ${volumeId} || true`);
}, 300_000);

describe('Attach / Detach Volume equivalents (demo)', () => {
  it('the CLI attaches at the chosen device and detaches', async () => {
    await cli(attachVolumeEquivalents({ name, id: serverId }, volumeId, '/dev/vdc').cli);
    const attached = await until('in-use');
    expect(attached.attachments.map((a) => a.server_id)).toEqual([serverId]);
    await cli(detachVolumeEquivalents(name, volumeId).cli);
    await until('available');
  });

  it('the openstacksdk snippets attach and detach', async () => {
    await python(demo, attachVolumeEquivalents({ name, id: serverId }, name, '').sdk);
    expect((await until('in-use')).attachments.map((a) => a.server_id)).toEqual([serverId]);
    await python(demo, detachVolumeEquivalents(name, name).sdk);
    await until('available');
  });

  it('the Heat template attaches; deleting the stack detaches', async () => {
    const stack = `${name}-hot`;
    try {
      await stackCreate(
        demo,
        stack,
        attachVolumeEquivalents({ name, id: serverId }, volumeId, '').hot,
      );
      expect((await until('in-use')).attachments.map((a) => a.server_id)).toEqual([serverId]);
    } finally {
      await stackDelete(demo, stack);
    }
    await until('available');
  });
});
