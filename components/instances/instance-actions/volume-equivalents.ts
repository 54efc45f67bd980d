// Equivalents of Attach/Detach Volume on an instance: the CLI's `server add/remove
// volume`, openstacksdk's create/delete_volume_attachment (Nova's
// os-volume_attachments) and Heat's OS::Cinder::VolumeAttachment.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

/** The CLI and the SDK find the server by name; Heat's attachment needs its ID. */
export function attachVolumeEquivalents(
  { name: server, id: serverId }: { name: string; id: string },
  volume: string,
  device: string,
): Equivalents {
  return {
    cli: `openstack server add volume ${device ? `--device ${sh(device)} ` : ''}${sh(server)} ${sh(volume)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `server = conn.compute.find_server(${py(server)}, ignore_missing=False)`,
      `volume = conn.block_storage.find_volume(${py(volume)}, ignore_missing=False)`,
      `conn.compute.create_volume_attachment(server, volume_id=volume.id${device ? `, device=${py(device)}` : ''})`,
    ].join('\n'),
    hot: [
      HOT_VERSION,
      'resources:',
      '  attachment:',
      '    type: OS::Cinder::VolumeAttachment',
      '    properties:',
      `      instance_uuid: ${yaml(serverId)}`,
      `      volume_id: ${yaml(volume)}`,
      ...(device ? [`      mountpoint: ${yaml(device)}`] : []),
    ].join('\n'),
  };
}

export function detachVolumeEquivalents(server: string, volume: string): Equivalents {
  return {
    cli: `openstack server remove volume ${sh(server)} ${sh(volume)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `server = conn.compute.find_server(${py(server)}, ignore_missing=False)`,
      `volume = conn.block_storage.find_volume(${py(volume)}, ignore_missing=False)`,
      '# The attachment is named by its volume (openstacksdk takes it first, then the server).',
      'conn.compute.delete_volume_attachment(volume, server)',
    ].join('\n'),
    hot: [
      '# In a stack, delete the OS::Cinder::VolumeAttachment resource from the',
      '# template and update the stack: Heat detaches the volume.',
      '# openstack stack update --existing -t template.yaml <stack>',
    ].join('\n'),
  };
}
