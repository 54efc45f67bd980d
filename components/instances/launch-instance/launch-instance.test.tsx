// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';
import { OpenStackError } from '@/lib/openstack/errors';
import type { Image } from '@/lib/openstack/image/glance-schemas';
import type { Network } from '@/lib/openstack/network/neutron-schemas';
import { polyfillDialog } from '@/tests/helpers/dialog-polyfill';
import { LaunchInstance } from './launch-instance';

let api: Api;

let search: URLSearchParams | null = null;

vi.mock('@/lib/hooks/use-api', () => ({ useApi: () => api }));
vi.mock('next/navigation', () => ({ useSearchParams: () => search }));
vi.mock('@/lib/hooks/use-dashboard-session', () => ({
  useDashboardSession: () => ({ project: { id: 'project-1', name: 'demo' } }),
  useScopeKey: () => 'project-1@RegionOne',
}));

const cirros: Image = {
  id: 'img-cirros',
  name: 'cirros',
  status: 'active',
  visibility: 'public',
  size: 20 * 1024 ** 2,
  min_disk: 0,
  min_ram: 0,
  disk_format: 'qcow2',
};
const ubuntu: Image = { ...cirros, id: 'img-ubuntu', name: 'ubuntu', min_disk: 10 };

const flavors: Flavor[] = [
  { id: '1', name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1 },
  { id: '2', name: 'm1.small', vcpus: 1, ram: 2048, disk: 20 },
  { id: '3', name: 'm1.large', vcpus: 4, ram: 8192, disk: 80 },
];

function network(id: string, name: string, over: Partial<Network> = {}): Network {
  return { id, name, subnets: ['s'], shared: false, status: 'ACTIVE', ...over };
}

const noVolumev3 = () =>
  Promise.reject(
    new OpenStackError({
      code: 404,
      title: 'Not Found',
      message: 'This cloud has no volumev3 service.',
      service: 'volumev3',
    }),
  );

interface Options {
  networks?: Network[];
  createServer?: () => Promise<{ id?: string }>;
  listFlavors?: () => Promise<{ items: Flavor[] }>;
  volumes?: boolean;
  /** Volumes found by id (a `?launch=` link's); others answer Cinder's 404. */
  volumesById?: Record<
    string,
    { id: string; name: string; status: string; size: number; bootable: string }
  >;
}

const notFound = (service: string, message: string) =>
  new OpenStackError({ code: 404, title: 'Not Found', message, service });

function fakeApi(options: Options = {}) {
  const createServer = vi.fn(options.createServer ?? (async () => ({ id: 'server-1' })));
  const createKeypair = vi.fn(async (input: { name: string; type: string }) => ({
    ...input,
    public_key: 'ssh-ed25519 AAAA',
    fingerprint: 'aa:bb',
    private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\n…',
  }));
  const listImages = vi.fn(async (query: { filters?: Record<string, string> }) => ({
    items: query.filters?.image_type === 'snapshot' ? [] : [cirros, ubuntu],
  }));
  const listNetworks = vi.fn(async (filters: Record<string, unknown>) =>
    filters.shared
      ? [network('net-ext', 'public', { 'router:external': true, shared: true })]
      : (options.networks ?? [network('net-1', 'private')]),
  );
  api = {
    compute: {
      getLimits: async () => ({
        maxTotalInstances: 10,
        totalInstancesUsed: 1,
        maxTotalCores: 4,
        totalCoresUsed: 1,
        maxTotalRAMSize: 51200,
        totalRAMUsed: 512,
        maxServerMeta: 128,
      }),
      listAvailabilityZones: async () => [{ name: 'nova', available: true }],
      listFlavors: options.listFlavors ?? (async () => ({ items: flavors })),
      listKeypairs: async () => ({ items: [] }),
      listServerGroups: async () => ({ items: [] }),
      createServer,
      createKeypair,
    },
    image: {
      listImages,
      getImage: async (id: string) => {
        const found = [cirros, ubuntu].find((i) => i.id === id);
        if (!found) throw notFound('image', `No image found with ID ${id}`);
        return found;
      },
    },
    network: {
      listNetworks,
      listPorts: async () => [],
      listSecurityGroups: async () => [
        { id: 'sg-1', name: 'default', description: 'Default security group' },
        { id: 'sg-2', name: 'web', description: 'HTTP in' },
      ],
    },
    volume: options.volumes
      ? {
          listVolumes: async () => [{ id: 'vol-1', name: 'data', status: 'available', size: 5 }],
          listVolumeSnapshots: async () => [],
          getVolume: async (id: string) => {
            const found = options.volumesById?.[id];
            if (!found) throw notFound('volumev3', `Volume ${id} could not be found.`);
            return { ...found, attachments: [] };
          },
        }
      : { listVolumes: noVolumev3, listVolumeSnapshots: noVolumev3 },
  } as unknown as Api;
  return { createServer, createKeypair, listImages, listNetworks };
}

