// Project → Volumes → Volumes: the equivalent commands (OpenStack CLI, openstacksdk,
// Heat). Checked for real against the devcloud by volumes-equivalents.real.ts.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

function hotNote(lines: string[]): string {
  return lines.map((l) => `# ${l}`).join('\n');
}

export function editVolumeEquivalents(
  id: string,
  v: { name: string; description: string; bootable: boolean },
): Equivalents {
  return {
    cli: `openstack volume set --name ${sh(v.name)} --description ${sh(v.description)} ${v.bootable ? '--bootable' : '--non-bootable'} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.block_storage.update_volume(${py(id)}, name=${py(v.name)}, description=${py(v.description)})`,
      `conn.block_storage.set_volume_bootable_status(${py(id)}, ${v.bootable ? 'True' : 'False'})`,
    ].join('\n'),
    hot: hotNote([
      'In the stack that made the volume, change the properties of its',
      'OS::Cinder::Volume and update the stack:',
      `#   name: ${yaml(v.name)}`,
      `#   description: ${yaml(v.description)}`,
      'Heat has no bootable property: use the CLI or the SDK for it.',
    ]),
  };
}

export function extendVolumeEquivalents(id: string, size: string): Equivalents {
  const n = /^\d+$/.test(size) ? size : '<new size>';
  return {
    cli: `openstack volume set --size ${n} ${sh(id)}`,
    sdk: [...SDK_CONNECT_LINES, `conn.block_storage.extend_volume(${py(id)}, ${n})`].join('\n'),
    hot: hotNote([
      'In the stack that made the volume, raise the size of its',
      `OS::Cinder::Volume to ${n} and update the stack: Heat extends it.`,
    ]),
  };
}

export function attachVolumeEquivalents(
  volumeId: string,
  serverId: string,
  device: string,
): Equivalents {
  return {
    cli: `openstack server add volume ${device ? `--device ${sh(device)} ` : ''}${sh(serverId)} ${sh(volumeId)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.compute.create_volume_attachment(${py(serverId)}, volume_id=${py(volumeId)}${device ? `, device=${py(device)}` : ''})`,
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      '  attachment:',
      '    type: OS::Cinder::VolumeAttachment',
      '    properties:',
      `      instance_uuid: ${yaml(serverId)}`,
      `      volume_id: ${yaml(volumeId)}`,
      ...(device ? [`      mountpoint: ${yaml(device)}`] : []),
    ].join('\n'),
  };
}

export function detachVolumeEquivalents(volumeId: string, serverId: string): Equivalents {
  return {
    cli: `openstack server remove volume ${sh(serverId)} ${sh(volumeId)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      '# Nova names an attachment by its volume ID.',
      `conn.compute.delete_volume_attachment(${py(volumeId)}, ${py(serverId)})`,
    ].join('\n'),
    hot: hotNote([
      'Remove the OS::Cinder::VolumeAttachment resource from the template',
      'and update the stack: Heat detaches the volume.',
    ]),
  };
}

export function createSnapshotEquivalents(
  volumeId: string,
  v: { name: string; description: string; force: boolean },
): Equivalents {
  const name = v.name || '<snapshot name>';
  return {
    cli: `openstack volume snapshot create --volume ${sh(volumeId)}${v.force ? ' --force' : ''}${v.description ? ` --description ${sh(v.description)}` : ''} ${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'snapshot = conn.block_storage.create_snapshot(',
      `    volume_id=${py(volumeId)},`,
      `    name=${py(name)},`,
      ...(v.description ? [`    description=${py(v.description)},`] : []),
      ...(v.force ? ['    is_forced=True,'] : []),
      ')',
      'print(snapshot.id)',
    ].join('\n'),
    hot: hotNote([
      'Heat has no volume snapshot resource; `openstack stack snapshot create`',
      'snapshots every volume of a stack at once.',
    ]),
  };
}

