import { describe, expect, it } from 'vitest';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { attachVolume, attachVolumeInput, detachVolume } from './volume-actions';
import { attachVolumeEquivalents, detachVolumeEquivalents } from './volume-equivalents';

describe('attachVolumeEquivalents', () => {
  it('names the device only when one is given', () => {
    const eq = attachVolumeEquivalents({ name: 'web 1', id: 'srv-1' }, 'data', '/dev/vdc');
    expect(eq.cli).toBe("openstack server add volume --device /dev/vdc 'web 1' data");
    expect(eq.sdk).toContain(
      'conn.compute.create_volume_attachment(server, volume_id=volume.id, device="/dev/vdc")',
    );
    expect(eq.hot).toContain('type: OS::Cinder::VolumeAttachment');
    expect(eq.hot).toContain('mountpoint: "/dev/vdc"');
    expect(eq.hot).toContain('instance_uuid: srv-1');

    const bare = attachVolumeEquivalents({ name: 'web', id: 'srv-2' }, 'data', '');
    expect(bare.cli).toBe('openstack server add volume web data');
    expect(bare.sdk).toContain('create_volume_attachment(server, volume_id=volume.id)');
    expect(bare.hot).not.toContain('mountpoint');
  });
});

describe('detachVolumeEquivalents', () => {
  it('removes the volume from the server', () => {
    const eq = detachVolumeEquivalents('web', 'data');
    expect(eq.cli).toBe('openstack server remove volume web data');
    expect(eq.sdk).toContain('conn.compute.delete_volume_attachment(volume, server)');
  });
});

describe('attachVolumeInput', () => {
  it('takes an empty or a Nova-shaped device name, refuses others at the field', () => {
    expect(attachVolumeInput.safeParse({ volume: 'v', device: '' }).success).toBe(true);
    expect(attachVolumeInput.safeParse({ volume: 'v', device: '/dev/vdb' }).success).toBe(true);
    const bad = attachVolumeInput.safeParse({ volume: 'v', device: 'vdb; rm -rf' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['device']);
    expect(attachVolumeInput.safeParse({ volume: '', device: '' }).error?.issues[0]?.message).toBe(
      'Choose a volume.',
    );
  });
});

describe('when Attach and Detach Volume are offered', () => {
  const session = {
    cloudId: 'c',
    user: { id: 'u', name: 'demo', domainName: 'Default' },
    project: { id: 'p', name: 'demo' },
    roles: ['member'],
    region: 'RegionOne',
    expiresAt: '2099-01-01T00:00:00Z',
  };
  const server = (status: string, volumes: string[] = []): Server => ({
    id: 'i',
    name: 'vm',
    status,
    metadata: {},
    flavor: {},
    created: '',
    addresses: {},
    'os-extended-volumes:volumes_attached': volumes.map((id) => ({ id })),
  });

  it('on an active instance only, with a block storage service', () => {
    expect(attachVolume.service).toBe('volumev3');
    expect(attachVolume.allowed?.(server('ACTIVE'), session)).toBe(true);
    expect(attachVolume.allowed?.(server('SHUTOFF'), session)).toBe(
      'Not available while the instance is Shutoff.',
    );
  });

  it('Detach Volume once a volume is attached', () => {
    expect(detachVolume.allowed?.(server('ACTIVE'), session)).toBe(
      'No volume is attached to the instance.',
    );
    expect(detachVolume.allowed?.(server('ACTIVE', ['v1']), session)).toBe(true);
  });
});