function setup(options: Options = {}) {
  const calls = fakeApi(options);
  const user = userEvent.setup();
  const onClose = vi.fn();
  const onCreated = vi.fn();
  render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <LaunchInstance open onClose={onClose} onCreated={onCreated} />
    </SWRConfig>,
  );
  const dialog = within(screen.getByRole('dialog', { name: 'Launch Instance' }));
  const nav = within(dialog.getByRole('navigation', { name: 'Steps' }));
  const step = (title: string) => nav.getByRole('button', { name: new RegExp(`^${title}`) });
  return {
    ...calls,
    user,
    onClose,
    onCreated,
    dialog,
    step,
    submit: () => dialog.getByRole('button', { name: 'Launch Instance' }),
    go: (title: string) => user.click(step(title)),
  };
}

type Wizard = ReturnType<typeof setup>;

async function fillRequired(w: Wizard, name = 'web') {
  await w.user.type(w.dialog.getByRole('textbox', { name: 'Instance Name' }), name);
  await w.go('Source');
  await w.user.click(await w.dialog.findByRole('radio', { name: 'Select cirros' }));
  await w.go('Flavor');
  await w.user.click(await w.dialog.findByRole('radio', { name: 'Select m1.tiny' }));
}

beforeAll(polyfillDialog);
afterEach(() => {
  search = null;
  cleanup();
  localStorage.clear();
});

