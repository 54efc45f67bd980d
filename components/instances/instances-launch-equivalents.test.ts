import { describe, expect, it } from 'vitest';
import { launchEquivalents, launchedNames } from './instances-launch-equivalents';
import type { LaunchInput } from './instances-launch';

const IMAGE = 'edb05e69-918e-4c48-a5f5-ea6f9435c6c5';
const NET = '763f3864-229e-49d1-9822-d8b07fa21c27';
const NET_2 = '9b0e1c2d-229e-49d1-9822-d8b07fa21c27';
const PORT = '5feef314-95e2-44d6-93c3-9804313afe00';
const GROUP = '0d1f2e3c-4b5a-4968-8776-a5b4c3d2e1f0';

const simple: LaunchInput = {
  name: 'web',
  description: '',
  availability_zone: '',
  count: 1,
  source_type: 'image',
  source_id: IMAGE,
  create_volume: false,
  volume_size: undefined,
  delete_on_termination: false,
  flavor: '1',
  networks: [NET],
  network_fallback: 'none',
  ports: [],
  security_groups: [],
  key_name: '',
  user_data: '',
  config_drive: false,
  server_group: '',
  scheduler_hints: {},
  metadata: {},
};

const refs = { [IMAGE]: 'cirros-like', '1': 'm1.tiny', [NET]: 'private' };

const full: LaunchInput = {
  ...simple,
  name: "Ann's web",
  description: 'Lab 3: <b>web</b>',
  availability_zone: 'nova',
  count: 2,
  networks: [NET_2, NET],
  security_groups: ['default', 'web'],
  key_name: 'laptop',
  user_data: '#!/bin/sh\necho "hi" > /tmp/hi\n',
  config_drive: true,
  server_group: GROUP,
  scheduler_hints: { course: 'cloud-101', same_host: ['a', 'b'] },
  metadata: { role: 'web', 'owner name': 'student 1', n: '1' },
};

describe('a simple launch', () => {
  const eq = launchEquivalents(simple, refs);

  it('is a short openstack server create with names where they are known', () => {
    expect(eq.cli).toBe(
      [
        'openstack server create \\',
        '  --flavor m1.tiny \\',
        '  --image cirros-like \\',
        '  --network private \\',
        '  web',
      ].join('\n'),
    );
  });

  it('is a create_server call with ids and the names in comments', () => {
    expect(eq.sdk).toBe(
      [
        'import openstack',
        '',
        'conn = openstack.connect(cloud="openstack")',
        '',
        'server = conn.compute.create_server(',
        '    name="web",',
        '    flavor_id="1",  # m1.tiny',
        `    image_id="${IMAGE}",  # cirros-like`,
        `    networks=[{"uuid": "${NET}"}],  # private`,
        ')',
      ].join('\n'),
    );
  });

  it('is one OS::Nova::Server', () => {
    expect(eq.hot).toBe(
      [
        'heat_template_version: 2021-04-16',
        '',
        'resources:',
        '  web:',
        '    type: OS::Nova::Server',
        '    properties:',
        '      name: web',
        '      flavor: m1.tiny',
        '      image: cirros-like',
        '      networks:',
        '        - network: private',
      ].join('\n'),
    );
  });

  it('shows placeholders for what is not chosen yet', () => {
    const empty = launchEquivalents({
      ...simple,
      name: '',
      source_id: '',
      flavor: '',
      networks: [],
    });
    expect(empty.cli).toContain("--flavor '<flavor>'");
    expect(empty.cli).toContain("--image '<image>'");
    expect(empty.cli).toContain('--nic none');
    expect(empty.cli).toMatch(/^openstack --os-compute-api-version 2\.37 server create/);
    expect(empty.cli).toMatch(/'<name>'$/);
    expect(empty.sdk).toContain('networks="none",');
    expect(empty.hot).toContain('- allocate_network: none');
  });
});

