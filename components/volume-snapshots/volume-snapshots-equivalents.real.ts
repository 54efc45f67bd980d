// The Snapshots panel's equivalent commands, run for real against the devcloud as
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
  sandboxLacks,
} from '@/tests/real/clients';
import {
  deleteSnapshotEquivalents,
  editSnapshotEquivalents,
  snapshotMetadataEquivalents,
} from './volume-snapshots-equivalents';

let demo: Workspace;
let volumeId = '';
const snapshots: string[] = [];

/** Polls until `openstack volume [snapshot] show` says `wanted`, or the resource is gone. */
async function waitFor(what: 'volume' | 'volume snapshot', id: string, wanted: string) {
  await shell(
    demo,
    `for i in $(seq 120); do s=$(openstack ${what} show -f value -c status ${id} 2>/dev/null || echo gone); [ "$s" = ${wanted} ] && exit 0; sleep 0.5; done; echo "${id} is $s" >&2; exit 1`,
  );
}

async function newSnapshot(): Promise<string> {
  const id = (
    await shell(
      demo,
      `openstack volume snapshot create --volume ${volumeId} ${unique('snap')} -f value -c id`,
    )
  ).trim();
  snapshots.push(id);
  await waitFor('volume snapshot', id, 'available');
  return id;
}

async function showVolume(id: string) {
  return JSON.parse(await shell(demo, `openstack volume show -f json ${id}`)) as {
    name: string;
    size: number;
    snapshot_id: string;
  };
}

async function deleteVolume(id: string) {
  await shell(demo, `openstack volume delete ${id}`);
  await waitFor('volume', id, 'gone');
}

beforeAll(async () => {
  demo = await workspace('demo');
  volumeId = (
    await shell(demo, `openstack volume create --size 1 ${unique('snapsrc')} -f value -c id`)
  ).trim();
  await waitFor('volume', volumeId, 'available');
}, 180_000);

afterAll(async () => {
  for (const id of snapshots) {
    await shell(demo, `openstack volume snapshot delete ${id} 2>/dev/null || true`);
    await waitFor('volume snapshot', id, 'gone');
  }
  if (volumeId) await deleteVolume(volumeId);
}, 180_000);

describe('Snapshots equivalents (demo)', () => {
  it('Create Volume: the CLI, the SDK and Heat make a volume from the snapshot', async () => {
    const snapshot = await newSnapshot();
    const base = {
      source: 'snapshot' as const,
      sourceId: snapshot,
      description: 'copy',
      size: '2',
      type: '',
      availabilityZone: '',
    };

    const cliName = unique('cli');
    await shell(demo, createVolumeEquivalents({ ...base, name: cliName }).cli);
    const cliId = (await shell(demo, `openstack volume show -f value -c id ${cliName}`)).trim();
    await waitFor('volume', cliId, 'available');
    expect(await showVolume(cliId)).toMatchObject({
      name: cliName,
      size: 2,
      snapshot_id: snapshot,
    });
    await deleteVolume(cliId);

    const sdkName = unique('sdk');
    const sdkId = (
      await python(demo, createVolumeEquivalents({ ...base, name: sdkName }).sdk)
    ).trim();
    await waitFor('volume', sdkId, 'available');
    expect(await showVolume(sdkId)).toMatchObject({
      name: sdkName,
      size: 2,
      snapshot_id: snapshot,
    });
    await deleteVolume(sdkId);

    if (sandboxLacks(NO_SANDBOX_HEAT)) return;
    const hotName = unique('hot');
    const stack = `${hotName}-stack`;
    try {
      await stackCreate(demo, stack, createVolumeEquivalents({ ...base, name: hotName }).hot);
      const hotId = (await shell(demo, `openstack volume show -f value -c id ${hotName}`)).trim();
      expect(await showVolume(hotId)).toMatchObject({ size: 2, snapshot_id: snapshot });
    } finally {
      await stackDelete(demo, stack);
    }
  });

  it('Edit Snapshot and Update Metadata: the CLI and the SDK change it', async () => {
    const snapshot = await newSnapshot();
    const show = async () =>
      JSON.parse(await shell(demo, `openstack volume snapshot show -f json ${snapshot}`)) as {
        name: string;
        description: string;
      };
    const renamed = unique('renamed');
    await shell(demo, editSnapshotEquivalents(snapshot, renamed, 'by the cli').cli);
    expect(await show()).toMatchObject({ name: renamed, description: 'by the cli' });
    await python(demo, editSnapshotEquivalents(snapshot, `${renamed}-sdk`, 'by the sdk').sdk);
    expect(await show()).toMatchObject({ name: `${renamed}-sdk`, description: 'by the sdk' });

    const metadata = async () =>
      JSON.parse(
        await python(
          demo,
          [
            'import json, openstack',
            'conn = openstack.connect(cloud="openstack")',
            `print(json.dumps(conn.block_storage.get_snapshot("${snapshot}").metadata))`,
          ].join('\n'),
        ),
      ) as Record<string, string>;
    await shell(demo, snapshotMetadataEquivalents(snapshot, { a: '1', 'b c': 'x y' }, []).cli);
    expect(await metadata()).toEqual({ a: '1', 'b c': 'x y' });
    await shell(demo, snapshotMetadataEquivalents(snapshot, { a: '2' }, ['b c']).cli);
    expect(await metadata()).toEqual({ a: '2' });
    await python(demo, snapshotMetadataEquivalents(snapshot, { k: 'v' }, ['a']).sdk);
    expect(await metadata()).toEqual({ k: 'v' });
  });

  it('Delete Volume Snapshot: the CLI and the SDK delete them', async () => {
    const first = await newSnapshot();
    const second = await newSnapshot();
    await shell(demo, deleteSnapshotEquivalents([first]).cli);
    await python(demo, deleteSnapshotEquivalents([second]).sdk);
    await waitFor('volume snapshot', first, 'gone');
    await waitFor('volume snapshot', second, 'gone');
    const left = await shell(demo, `openstack volume snapshot list -f value -c ID`);
    expect(left).not.toContain(first);
    expect(left).not.toContain(second);
  });
});