describe('Launch Instance', () => {
  it('marks Details, Source and Flavor required and enables Launch once they are filled', async () => {
    const w = setup();
    for (const title of ['Details', 'Source', 'Flavor'])
      expect(within(w.step(title)).getByLabelText('required')).toBeTruthy();
    for (const title of ['Network Ports', 'Security Groups', 'Key Pair', 'Metadata'])
      expect(within(w.step(title)).queryByLabelText('required')).toBeNull();
    // One network only: it is used without asking.
    await waitFor(() => expect(within(w.step('Networks')).queryByLabelText('required')).toBeNull());
    expect(w.submit()).toHaveProperty('disabled', true);

    await fillRequired(w);
    expect(w.submit()).toHaveProperty('disabled', false);
    // The equivalents follow what is filled in.
    expect(w.dialog.getByLabelText('OpenStack CLI').textContent).toBe(
      [
        'openstack server create \\',
        '  --flavor m1.tiny \\',
        '  --image cirros \\',
        '  --network private \\',
        '  --security-group default \\',
        '  web',
      ].join('\n'),
    );
  });

  it('requires a network when the project has several, and keeps their order', async () => {
    const w = setup({
      networks: [network('net-1', 'private'), network('net-2', 'lab')],
    });
    await fillRequired(w);
    await waitFor(() => expect(within(w.step('Networks')).getByLabelText('required')).toBeTruthy());
    expect(w.submit()).toHaveProperty('disabled', true);

    await w.go('Networks');
    await w.user.click(await w.dialog.findByRole('button', { name: 'Add private' }));
    await w.user.click(w.dialog.getByRole('button', { name: 'Add lab' }));
    await w.user.click(w.dialog.getByRole('button', { name: 'Move lab up' }));
    expect(w.submit()).toHaveProperty('disabled', false);
    const allocated = within(w.dialog.getByRole('table', { name: 'Allocated networks' }));
    const rows = allocated.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      'lab',
      'private',
    ]);
    // External networks are never offered.
    expect(w.dialog.queryByRole('button', { name: 'Add public' })).toBeNull();
  });

  it('disables a flavor that exceeds the quota or is too small, with the reason in its row', async () => {
    const w = setup();
    await w.go('Flavor');
    const large = await w.dialog.findByRole('radio', { name: 'Select m1.large' });
    expect(large).toHaveProperty('disabled', true);
    const row = within(large.closest('tr') as HTMLElement);
    expect(row.getByText('Exceeds the VCPU quota: needs 4, 3 left.')).toBeTruthy();
    expect(large.getAttribute('aria-describedby')).toBeTruthy();
    expect(w.dialog.getByRole('radio', { name: 'Select m1.tiny' })).toHaveProperty(
      'disabled',
      false,
    );

    // An image that needs 10 GB rules out the 1 GB flavor, unless it boots from a volume.
    await w.go('Source');
    await w.user.click(await w.dialog.findByRole('radio', { name: 'Select ubuntu' }));
    await w.go('Flavor');
    const tiny = w.dialog.getByRole('radio', { name: 'Select m1.tiny' });
    expect(tiny).toHaveProperty('disabled', true);
    expect(
      within(tiny.closest('tr') as HTMLElement).getByText(
        'Root disk too small: ubuntu needs 10 GB.',
      ),
    ).toBeTruthy();
  });

  it('launches: createServer gets the body, the success message is plural for a count', async () => {
    const w = setup();
    await fillRequired(w);
    await w.go('Details');
    const count = w.dialog.getByRole('spinbutton', { name: 'Count' });
    await w.user.clear(count);
    await w.user.type(count, '2');
    await w.go('Metadata');
    await w.user.type(w.dialog.getByRole('textbox', { name: 'Metadata' }), 'role=web');
    await w.user.click(w.submit());

    await waitFor(() =>
      expect(w.onCreated).toHaveBeenCalledWith('Launched 2 instances named "web".'),
    );
    expect(w.createServer).toHaveBeenCalledWith({
      server: {
        name: 'web',
        flavorRef: '1',
        imageRef: 'img-cirros',
        networks: [{ uuid: 'net-1' }],
        security_groups: [{ name: 'default' }],
        metadata: { role: 'web' },
        min_count: 2,
        max_count: 2,
      },
    });
    expect(w.onClose).toHaveBeenCalled();
  });

  it("shows Nova's refusal in the wizard and keeps the values", async () => {
    const w = setup({
      createServer: () =>
        Promise.reject(
          new OpenStackError({
            code: 403,
            title: 'Forbidden',
            message:
              'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances',
            service: 'compute',
          }),
        ),
    });
    await fillRequired(w);
    await w.user.click(w.submit());

    const alert = await w.dialog.findByRole('alert');
    expect(alert.textContent).toContain(
      'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances',
    );
    expect(w.onCreated).not.toHaveBeenCalled();
    expect(w.onClose).not.toHaveBeenCalled();
    expect(w.dialog.getByRole('radio', { name: 'Select m1.tiny' })).toHaveProperty('checked', true);
    await w.go('Details');
    expect(w.dialog.getByRole('textbox', { name: 'Instance Name' })).toHaveProperty('value', 'web');
  });

  it('gives clear messages at the fields for a count of 0 and of 1000', async () => {
    const w = setup();
    const count = w.dialog.getByRole('spinbutton', { name: 'Count' });
    await w.user.clear(count);
    await w.user.type(count, '0');
    expect(w.dialog.getByText('Count must be at least 1.')).toBeTruthy();
    await w.user.clear(count);
    await w.user.type(count, '1000');
    expect(
      await w.dialog.findByText(
        'At most 9 instances can be launched: the quota allows 10 and 1 is in use.',
      ),
    ).toBeTruthy();
  });

  it('hides volume sources when the cloud has no volumev3, offers them when it has', async () => {
    const w = setup();
    await w.go('Source');
    expect(
      await w.dialog.findByText(/This cloud has no block storage \(volumev3\) service/),
    ).toBeTruthy();
    expect(w.dialog.getByRole('radio', { name: 'Image' })).toBeTruthy();
    expect(w.dialog.getByRole('radio', { name: 'Instance Snapshot' })).toBeTruthy();
    expect(w.dialog.queryByRole('radio', { name: 'Volume' })).toBeNull();
    cleanup();

    const v = setup({ volumes: true });
    await v.go('Source');
    await v.user.click(await v.dialog.findByRole('radio', { name: 'Volume' }));
    await v.user.click(await v.dialog.findByRole('radio', { name: 'Select data' }));
    await v.user.click(
      v.dialog.getByRole('checkbox', { name: 'Delete Volume on Instance Delete' }),
    );
    expect(v.dialog.getByLabelText('OpenStack CLI').textContent).toContain('--volume data');
  });

  it('shows a failing list inside its step, not a crash', async () => {
    const w = setup({
      listFlavors: () =>
        Promise.reject(
          new OpenStackError({
            code: 503,
            title: 'Service Unavailable',
            message: 'The compute service is unavailable.',
            service: 'compute',
          }),
        ),
    });
    await w.go('Flavor');
    const alert = await w.dialog.findByRole('alert');
    expect(alert.textContent).toContain('Unable to retrieve the list.');
    expect(alert.textContent).toContain('The compute service is unavailable.');
    expect(w.dialog.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('creates a key pair inline, downloads its private key and chooses it', async () => {
    const createObjectURL = vi.fn(() => 'blob:key');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const w = setup();
    await w.go('Key Pair');
    await w.user.click(w.dialog.getByRole('button', { name: 'Create Key Pair' }));
    const form = within(w.dialog.getByRole('group', { name: 'Create Key Pair' }));
    await w.user.type(form.getByRole('textbox', { name: 'Key Pair Name' }), 'laptop{Enter}');

    await waitFor(() =>
      expect(w.createKeypair).toHaveBeenCalledWith({ name: 'laptop', type: 'ssh' }),
    );
    expect(click).toHaveBeenCalledTimes(1);
    expect(await w.dialog.findByText('Key pair "laptop" is ready and chosen.')).toBeTruthy();
    // Enter created the key; it did not launch anything.
    expect(w.createServer).not.toHaveBeenCalled();
    expect(w.dialog.getByLabelText('OpenStack CLI').textContent).toContain('--key-name laptop');
    click.mockRestore();
  });
});

describe('Launch Instance from a link (?launch=<source_type>:<id>)', () => {
  const bootVolume = {
    id: 'vol-9',
    name: 'boot-vol',
    status: 'available',
    size: 3,
    bootable: 'true',
  };

  it('chooses the named volume, even when it is not on the first page of the list', async () => {
    search = new URLSearchParams('launch=volume:vol-9');
    const w = setup({ volumes: true, volumesById: { 'vol-9': bootVolume } });
    await w.user.type(w.dialog.getByRole('textbox', { name: 'Instance Name' }), 'from-vol');
    await w.go('Source');
    expect(w.dialog.getByRole('radio', { name: 'Volume' })).toHaveProperty('checked', true);
    expect(await w.dialog.findByRole('radio', { name: 'Select boot-vol' })).toHaveProperty(
      'checked',
      true,
    );
    await w.go('Flavor');
    await w.user.click(await w.dialog.findByRole('radio', { name: 'Select m1.tiny' }));
    await w.user.click(w.submit());
    await waitFor(() => expect(w.createServer).toHaveBeenCalled());
    expect(w.createServer).toHaveBeenCalledWith({
      server: expect.not.objectContaining({ imageRef: expect.anything() }),
    });
    expect(w.createServer).toHaveBeenCalledWith({
      server: expect.objectContaining({
        block_device_mapping_v2: [
          {
            boot_index: 0,
            uuid: 'vol-9',
            destination_type: 'volume',
            source_type: 'volume',
            delete_on_termination: false,
          },
        ],
      }),
    });
  });

  it('chooses the named image', async () => {
    search = new URLSearchParams('launch=image:img-ubuntu');
    const w = setup();
    await w.go('Source');
    expect(await w.dialog.findByRole('radio', { name: 'Select ubuntu' })).toHaveProperty(
      'checked',
      true,
    );
    expect(w.dialog.getByLabelText('OpenStack CLI').textContent).toContain('--image ubuntu');
  });

  it('says in the Source step that an unknown id was not found, and refuses to launch with it', async () => {
    search = new URLSearchParams('launch=volume:no-such-volume');
    const w = setup({ volumes: true });
    await w.user.type(w.dialog.getByRole('textbox', { name: 'Instance Name' }), 'x');
    await w.go('Flavor');
    await w.user.click(await w.dialog.findByRole('radio', { name: 'Select m1.tiny' }));
    await w.go('Source');
    const alert = await w.dialog.findByRole('alert');
    expect(alert.textContent).toContain('Volume "no-such-volume" from the link was not found');
    expect(w.submit()).toHaveProperty('disabled', true);
    // Choosing a listed volume instead clears the message and allows the launch.
    await w.user.click(await w.dialog.findByRole('radio', { name: 'Select data' }));
    expect(w.dialog.queryByRole('alert')).toBeNull();
    expect(w.submit()).toHaveProperty('disabled', false);
  });

  it('explains a volume that cannot boot, and an unknown source type', async () => {
    search = new URLSearchParams('launch=volume:vol-9');
    const w = setup({
      volumes: true,
      volumesById: { 'vol-9': { ...bootVolume, status: 'in-use' } },
    });
    await w.go('Source');
    expect((await w.dialog.findByRole('alert')).textContent).toContain(
      'Volume "boot-vol" is in-use: only an available one can boot an instance.',
    );
    cleanup();

    search = new URLSearchParams('launch=floppy:1');
    const f = setup();
    await f.go('Source');
    expect((await f.dialog.findByRole('alert')).textContent).toContain(
      'a boot source of type "floppy"',
    );
    expect(f.dialog.getByRole('radio', { name: 'Image' })).toHaveProperty('checked', true);
  });
});
