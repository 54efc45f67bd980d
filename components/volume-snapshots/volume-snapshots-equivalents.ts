// Project → Volumes → Snapshots: the equivalent commands. Checked for real against
// the devcloud by volume-snapshots-equivalents.real.ts.
import { SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

const NO_HOT_RESOURCE = [
  '# Heat has no resource for a volume snapshot of its own:',
  '# use the CLI or the SDK. A volume made from it is an OS::Cinder::Volume',
  '# with snapshot_id.',
].join('\n');

export function editSnapshotEquivalents(
  id: string,
  name: string,
  description: string,
): Equivalents {
  return {
    cli: `openstack volume snapshot set --name ${sh(name)} --description ${sh(description)} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.block_storage.update_snapshot(${py(id)}, name=${py(name)}, description=${py(description)})`,
    ].join('\n'),
    hot: NO_HOT_RESOURCE,
  };
}

export function snapshotMetadataEquivalents(
  id: string,
  set: Record<string, string>,
  unset: string[],
): Equivalents {
  const setEntries = Object.entries(set);
  const cli = [
    ...(setEntries.length
      ? [
          `openstack volume snapshot set ${setEntries.map(([k, v]) => `--property ${sh(`${k}=${v}`)}`).join(' ')} ${sh(id)}`,
        ]
      : []),
    ...(unset.length
      ? [
          `openstack volume snapshot unset ${unset.map((k) => `--property ${sh(k)}`).join(' ')} ${sh(id)}`,
        ]
      : []),
  ];
  const sdkSet = setEntries.length
    ? [
        `conn.block_storage.set_snapshot_metadata(${py(id)}, **{${setEntries.map(([k, v]) => `${py(k)}: ${py(v)}`).join(', ')}})`,
      ]
    : [];
  const sdkUnset = unset.length
    ? [`conn.block_storage.delete_snapshot_metadata(${py(id)}, keys=[${unset.map(py).join(', ')}])`]
    : [];
  return {
    cli: cli.length ? cli.join('\n') : '# Nothing to change.',
    sdk: [
      ...SDK_CONNECT_LINES,
      ...(sdkSet.length + sdkUnset.length ? [...sdkSet, ...sdkUnset] : ['# Nothing to change.']),
    ].join('\n'),
    hot: NO_HOT_RESOURCE,
  };
}

export function deleteSnapshotEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack volume snapshot delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.block_storage.delete_snapshot(${py(id)})`),
    ].join('\n'),
    hot: NO_HOT_RESOURCE,
  };
}
