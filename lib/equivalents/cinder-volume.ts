// Creating a Cinder volume, from nothing or from an image, a snapshot or another
// volume: one set of equivalent commands for every form that makes one (Volumes,
// Images' Create Volume, Snapshots' Create Volume).
import { HOT_VERSION, SDK_CONNECT_LINES } from './preamble';
import { hotName, py, sh, yaml } from './quote';
import type { Equivalents } from './types';

export interface CreateVolumeEq {
  name: string;
  description: string;
  size: string;
  source: 'blank' | 'image' | 'snapshot' | 'volume';
  /** The image, snapshot or volume ID (or a placeholder). */
  sourceId: string;
  type: string;
  availabilityZone: string;
}

const SOURCE_FLAG = { image: '--image', snapshot: '--snapshot', volume: '--source' } as const;
const SOURCE_SDK = { image: 'image_id', snapshot: 'snapshot_id', volume: 'source_volume_id' };
const SOURCE_HOT = { image: 'image', snapshot: 'snapshot_id', volume: 'source_volid' };

export function createVolumeEquivalents(v: CreateVolumeEq): Equivalents {
  const flags: string[] = [`--size ${v.size || '<size>'}`];
  if (v.source !== 'blank') flags.push(`${SOURCE_FLAG[v.source]} ${sh(v.sourceId)}`);
  if (v.type) flags.push(`--type ${sh(v.type)}`);
  if (v.availabilityZone) flags.push(`--availability-zone ${sh(v.availabilityZone)}`);
  if (v.description) flags.push(`--description ${sh(v.description)}`);
  const resource = hotName(v.name, 'volume');
  const size = /^\d+$/.test(v.size) ? v.size : '<size>';
  return {
    cli: `openstack volume create ${flags.join(' ')}${v.name ? ` ${sh(v.name)}` : ''}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'volume = conn.block_storage.create_volume(',
      `    size=${size},`,
      ...(v.name ? [`    name=${py(v.name)},`] : []),
      ...(v.description ? [`    description=${py(v.description)},`] : []),
      ...(v.source !== 'blank' ? [`    ${SOURCE_SDK[v.source]}=${py(v.sourceId)},`] : []),
      ...(v.type ? [`    volume_type=${py(v.type)},`] : []),
      ...(v.availabilityZone ? [`    availability_zone=${py(v.availabilityZone)},`] : []),
      ')',
      'print(volume.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Cinder::Volume',
      '    properties:',
      `      size: ${size}`,
      ...(v.name ? [`      name: ${yaml(v.name)}`] : []),
      ...(v.description ? [`      description: ${yaml(v.description)}`] : []),
      ...(v.source !== 'blank' ? [`      ${SOURCE_HOT[v.source]}: ${yaml(v.sourceId)}`] : []),
      ...(v.type ? [`      volume_type: ${yaml(v.type)}`] : []),
      ...(v.availabilityZone ? [`      availability_zone: ${yaml(v.availabilityZone)}`] : []),
      '',
      'outputs:',
      '  volume_id:',
      `    value: { get_resource: ${resource} }`,
    ].join('\n'),
  };
}
