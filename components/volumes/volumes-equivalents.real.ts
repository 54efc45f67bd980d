// The Volumes panel's equivalent commands, run for real against the devcloud as
// demo. Only in `npm run test:real` (tests/real/vitest.config.mts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVolumeEquivalents } from '@/lib/equivalents/cinder-volume';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName as unique,
  workspace,
  type Workspace,
  NO_SANDBOX_HEAT,
  skipOnSandbox,
} from '@/tests/real/clients';
import {
  acceptTransferEquivalents,
  createSnapshotEquivalents,
  createTransferEquivalents,
  deleteVolumeEquivalents,
  editVolumeEquivalents,
  volumeMetadataEquivalents,
} from './volumes-equivalents';

interface Shown {
  id: string;
  name: string;
  status: string;
  size: number;
  description: string | null;
  bootable: string;
  properties: Record<string, string>;
  snapshot_id: string | null;
}

let demo: Workspace;
const blank = {
  description: '',
  size: '1',
  source: 'blank' as const,
  sourceId: '',
  type: '',
  availabilityZone: '',
};

async function show(name: string): Promise<Shown> {
  return JSON.parse(await shell(demo, `openstack volume show -f json ${name}`)) as Shown;
}

async function waitFor(name: string, status: string): Promise<Shown> {
  for (let i = 0; i < 120; i++) {
    const v = await show(name);
    if (v.status === status) return v;
    if (v.status.startsWith('error')) throw new Error(`${name} is ${v.status}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${name} never became ${status}`);
}

beforeAll(async () => {
  demo = await workspace('demo');
});

async function eqRows(what: 'volume' | 'volume snapshot'): Promise<{ ID: string }[]> {
  const rows = JSON.parse(await shell(demo, `openstack ${what} list -f json`)) as {
    ID: string;
    Name: string;
  }[];
  // Only this file's: other panels' real tests run at the same time.
  return rows.filter((x) => x.Name.startsWith('eq-vol-'));
}

afterAll(async () => {
  // A volume with snapshots cannot go: its snapshots first, until Cinder has removed them.
  for (const s of await eqRows('volume snapshot'))
    await shell(demo, `openstack volume snapshot delete ${s.ID} || true`);
  for (let i = 0; i < 60 && (await eqRows('volume snapshot')).length > 0; i++)
    await new Promise((r) => setTimeout(r, 1_000));
  for (const v of await eqRows('volume'))
    await shell(demo, `openstack volume delete ${v.ID} || true`);
}, 180_000);

describe('Create Volume equivalents (demo)', () => {
  it('the CLI makes a blank volume, the SDK one from its snapshot; Edit and Metadata change them', async () => {
    const name = unique('vol-cli');
    await shell(demo, createVolumeEquivalents({ ...blank, name, description: 'from <cli>' }).cli);
    const made = await waitFor(name, 'available');
    expect(made).toMatchObject({ size: 1, description: 'from <cli>' });

    const edited = unique('vol-edited');
    await shell(
      demo,
      editVolumeEquivalents(made.id, { name: edited, description: 'd', bootable: true }).cli,
    );
    expect(await show(made.id)).toMatchObject({ name: edited, description: 'd', bootable: 'true' });

    await shell(demo, volumeMetadataEquivalents(made.id, { purpose: 'lab work' }, []).cli);
    expect((await show(made.id)).properties).toMatchObject({ purpose: 'lab work' });
    await shell(demo, volumeMetadataEquivalents(made.id, {}, ['purpose']).cli);
    expect((await show(made.id)).properties).toEqual({});

    const snap = unique('vol-snap');
    await python(
      demo,
      createSnapshotEquivalents(made.id, { name: snap, description: '', force: false }).sdk,
    );
    const snapId = JSON.parse(await shell(demo, `openstack volume snapshot show -f json ${snap}`))
      .id as string;
    for (let i = 0; i < 60; i++) {
      const s = JSON.parse(await shell(demo, `openstack volume snapshot show -f json ${snapId}`));
      if (s.status === 'available') break;
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const copy = unique('vol-copy');
    await python(
      demo,
      createVolumeEquivalents({ ...blank, name: copy, source: 'snapshot', sourceId: snapId }).sdk,
    );
    expect(await waitFor(copy, 'available')).toMatchObject({ snapshot_id: snapId, size: 1 });

    await shell(demo, deleteVolumeEquivalents([copy]).cli);
  });

  it('the HOT template makes an OS::Cinder::Volume', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('vol-hot');
    const stack = unique('vol-stack');
    try {
      await stackCreate(
        demo,
        stack,
        createVolumeEquivalents({ ...blank, name, description: 'hot' }).hot,
      );
      expect(await waitFor(name, 'available')).toMatchObject({ size: 1, description: 'hot' });
    } finally {
      await stackDelete(demo, stack);
    }
  });

  it('a transfer made with the SDK is accepted with the CLI in another project (admin)', async () => {
    const admin = await workspace('admin');
    const name = unique('vol-transfer');
    await shell(demo, createVolumeEquivalents({ ...blank, name }).cli);
    const made = await waitFor(name, 'available');
    const printed = await python(demo, createTransferEquivalents(made.id, name).sdk);
    const [transferId, authKey] = printed.trim().split(' ');
    expect(transferId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await show(made.id)).status).toBe('awaiting-transfer');
    await shell(admin, acceptTransferEquivalents(transferId!, authKey!).cli);
    const moved = JSON.parse(
      await shell(admin, `openstack volume show -f json ${made.id}`),
    ) as Shown;
    expect(moved.name).toBe(name);
    await shell(admin, `openstack volume delete ${made.id}`);
  });
});
