import { describe, expect, it } from 'vitest';
import { editSnapshotInput, updateMetadataInput, volumeFromSnapshotInput } from './snapshot-inputs';
import { recordChange } from './snapshot-row';
import {
  deleteSnapshotEquivalents,
  editSnapshotEquivalents,
  snapshotMetadataEquivalents,
} from './volume-snapshots-equivalents';

describe('volume snapshot equivalents', () => {
  it('edit, change metadata and delete', () => {
    expect(editSnapshotEquivalents('s', 'n', '').cli).toBe(
      "openstack volume snapshot set --name n --description '' s",
    );
    const meta = snapshotMetadataEquivalents('s', { a: '1', 'b c': 'x y' }, ['old']);
    expect(meta.cli).toBe(
      "openstack volume snapshot set --property a=1 --property 'b c=x y' s\nopenstack volume snapshot unset --property old s",
    );
    expect(meta.sdk).toContain(
      'conn.block_storage.set_snapshot_metadata("s", **{"a": "1", "b c": "x y"})',
    );
    expect(meta.sdk).toContain('conn.block_storage.delete_snapshot_metadata("s", keys=["old"])');
    expect(snapshotMetadataEquivalents('s', {}, []).cli).toBe('# Nothing to change.');
    expect(deleteSnapshotEquivalents(['a', 'b']).cli).toBe('openstack volume snapshot delete a b');
  });
});

describe('volume snapshot inputs', () => {
  const messages = (result: { error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((i) => i.message) ?? [];
  const volume = volumeFromSnapshotInput(2);
  const ok = { name: '', description: '', volume_type: '', availability_zone: '' };

  it("refuse a size below the snapshot's, zero, negative or not whole", () => {
    expect(messages(volume.safeParse({ ...ok, size: '1' }))).toEqual([
      "Size (GiB) must be at least 2, the snapshot's size.",
    ]);
    expect(messages(volume.safeParse({ ...ok, size: '0' }))).toEqual([
      "Size (GiB) must be at least 2, the snapshot's size.",
    ]);
    expect(messages(volume.safeParse({ ...ok, size: '-4' }))).toEqual([
      "Size (GiB) must be at least 2, the snapshot's size.",
    ]);
    expect(messages(volume.safeParse({ ...ok, size: '1.5' }))).toEqual([
      'Size (GiB) must be a whole number.',
    ]);
    expect(volume.parse({ ...ok, size: ' 5 ' }).size).toBe(5);
  });

  it('refuse long names and keep markup as text', () => {
    expect(
      messages(editSnapshotInput.safeParse({ name: 'x'.repeat(10_000), description: '' })),
    ).toEqual(['Snapshot Name must be 255 characters or fewer.']);
    expect(messages(editSnapshotInput.safeParse({ name: ' ', description: '' }))).toEqual([
      'Snapshot Name is required.',
    ]);
    expect(editSnapshotInput.parse({ name: '<b>x</b>', description: '' }).name).toBe('<b>x</b>');
  });

  it('metadata: an empty key is named, and the change is computed', () => {
    expect(messages(updateMetadataInput.safeParse({ metadata: '=v', current: '{}' }))).toEqual([
      'Line 1: write it as key=value.',
    ]);
    expect(recordChange({ a: '1', b: '2' }, { a: '1', c: '3' })).toEqual({
      set: { c: '3' },
      unset: ['b'],
    });
  });
});