describe('a full launch', () => {
  const eq = launchEquivalents(full, refs);

  it('CLI: every option that is filled in, quoted for the shell', () => {
    expect(eq.cli).toBe(
      [
        "cat > user-data.txt <<'EOF'",
        '#!/bin/sh',
        'echo "hi" > /tmp/hi',
        'EOF',
        'openstack --os-compute-api-version 2.19 server create \\',
        '  --flavor m1.tiny \\',
        '  --image cirros-like \\',
        `  --network ${NET_2} \\`,
        '  --network private \\',
        '  --security-group default \\',
        '  --security-group web \\',
        '  --key-name laptop \\',
        '  --availability-zone nova \\',
        "  --description 'Lab 3: <b>web</b>' \\",
        '  --user-data user-data.txt \\',
        '  --use-config-drive \\',
        '  --property role=web \\',
        "  --property 'owner name=student 1' \\",
        '  --property n=1 \\',
        '  --hint course=cloud-101 \\',
        '  --hint same_host=a \\',
        '  --hint same_host=b \\',
        `  --hint group=${GROUP} \\`,
        '  --min 2 --max 2 \\',
        `  'Ann'"'"'s web'`,
      ].join('\n'),
    );
  });

  it('SDK: the same request, user data base64-encoded', () => {
    expect(eq.sdk).toContain('import base64\n');
    expect(eq.sdk).toContain('user_data = "#!/bin/sh\\necho \\"hi\\" > /tmp/hi\\n"');
    expect(eq.sdk).toContain('    user_data=base64.b64encode(user_data.encode()).decode(),');
    expect(eq.sdk).toContain(
      [
        '    networks=[',
        `        {"uuid": "${NET_2}"},`,
        `        {"uuid": "${NET}"},`,
        `    ],  # ${NET_2.slice(0, 8)}, private`,
      ].join('\n'),
    );
    expect(eq.sdk).toContain('    security_groups=[{"name": "default"}, {"name": "web"}],');
    expect(eq.sdk).toContain('    description="Lab 3: <b>web</b>",');
    expect(eq.sdk).toContain('    config_drive=True,');
    expect(eq.sdk).toContain('    metadata={"role": "web", "owner name": "student 1", "n": "1"},');
    expect(eq.sdk).toContain(
      [
        '    scheduler_hints={',
        '        "course": "cloud-101",',
        '        "same_host": ["a", "b"],',
        `        "group": "${GROUP}",`,
        '    },',
        '    min_count=2,',
        '    max_count=2,',
        ')',
      ].join('\n'),
    );
  });

  it('HOT: a ResourceGroup of servers with RAW user data, and a note on the description', () => {
    expect(eq.hot).toContain(
      "# openstack --os-compute-api-version 2.19 server set --description 'Lab 3: <b>web</b>' <server>",
    );
    expect(eq.hot).toContain(
      [
        '  Ann_s_web:',
        '    type: OS::Heat::ResourceGroup',
        '    properties:',
        '      count: 2',
        '      resource_def:',
        '        type: OS::Nova::Server',
        '        properties:',
        `          name: "Ann's web-%index%"`,
        '          flavor: m1.tiny',
        '          image: cirros-like',
        '          networks:',
        `            - network: ${NET_2}`,
        '            - network: private',
        '          security_groups:',
        '            - default',
        '            - web',
        '          key_name: laptop',
        '          availability_zone: nova',
        '          user_data_format: RAW',
        '          user_data: |',
        '            #!/bin/sh',
        '            echo "hi" > /tmp/hi',
        '          config_drive: true',
        '          metadata:',
        '            role: web',
        '            owner name: student 1',
        '            "n": "1"',
        '          scheduler_hints:',
        '            course: cloud-101',
        '            same_host: [a, b]',
        `            group: ${GROUP}`,
      ].join('\n'),
    );
  });
});

describe('booting from volumes', () => {
  it('a new volume from the image, deleted with the instance', () => {
    const eq = launchEquivalents(
      { ...simple, create_volume: true, volume_size: 5, delete_on_termination: true },
      refs,
    );
    expect(eq.cli).toContain('  --image cirros-like \\\n  --boot-from-volume 5 \\');
    expect(eq.cli).toContain('  --wait \\\n  web\n');
    expect(eq.cli).toContain(
      `openstack --os-compute-api-version 2.85 server volume update --delete-on-termination web "$(openstack server volume list web -f value -c 'Volume ID')"`,
    );
    expect(eq.sdk).toContain('"source_type": "image",');
    expect(eq.sdk).toContain('"delete_on_termination": True,');
    expect(eq.sdk).not.toContain('image_id=');
    expect(eq.hot).toContain(
      [
        '      block_device_mapping_v2:',
        '        - image: cirros-like',
        '          boot_index: 0',
        '          volume_size: 5',
        '          delete_on_termination: true',
      ].join('\n'),
    );
    expect(eq.hot).not.toContain('      image:');
  });

  it('an existing volume, kept after the instance (no extra step)', () => {
    const eq = launchEquivalents({ ...simple, source_type: 'volume', source_id: 'vol-1' });
    expect(eq.cli).toContain('  --volume vol-1 \\');
    expect(eq.cli).not.toContain('volume update');
    expect(eq.hot).toContain('        - volume_id: vol-1\n          boot_index: 0\n');
  });

  it('a volume snapshot; several instances wait in a loop before the volume update', () => {
    const eq = launchEquivalents({
      ...simple,
      source_type: 'volume_snapshot',
      source_id: 'snap-1',
      delete_on_termination: true,
      count: 2,
    });
    expect(eq.cli).toContain('  --snapshot snap-1 \\');
    expect(eq.cli).toContain('for server in web-1 web-2; do');
    expect(eq.hot).toContain('- snapshot_id: snap-1');
  });
});

describe('networks and ports', () => {
  it('puts ports after the networks', () => {
    const eq = launchEquivalents({ ...simple, ports: [PORT] }, refs);
    expect(eq.cli).toContain(`  --network private \\\n  --port ${PORT} \\`);
    expect(eq.sdk).toContain(
      `        {"uuid": "${NET}"},\n        {"port": "${PORT}"},\n    ],  # private, port`,
    );
    expect(eq.hot).toContain(`        - network: private\n        - port: ${PORT}`);
  });

  it("asks for 'auto' with the microversion that knows it", () => {
    const eq = launchEquivalents({ ...simple, networks: [], network_fallback: 'auto' });
    expect(eq.cli).toMatch(/^openstack --os-compute-api-version 2\.37 server create/);
    expect(eq.cli).toContain('--nic auto');
    expect(eq.hot).toContain('- allocate_network: auto');
  });
});

describe('launchedNames', () => {
  it("follows Nova's multi-create names", () => {
    expect(launchedNames(simple)).toEqual(['web']);
    expect(launchedNames({ ...simple, count: 3 })).toEqual(['web-1', 'web-2', 'web-3']);
  });
});
