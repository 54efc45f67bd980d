import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStack,
  deleteStack,
  heatClient,
  heatMessage,
  heatSandbox,
  type HeatClient,
} from './heat-helpers';
import { until, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// OS::Nova::Server beyond an image and a network: booting from a volume
// (block_device_mapping_v2, deleted with the server), config drive, RAW user
// data and scheduler hints reach Nova as Heat's server plugin sends them.

let sandbox: RunningSandbox;
let demo: HeatClient;

beforeAll(async () => {
  sandbox = await heatSandbox();
  demo = await heatClient(sandbox, 'demo');
});
afterAll(async () => {
  await sandbox.close();
});

async function cirros(): Promise<string> {
  const images = await demo.service('image', 'GET', '/v2/images');
  return (images.body.images as { id: string; name: string }[]).find((i) =>
    i.name.startsWith('cirros'),
  )!.id;
}

async function volume(id: string): Promise<{ status: number; body: Json }> {
  return demo.service('volumev3', 'GET', `/volumes/${id}`);
}

describe('Heat: OS::Nova::Server', () => {
  it('boots from a volume with config drive, RAW user data and hints; the volume goes with it', async () => {
    const made = await demo.service('volumev3', 'POST', '/volumes', {
      volume: { size: 1, imageRef: await cirros(), name: 'hs-root' },
    });
    const volumeId = made.body.volume.id as string;
    const ready = await until(
      () => volume(volumeId),
      (v) => v.body.volume.status === 'available',
    );
    expect(ready.body.volume.status).toBe('available');
    const group = await demo.service('compute', 'POST', '/os-server-groups', {
      server_group: { name: 'hs-group', policies: ['affinity'] },
    });
    const groupId = group.body.server_group.id as string;
    const template = `heat_template_version: 2018-08-31
resources:
  server:
    type: OS::Nova::Server
    properties:
      name: hs-server
      flavor: m1.tiny
      block_device_mapping_v2:
        - volume_id: hs-root
          boot_index: 0
          delete_on_termination: true
      networks:
        - network: private
      user_data_format: RAW
      user_data: |
        #!/bin/sh
        echo hello
      config_drive: true
      metadata: {role: web}
      scheduler_hints: {group: ${groupId}}
`;
    const { id } = await createStack(demo, 'hs-boot', template);
    const resource = await demo.heat('GET', `/stacks/hs-boot/${id}/resources/server`);
    const serverId = resource.body.resource.physical_resource_id as string;
    const server = (await demo.service('compute', 'GET', `/servers/${serverId}`)).body.server;
    expect(server.config_drive).toBe('True');
    expect(server.metadata).toEqual({ role: 'web' });
    expect(server.image).toBe('');
    expect(server['os-extended-volumes:volumes_attached']).toEqual([
      expect.objectContaining({ id: volumeId }),
    ]);
    const members = await demo.service('compute', 'GET', `/os-server-groups/${groupId}`);
    expect(members.body.server_group.members).toEqual([serverId]);
    await deleteStack(demo, 'hs-boot', id);
    expect(
      (
        await until(
          () => volume(volumeId),
          (v) => v.status === 404,
        )
      ).status,
    ).toBe(404);
  });

  it('refuses a server with neither an image nor a bootable volume, in Heat words', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  server:
    type: OS::Nova::Server
    properties:
      name: hs-nothing
      flavor: m1.tiny
      networks: [{network: private}]
`;
    const refused = await demo.heat('POST', '/stacks', { stack_name: 'hs-nothing', template });
    expect(refused.status).toBe(400);
    expect(heatMessage(refused.body)).toContain(
      'Neither image nor bootable volume is specified for instance hs-nothing',
    );
  });

  it('refuses a user_data_format Heat does not know', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  server:
    type: OS::Nova::Server
    properties:
      flavor: m1.tiny
      image: ${await cirros()}
      user_data_format: SHELL
`;
    const refused = await demo.heat('POST', '/stacks', { stack_name: 'hs-format', template });
    expect(refused.status).toBe(400);
    expect(heatMessage(refused.body)).toContain(
      '"SHELL" is not an allowed value ["HEAT_CFNTOOLS", "RAW", "SOFTWARE_CONFIG"]',
    );
  });
});
