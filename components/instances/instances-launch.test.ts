import { describe, expect, it } from 'vitest';
import type { FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';
import {
  base64Utf8,
  buildCreateServerRequest,
  configurationSchema,
  detailsSchema,
  flavorProblem,
  flavorSchema,
  LAUNCH_DEFAULTS,
  metadataSchema,
  networksSchema,
  portsSchema,
  quotaFromLimits,
  readLaunchDraft,
  schedulerHintsSchema,
  sourceSchema,
  type LaunchContext,
  type LaunchInput,
  type SourceInfo,
} from './instances-launch';

const IMAGE = '1e0a7b4c-0000-4000-8000-000000000001';
const NET_A = '2a00a0e3-0000-4000-8000-00000000000a';
const NET_B = '2a00a0e3-0000-4000-8000-00000000000b';
const PORT = '5feef314-0000-4000-8000-000000000001';
const GROUP = '7c1d5e2f-0000-4000-8000-000000000001';

const limits = quotaFromLimits({
  maxTotalInstances: 10,
  totalInstancesUsed: 1,
  maxTotalCores: 20,
  totalCoresUsed: 1,
  maxTotalRAMSize: 51200,
  totalRAMUsed: 512,
  maxServerMeta: 128,
});

const cirros: SourceInfo = { name: 'cirros', minDisk: 2, minRam: 256, sizeBytes: 20 * 1024 ** 2 };
const ctx: LaunchContext = {
  quota: limits,
  source: (type, id) => (type === 'image' && id === IMAGE ? cirros : undefined),
  availableNetworks: [NET_A, NET_B],
};

function flavor(over: Partial<Flavor> & Pick<Flavor, 'id' | 'name'>): Flavor {
  return { vcpus: 1, ram: 512, disk: 1, ...over };
}

const base: LaunchInput = {
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
  networks: [NET_A],
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

function errors(schema: Parameters<typeof validateForm>[0], values: FormValues) {
  return validateForm(schema, { ...LAUNCH_DEFAULTS, ...values }).errors;
}

describe('buildCreateServerRequest', () => {
  it('boots an image on the chosen networks, in order, then the ports', () => {
    expect(buildCreateServerRequest({ ...base, networks: [NET_B, NET_A], ports: [PORT] })).toEqual({
      server: {
        name: 'web',
        flavorRef: '1',
        imageRef: IMAGE,
        networks: [{ uuid: NET_B }, { uuid: NET_A }, { port: PORT }],
      },
    });
  });

  it("sends 'none' or 'auto' when there is neither a network nor a port (required from 2.37)", () => {
    expect(buildCreateServerRequest({ ...base, networks: [] }).server.networks).toBe('none');
    expect(
      buildCreateServerRequest({ ...base, networks: [], network_fallback: 'auto' }).server.networks,
    ).toBe('auto');
    expect(
      buildCreateServerRequest({ ...base, networks: [], ports: [PORT] }).server.networks,
    ).toEqual([{ port: PORT }]);
  });

  it('boots from a new volume made from the image, with delete_on_termination, and no imageRef', () => {
    const { server } = buildCreateServerRequest({
      ...base,
      create_volume: true,
      volume_size: 10,
      delete_on_termination: true,
    });
    expect(server.imageRef).toBeUndefined();
    expect(server.block_device_mapping_v2).toEqual([
      {
        boot_index: 0,
        uuid: IMAGE,
        source_type: 'image',
        destination_type: 'volume',
        volume_size: 10,
        delete_on_termination: true,
      },
    ]);
  });

  it('boots from an existing volume or a volume snapshot', () => {
    expect(
      buildCreateServerRequest({ ...base, source_type: 'volume', source_id: 'v1' }).server
        .block_device_mapping_v2,
    ).toEqual([
      {
        boot_index: 0,
        uuid: 'v1',
        source_type: 'volume',
        destination_type: 'volume',
        delete_on_termination: false,
      },
    ]);
    expect(
      buildCreateServerRequest({
        ...base,
        source_type: 'volume_snapshot',
        source_id: 's1',
        delete_on_termination: true,
      }).server.block_device_mapping_v2,
    ).toEqual([
      {
        boot_index: 0,
        uuid: 's1',
        source_type: 'snapshot',
        destination_type: 'volume',
        delete_on_termination: true,
      },
    ]);
  });

  it('base64-encodes the user data as UTF-8', () => {
    const script = '#!/bin/sh\necho "héllo" > /tmp/x\n';
    const { server } = buildCreateServerRequest({ ...base, user_data: script });
    expect(server.user_data).toBe(Buffer.from(script, 'utf8').toString('base64'));
    expect(Buffer.from(String(server.user_data), 'base64').toString('utf8')).toBe(script);
  });

  it('puts hints and the server group into os:scheduler_hints', () => {
    const request = buildCreateServerRequest({
      ...base,
      server_group: GROUP,
      scheduler_hints: { same_host: [PORT, IMAGE], course: 'cloud-101' },
    });
    expect(request['os:scheduler_hints']).toEqual({
      same_host: [PORT, IMAGE],
      course: 'cloud-101',
      group: GROUP,
    });
    expect(buildCreateServerRequest(base)['os:scheduler_hints']).toBeUndefined();
  });

  it('sends everything filled in: metadata, count, key, groups, zone, description, config drive', () => {
    const { server } = buildCreateServerRequest({
      ...base,
      description: 'Lab 3',
      availability_zone: 'nova',
      count: 3,
      security_groups: ['default', 'web'],
      key_name: 'laptop',
      config_drive: true,
      metadata: { role: 'web', 'owner name': 'student 1' },
    });
    expect(server).toMatchObject({
      description: 'Lab 3',
      availability_zone: 'nova',
      min_count: 3,
      max_count: 3,
      security_groups: [{ name: 'default' }, { name: 'web' }],
      key_name: 'laptop',
      config_drive: true,
      metadata: { role: 'web', 'owner name': 'student 1' },
    });
  });

  it('leaves out what is not filled in', () => {
    const { server } = buildCreateServerRequest(base);
    expect(Object.keys(server).sort()).toEqual(['flavorRef', 'imageRef', 'name', 'networks']);
  });
});

describe('Details schema', () => {
  const schema = detailsSchema(ctx);

  it('asks for a name', () => {
    expect(errors(schema, { name: '   ' }).name).toBe('Enter an instance name.');
  });

  it('refuses 10,000 characters with the count', () => {
    expect(errors(schema, { name: 'x'.repeat(10_000) }).name).toBe(
      'Instance Name must be 255 characters or fewer; this one has 10,000.',
    );
  });

  it('takes HTML as plain text, within 255 characters', () => {
    const html = '<script>alert("hi")</script><b>web</b>';
    const result = validateForm(schema, { ...LAUNCH_DEFAULTS, name: html });
    expect(result.ok && result.data.name).toBe(html);
    expect(errors(schema, { name: `<b>${'x'.repeat(260)}</b>` }).name).toMatch(
      /255 characters or fewer; this one has 267/,
    );
  });

  it('refuses control characters in the name', () => {
    expect(errors(schema, { name: 'web\t1' }).name).toMatch(/control characters/);
  });

  it('gives clear messages for a count of 0, 1000 and a non-number', () => {
    expect(errors(schema, { name: 'web', count: '0' }).count).toBe('Count must be at least 1.');
    expect(errors(schema, { name: 'web', count: '1000' }).count).toBe(
      'At most 9 instances can be launched: the quota allows 10 and 1 is in use.',
    );
    expect(errors(schema, { name: 'web', count: '2.5' }).count).toBe(
      'Count must be a whole number, such as 1 or 3.',
    );
    expect(errors(schema, { name: 'web', count: '' }).count).toBe(
      'Enter how many instances to launch.',
    );
  });

  it('says when the quota is used up', () => {
    const full = detailsSchema({
      quota: quotaFromLimits({ maxTotalInstances: 10, totalInstancesUsed: 10 }),
    });
    expect(errors(full, { name: 'web', count: '1' }).count).toMatch(
      /used all 10 instances of its quota/,
    );
  });

  it('has no upper bound while the quota is unknown or unlimited', () => {
    expect(
      validateForm(detailsSchema({}), { ...LAUNCH_DEFAULTS, name: 'a', count: '1000' }).ok,
    ).toBe(true);
    const unlimited = detailsSchema({ quota: quotaFromLimits({ maxTotalInstances: -1 }) });
    expect(validateForm(unlimited, { ...LAUNCH_DEFAULTS, name: 'a', count: '50' }).ok).toBe(true);
  });

  it('limits the description to 255 characters', () => {
    expect(errors(schema, { name: 'web', description: 'd'.repeat(256) }).description).toBe(
      'Description must be 255 characters or fewer; this one has 256.',
    );
  });

  it('outputs a trimmed name and a numeric count', () => {
    const result = validateForm(schema, { ...LAUNCH_DEFAULTS, name: ' web ', count: ' 3 ' });
    expect(result.ok && result.data).toEqual({
      name: 'web',
      description: '',
      availability_zone: '',
      count: 3,
    });
  });
});

describe('Source schema', () => {
  const schema = sourceSchema(ctx);

  it('asks for a source of the chosen type', () => {
    expect(errors(schema, {}).source_id).toBe('Choose an image in the table.');
    expect(errors(schema, { source_type: 'volume' }).source_id).toBe(
      'Choose a volume in the table.',
    );
  });

  it("checks the new volume against the image's min_disk and defaults to it", () => {
    const values = { source_id: IMAGE, create_volume: 'yes' };
    expect(errors(schema, { ...values, volume_size: '1' }).volume_size).toBe(
      'Volume Size must be at least 2 GB: cirros needs 2 GB.',
    );
    expect(errors(schema, { ...values, volume_size: 'ten' }).volume_size).toMatch(/whole number/);
    const result = validateForm(schema, { ...LAUNCH_DEFAULTS, ...values });
    expect(result.ok && result.data.volume_size).toBe(2);
  });

  it('drops the volume options when booting the image directly', () => {
    const result = validateForm(schema, {
      ...LAUNCH_DEFAULTS,
      source_id: IMAGE,
      create_volume: 'no',
      volume_size: '1',
      delete_on_termination: true,
    });
    expect(result.ok && result.data).toEqual({
      source_type: 'image',
      source_id: IMAGE,
      create_volume: false,
      volume_size: undefined,
      delete_on_termination: false,
    });
  });
});

describe('Flavor checks', () => {
  const tiny = flavor({ id: '1', name: 'm1.tiny', disk: 1 });
  const big = flavor({ id: '4', name: 'm1.xlarge', vcpus: 24, ram: 16384, disk: 160 });

  it('disables a flavor whose disk is smaller than the image needs, unless booting from a volume', () => {
    expect(flavorProblem(tiny, { count: 1, source: cirros, bootsFromVolume: false })).toBe(
      'Root disk too small: cirros needs 2 GB.',
    );
    expect(
      flavorProblem(tiny, { count: 1, source: cirros, bootsFromVolume: true }),
    ).toBeUndefined();
  });

  it('disables a flavor with too little RAM for the image', () => {
    const small = flavor({ id: '0', name: 'nano', ram: 128, disk: 10 });
    expect(flavorProblem(small, { count: 1, source: cirros, bootsFromVolume: false })).toBe(
      'Too little RAM: cirros needs 256 MB.',
    );
  });

  it('disables a flavor that would exceed the remaining quota, counting every instance', () => {
    expect(flavorProblem(big, { count: 1, bootsFromVolume: false, quota: limits })).toBe(
      'Exceeds the VCPU quota: needs 24, 19 left.',
    );
    const mid = flavor({ id: '3', name: 'm1.medium', vcpus: 2, ram: 4096, disk: 40 });
    expect(flavorProblem(mid, { count: 9, bootsFromVolume: false, quota: limits })).toBeUndefined();
    const ram = flavor({ id: '5', name: 'ram', vcpus: 1, ram: 8192, disk: 40 });
    expect(flavorProblem(ram, { count: 9, bootsFromVolume: false, quota: limits })).toBe(
      'Exceeds the RAM quota: needs 9 × 8,192 MB, 50,688 MB left.',
    );
  });

  it('says why the chosen flavor cannot be used at the field', () => {
    const schema = flavorSchema({ ...ctx, flavors: [tiny, big] });
    expect(errors(schema, {}).flavor).toBe('Choose a flavor.');
    expect(errors(schema, { flavor: '1', source_id: IMAGE }).flavor).toBe(
      'm1.tiny cannot be used: Root disk too small: cirros needs 2 GB.',
    );
    const ok = validateForm(schema, {
      ...LAUNCH_DEFAULTS,
      flavor: '1',
      source_id: IMAGE,
      create_volume: 'yes',
      count: '3',
    });
    // Only the step's own value comes out, not the raw values it read.
    expect(ok.ok && ok.data).toEqual({ flavor: '1' });
  });
});

describe('Networks and ports', () => {
  it('requires a network when there is more than one, unless a port is chosen', () => {
    const schema = networksSchema(ctx);
    expect(errors(schema, {}).networks).toBe(
      'Choose at least one network (or a port in Network Ports).',
    );
    expect(validateForm(schema, { ...LAUNCH_DEFAULTS, ports: [PORT] }).ok).toBe(true);
  });

  it('waits for the list of networks rather than launching without one', () => {
    expect(errors(networksSchema({}), {}).networks).toBe(
      'The list of networks has not loaded: wait for it (or choose a port in Network Ports).',
    );
  });

  it('uses the only network when nothing is chosen', () => {
    const schema = networksSchema({ availableNetworks: [NET_A] });
    const result = validateForm(schema, LAUNCH_DEFAULTS);
    expect(result.ok && result.data).toEqual({ networks: [NET_A], network_fallback: 'none' });
    const withPort = validateForm(schema, { ...LAUNCH_DEFAULTS, ports: [PORT] });
    expect(withPort.ok && withPort.data.networks).toEqual([]);
  });

  it('refuses a port for more than one instance', () => {
    expect(errors(portsSchema(), { ports: [PORT], count: '2' }).ports).toBe(
      'A port belongs to one instance only: set Count to 1 in Details (it is 2), or choose no port.',
    );
  });
});

describe('Configuration schema', () => {
  it('refuses a 70 KB script: Nova counts 65,535 characters after base64', () => {
    // 70 KB exactly: 1,120 lines of 64 bytes.
    const script = `#!/bin/sh\n${`echo ${'x'.repeat(58)}\n`.repeat(1120)}`.slice(0, 70 * 1024);
    const message = errors(configurationSchema(), { user_data: script }).user_data;
    expect(message).toMatch(
      /^The script is 70\.0 KB\. Nova accepts user data up to 65,535 characters after base64 encoding/,
    );
    expect(message).toContain(`encodes to ${base64Utf8(script).length.toLocaleString('en-US')}`);
  });

  it('accepts the largest script that fits', () => {
    const fits = 'a'.repeat(49_149); // 4 × ceil(49149 / 3) = 65,532
    expect(validateForm(configurationSchema(), { user_data: fits }).ok).toBe(true);
    expect(validateForm(configurationSchema(), { user_data: `${fits}abcd` }).ok).toBe(false);
  });
});

describe('Scheduler hints schema', () => {
  const schema = schedulerHintsSchema();

  it('reads key=value lines; a repeated key becomes a list', () => {
    const result = validateForm(schema, {
      scheduler_hints: `# comment\nsame_host=${IMAGE}\n\nsame_host = ${PORT}\ncourse=cloud-101`,
    });
    expect(result.ok && result.data.scheduler_hints).toEqual({
      same_host: [IMAGE, PORT],
      course: 'cloud-101',
    });
  });

  it('names every bad line', () => {
    const message = errors(schema, {
      scheduler_hints: 'nothing here\n=x\ndifferent_host=web-1\ngroup=abc\ncidr=24\nempty=',
    }).scheduler_hints;
    expect(message).toBe(
      [
        'Line 1: write key=value ("nothing here" has no "=").',
        'Line 2: the key before "=" is empty.',
        'Line 3: different_host takes the ID of an instance (a UUID), not "web-1".',
        'Line 4: choose the server group in the Server Groups step, not as a hint.',
        '…and 2 more problems.',
      ].join('\n'),
    );
  });
});

describe('Metadata schema', () => {
  const schema = metadataSchema(ctx);

  it('reads key=value lines', () => {
    const result = validateForm(schema, { metadata: 'role=web\nowner name = student 1\nempty=' });
    expect(result.ok && result.data.metadata).toEqual({
      role: 'web',
      'owner name': 'student 1',
      empty: '',
    });
  });

  it("applies Nova's limits with a message per line", () => {
    const message = errors(schema, {
      metadata: [`${'k'.repeat(256)}=v`, `key=${'v'.repeat(256)}`, 'bad/key=1', 'key=again'].join(
        '\n',
      ),
    }).metadata;
    expect(message).toBe(
      [
        'Line 1: the key has 256 characters; Nova allows 255.',
        'Line 2: the value of "key" has 256 characters; Nova allows 255.',
        'Line 3: the key "bad/key" may only hold letters, digits, spaces and - _ : . (Nova\'s rule).',
        'Line 4: "key" is already set on line 2.',
      ].join('\n'),
    );
  });

  it("counts the items against the project's maxServerMeta", () => {
    const few = metadataSchema({ quota: quotaFromLimits({ maxServerMeta: 2 }) });
    expect(errors(few, { metadata: 'a=1\nb=2\nc=3' }).metadata).toBe(
      'Nova allows at most 2 items of metadata in this project (maxServerMeta); there are 3.',
    );
  });
});

describe('readLaunchDraft', () => {
  it('reads half-filled values leniently, for the equivalents pane', () => {
    const draft = readLaunchDraft(
      {
        ...LAUNCH_DEFAULTS,
        name: ' web ',
        count: 'x',
        metadata: 'role=web\nbad line',
        scheduler_hints: 'group=nope\nk=v',
      },
      { availableNetworks: [NET_A] },
    );
    expect(draft).toMatchObject({
      name: 'web',
      count: 1,
      networks: [NET_A],
      metadata: { role: 'web' },
      scheduler_hints: { k: 'v' },
      security_groups: ['default'],
    });
  });
});