export function createBackupEquivalents(
  volumeId: string,
  v: { name: string; description: string; container: string; incremental: boolean; force: boolean },
): Equivalents {
  const name = v.name || '<backup name>';
  const flags = [`--name ${sh(name)}`];
  if (v.description) flags.push(`--description ${sh(v.description)}`);
  if (v.container) flags.push(`--container ${sh(v.container)}`);
  if (v.incremental) flags.push('--incremental');
  if (v.force) flags.push('--force');
  return {
    cli: `openstack volume backup create ${flags.join(' ')} ${sh(volumeId)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'backup = conn.block_storage.create_backup(',
      `    volume_id=${py(volumeId)},`,
      `    name=${py(name)},`,
      ...(v.description ? [`    description=${py(v.description)},`] : []),
      ...(v.container ? [`    container=${py(v.container)},`] : []),
      ...(v.incremental ? ['    is_incremental=True,'] : []),
      ...(v.force ? ['    force=True,'] : []),
      ')',
      'print(backup.id)',
    ].join('\n'),
    hot: hotNote([
      'Heat has no backup resource; an OS::Cinder::Volume with a backup_id',
      'property restores one into a new volume.',
    ]),
  };
}

export function retypeVolumeEquivalents(id: string, type: string, policy: string): Equivalents {
  const t = type || '<volume type>';
  return {
    cli: `openstack volume set --type ${sh(t)} --retype-policy ${policy} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.block_storage.retype_volume(${py(id)}, ${py(t)}, migration_policy=${py(policy)})`,
    ].join('\n'),
    hot: hotNote([
      'In the stack that made the volume, set volume_type of its OS::Cinder::Volume',
      `to ${yaml(t)} and update the stack: Heat retypes it (migration policy on-demand).`,
    ]),
  };
}

export function uploadToImageEquivalents(
  id: string,
  v: { imageName: string; diskFormat: string; force: boolean },
): Equivalents {
  const name = v.imageName || '<image name>';
  return {
    cli: `openstack image create --volume ${sh(id)} --disk-format ${v.diskFormat}${v.force ? ' --force' : ''} ${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.block_storage.upload_volume_to_image(${py(id)}, ${py(name)}, force=${v.force ? 'True' : 'False'}, disk_format=${py(v.diskFormat)}, container_format="bare")`,
    ].join('\n'),
    hot: hotNote(['Heat cannot make an image from a volume: use the CLI or the SDK.']),
  };
}

export function createTransferEquivalents(id: string, name: string): Equivalents {
  const n = name || '<transfer name>';
  return {
    cli: `openstack volume transfer request create --name ${sh(n)} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      '# Cinder answers the auth_key once; pass it and the transfer ID to the receiver.',
      'transfer = conn.block_storage.post(',
      '    "/volume-transfers",',
      `    json={"transfer": {"volume_id": ${py(id)}, "name": ${py(n)}}},`,
      '    microversion="3.55",',
      ').json()["transfer"]',
      'print(transfer["id"], transfer["auth_key"])',
    ].join('\n'),
    hot: hotNote(['Heat cannot transfer a volume: use the CLI or the SDK.']),
  };
}

export function acceptTransferEquivalents(transferId: string, authKey: string): Equivalents {
  const id = transferId || '<transfer id>';
  const key = authKey || '<auth key>';
  return {
    cli: `openstack volume transfer request accept --auth-key ${sh(key)} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'conn.block_storage.post(',
      `    f"/volume-transfers/{${py(id)}}/accept",`,
      `    json={"accept": {"auth_key": ${py(key)}}},`,
      '    microversion="3.55",',
      ')',
    ].join('\n'),
    hot: hotNote(['Heat cannot accept a volume transfer: use the CLI or the SDK.']),
  };
}

export function volumeMetadataEquivalents(
  id: string,
  set: Record<string, string>,
  unset: string[],
): Equivalents {
  const props = Object.entries(set).map(([k, v]) => `--property ${sh(`${k}=${v}`)}`);
  const cli: string[] = [];
  if (props.length) cli.push(`openstack volume set ${props.join(' ')} ${sh(id)}`);
  if (unset.length)
    cli.push(
      `openstack volume unset ${unset.map((k) => `--property ${sh(k)}`).join(' ')} ${sh(id)}`,
    );
  return {
    cli: cli.join('\n') || `openstack volume show -c properties ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...(Object.keys(set).length
        ? [
            `conn.block_storage.set_volume_metadata(${py(id)}, **{${Object.entries(set)
              .map(([k, v]) => `${py(k)}: ${py(v)}`)
              .join(', ')}})`,
          ]
        : []),
      ...(unset.length
        ? [
            `conn.block_storage.delete_volume_metadata(${py(id)}, keys=[${unset.map(py).join(', ')}])`,
          ]
        : []),
    ].join('\n'),
    hot: [
      '# The metadata property of the OS::Cinder::Volume in its stack:',
      '#   metadata:',
      ...Object.entries(set).map(([k, v]) => `#     ${yaml(k)}: ${yaml(v)}`),
    ].join('\n'),
  };
}

export function deleteVolumeEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack volume delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.block_storage.delete_volume(${py(id)})`),
    ].join('\n'),
    hot: hotNote([
      'A volume made by a stack goes away with it: remove its OS::Cinder::Volume',
      'resource from the template and update the stack, or delete the stack.',
    ]),
  };
}
