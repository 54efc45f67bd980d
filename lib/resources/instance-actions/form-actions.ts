// Instance actions that ask for input first: Resize, Rebuild, Create Snapshot,
// Edit, Lock, Rescue, Attach/Detach Interface, Update Metadata.
import { z } from 'zod';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import { keyValueLines, toKeyValueLines } from '@/lib/forms/key-value';
import type { FormValues } from '@/lib/forms/types';
import type { Server } from '@/lib/schemas/nova-servers';
import { serverPropertyHot, simpleEquivalents } from './equivalents';
import { allowedBy } from './rules';
import { imageId } from '../instance-status';
import { formRowAction, type RowAction } from '../types';

const CONNECT = 'import openstack\n\nconn = openstack.connect(cloud="openstack")';

function text(values: FormValues | undefined, name: string, fallback: string): string {
  const value = values?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

function first(rows: Server[]): Server {
  return rows[0] as Server;
}

const name255 = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(255, { error: `${label} must be 255 characters or fewer.` });

const optional255 = (label: string) =>
  z
    .string()
    .trim()
    .max(255, { error: `${label} must be 255 characters or fewer.` });

export const resizeInstance: RowAction<Server> = formRowAction({
  id: 'resize',
  label: 'Resize Instance',
  allowed: allowedBy({ statuses: ['ACTIVE', 'SHUTOFF'], respectsLock: true }),
  form: async ({ api }, server) => {
    const flavors = (await api.compute.listFlavors()).items;
    const current = server.flavor.original_name;
    return {
      title: 'Resize Instance',
      submitLabel: 'Resize',
      description: `A new flavor gives the instance other CPUs, memory and disk. It restarts, and then waits in "Confirm or Revert Resize" so you can check it before the old one is thrown away. Current flavor: ${current ?? 'unknown'}.`,
      schema: z.object({ flavor: z.string().min(1, { error: 'Choose a flavor.' }) }),
      defaults: { flavor: '' },
      fields: [
        {
          name: 'flavor',
          label: 'New Flavor',
          kind: 'select',
          required: true,
          options: [
            { value: '', label: 'Select a new flavor' },
            ...flavors.map((f) => ({
              value: f.id,
              label: `${f.name} (${f.vcpus} VCPU, ${f.ram} MB RAM, ${f.disk} GB disk)`,
              disabled: f.name === current,
              reason: f.name === current ? 'current flavor' : undefined,
            })),
          ],
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    await api.compute.serverAction(server.id, { resize: { flavorRef: input.flavor } });
  },
  success: (rows) => `Scheduled resize of Instance: ${first(rows).name}`,
  failure: (server) => `Unable to resize Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const flavor = text(values, 'flavor', '<flavor>');
    return {
      cli: `openstack server resize --flavor ${sh(flavor)} ${sh(first(rows).name)}\n# then, once it is VERIFY_RESIZE:\nopenstack server resize confirm ${sh(first(rows).name)}`,
      sdk: `${CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.resize_server(server, ${py(flavor)})`,
      hot: serverPropertyHot('flavor', yaml(flavor)),
    };
  },
});

export const rebuildInstance: RowAction<Server> = formRowAction({
  id: 'rebuild',
  label: 'Rebuild Instance',
  danger: true,
  allowed: allowedBy({ statuses: ['ACTIVE', 'SHUTOFF', 'ERROR'], respectsLock: true }),
  form: async ({ api }, server) => {
    const images = (await api.image.listImages({ filters: { status: 'active' } })).items;
    return {
      title: 'Rebuild Instance',
      submitLabel: 'Rebuild Instance',
      description:
        "Rebuilding wipes the instance's root disk and starts it again from the chosen image. It keeps its ID, addresses and volumes. Anything written to the root disk is lost.",
      schema: z.object({
        image: z.string().min(1, { error: 'Choose an image.' }),
        description: optional255('Description'),
      }),
      defaults: { image: imageId(server) ?? '', description: server.description ?? '' },
      fields: [
        {
          name: 'image',
          label: 'Select Image',
          kind: 'select',
          required: true,
          options: [
            { value: '', label: 'Select an image' },
            ...images.map((i) => ({ value: i.id, label: i.name ?? i.id })),
          ],
        },
        { name: 'description', label: 'Description', kind: 'text' },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    const rebuild: Record<string, unknown> = { imageRef: input.image };
    if (input.description) rebuild.description = input.description;
    await api.compute.serverAction(server.id, { rebuild });
  },
  success: (rows) => `Rebuilding Instance: ${first(rows).name}`,
  failure: (server) => `Unable to rebuild Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const image = text(values, 'image', '<image>');
    return {
      cli: `openstack server rebuild --image ${sh(image)} ${sh(first(rows).name)}`,
      sdk: `${CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.rebuild_server(server, image=${py(image)})`,
      hot: serverPropertyHot('image', yaml(image)),
    };
  },
});

export const createSnapshot: RowAction<Server> = formRowAction({
  id: 'snapshot',
  label: 'Create Snapshot',
  allowed: allowedBy({
    statuses: ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED'],
    respectsLock: true,
  }),
  form: (_ctx, server) => ({
    title: 'Create Snapshot',
    submitLabel: 'Create Snapshot',
    description:
      "A snapshot saves the instance's root disk as a new image. You can launch new instances from it (Source: Instance Snapshot).",
    schema: z.object({ name: name255('Snapshot Name') }),
    defaults: { name: `${server.name}-snapshot` },
    fields: [{ name: 'name', label: 'Snapshot Name', kind: 'text', required: true }],
  }),
  run: async ({ api }, server, input) => {
    await api.compute.serverAction(server.id, { createImage: { name: input.name } });
  },
  success: (rows) => `Snapshot of "${first(rows).name}" is being created.`,
  failure: (server) => `Unable to create snapshot of: ${server.name}`,
  equivalents: (rows, values) => {
    const name = text(values, 'name', '<snapshot name>');
    return simpleEquivalents(
      `server image create --name ${sh(name)}`,
      (s) => `conn.compute.create_server_image(${s}, name=${py(name)})`,
      rows,
    );
  },
});

export const editInstance: RowAction<Server> = formRowAction({
  id: 'edit',
  label: 'Edit Instance',
  allowed: allowedBy({ respectsLock: false }),
  form: async ({ api, session }, server) => {
    const groups = await api.network
      .listSecurityGroups({ project_id: session.project.id })
      .catch(() => []);
    const current = [...new Set((server.security_groups ?? []).map((g) => g.name))];
    return {
      title: 'Edit Instance',
      submitLabel: 'Save',
      description:
        'Rename the instance, describe it, or change the security groups (firewall rules) on all its ports.',
      schema: z.object({
        name: name255('Name'),
        description: optional255('Description'),
        securityGroups: z.array(z.string()),
      }),
      defaults: {
        name: server.name,
        description: server.description ?? '',
        securityGroups: current,
      },
      fields: [
        { name: 'name', label: 'Name', kind: 'text', required: true },
        { name: 'description', label: 'Description', kind: 'text' },
        {
          name: 'securityGroups',
          label: 'Security Groups',
          kind: 'checkboxes',
          options: groups.map((g) => ({ value: g.name, label: g.name })),
          visible: () => groups.length > 0,
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    if (
      input.name !== server.name ||
      (input.description || null) !== (server.description ?? null)
    ) {
      await api.compute.updateServer(server.id, {
        name: input.name,
        description: input.description || null,
      });
    }
    const current = new Set((server.security_groups ?? []).map((g) => g.name));
    const wanted = new Set(input.securityGroups);
    for (const name of wanted) {
      if (!current.has(name))
        await api.compute.serverAction(server.id, { addSecurityGroup: { name } });
    }
    for (const name of current) {
      if (!wanted.has(name))
        await api.compute.serverAction(server.id, { removeSecurityGroup: { name } });
    }
  },
  success: (rows) => `Modified instance "${first(rows).name}".`,
  failure: (server) => `Unable to modify instance "${server.name}"`,
  equivalents: (rows, values) => {
    const server = first(rows);
    const name = text(values, 'name', server.name);
    const description = text(values, 'description', '');
    const wanted = Array.isArray(values?.securityGroups) ? values.securityGroups : [];
    const current = (server.security_groups ?? []).map((g) => g.name);
    const add = wanted.filter((g) => !current.includes(g));
    const remove = current.filter((g) => !wanted.includes(g));
    const cli = [
      `openstack server set --name ${sh(name)}${description ? ` --description ${sh(description)}` : ''} ${sh(server.name)}`,
      ...add.map((g) => `openstack server add security group ${sh(name)} ${sh(g)}`),
      ...remove.map((g) => `openstack server remove security group ${sh(name)} ${sh(g)}`),
    ];
    const sdk = [
      CONNECT,
      `server = conn.compute.find_server(${py(server.name)})`,
      `conn.compute.update_server(server, name=${py(name)}${description ? `, description=${py(description)}` : ''})`,
      ...add.map((g) => `conn.compute.add_security_group_to_server(server, {"name": ${py(g)}})`),
      ...remove.map(
        (g) => `conn.compute.remove_security_group_from_server(server, {"name": ${py(g)}})`,
      ),
    ];
    return { cli: cli.join('\n'), sdk: sdk.join('\n'), hot: serverPropertyHot('name', yaml(name)) };
  },
});

export const lockInstance: RowAction<Server> = formRowAction({
  id: 'lock',
  label: 'Lock Instance',
  allowed: allowedBy({ when: (s) => (s.locked ? 'The instance is already locked.' : true) }),
  form: () => ({
    title: 'Lock Instance',
    submitLabel: 'Lock Instance',
    description:
      'A locked instance refuses actions (stop, delete, …) from anyone but an administrator until it is unlocked: a guard against accidents.',
    schema: z.object({ reason: optional255('Reason') }),
    defaults: { reason: '' },
    fields: [
      {
        name: 'reason',
        label: 'Reason',
        kind: 'text',
        help: 'Optional; shown to whoever finds it locked.',
      },
    ],
  }),
  run: async ({ api }, server, input) => {
    await api.compute.serverAction(server.id, {
      lock: input.reason ? { locked_reason: input.reason } : null,
    });
  },
  success: (rows) => `Locked Instance: ${first(rows).name}`,
  failure: (server) => `Unable to lock Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const reason = text(values, 'reason', '');
    return simpleEquivalents(
      reason ? `--os-compute-api-version 2.73 server lock --reason ${sh(reason)}` : 'server lock',
      (s) => `conn.compute.lock_server(${s}${reason ? `, locked_reason=${py(reason)}` : ''})`,
      rows,
    );
  },
});

export const rescueInstance: RowAction<Server> = formRowAction({
  id: 'rescue',
  label: 'Rescue Instance',
  allowed: allowedBy({ statuses: ['ACTIVE', 'SHUTOFF'], respectsLock: true }),
  form: async ({ api }) => {
    const images = (await api.image.listImages({ filters: { status: 'active' } })).items;
    return {
      title: 'Rescue Instance',
      submitLabel: 'Confirm',
      description:
        'Rescue starts the instance from a rescue image with its own disk attached as a second disk, so you can repair a system that no longer boots. Unrescue returns to normal.',
      schema: z.object({
        image: z.string(),
        password: z.string().max(255, { error: 'Password must be 255 characters or fewer.' }),
      }),
      defaults: { image: '', password: '' },
      fields: [
        {
          name: 'image',
          label: 'Image',
          kind: 'select',
          options: [
            { value: '', label: "The instance's own image" },
            ...images.map((i) => ({ value: i.id, label: i.name ?? i.id })),
          ],
        },
        {
          name: 'password',
          label: 'Password',
          kind: 'password',
          help: "Optional: the rescue system's admin password.",
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    const rescue: Record<string, string> = {};
    if (input.image) rescue.rescue_image_ref = input.image;
    if (input.password) rescue.adminPass = input.password;
    await api.compute.serverAction(server.id, { rescue });
  },
  success: (rows) => `Rescuing Instance: ${first(rows).name}`,
  failure: (server) => `Unable to rescue Instance: ${server.name}`,
  equivalents: (rows, values) => {
    const image = text(values, 'image', '');
    return simpleEquivalents(
      `server rescue${image ? ` --image ${sh(image)}` : ''}`,
      (s) => `conn.compute.rescue_server(${s}${image ? `, image_ref=${py(image)}` : ''})`,
      rows,
    );
  },
});

export const attachInterface: RowAction<Server> = formRowAction({
  id: 'attach-interface',
  label: 'Attach Interface',
  allowed: allowedBy({ statuses: ['ACTIVE', 'SHUTOFF', 'PAUSED'], respectsLock: true }),
  form: async ({ api, session }) => {
    const [networks, ports] = await Promise.all([
      api.network.listNetworks({}),
      api.network.listPorts({ project_id: session.project.id, device_owner: '' }),
    ]);
    const usable = networks.filter((n) => !n['router:external'] || n.shared);
    const free = ports.filter((p) => !p.device_id);
    return {
      title: 'Attach Interface',
      submitLabel: 'Attach Interface',
      description:
        'An interface is a network card: attach one on a network (the cloud makes a new port with an address) or attach a port you made before.',
      schema: z
        .object({
          by: z.enum(['network', 'port']),
          network: z.string(),
          fixedIp: z.union([
            z.literal(''),
            z.ipv4({ error: 'Fixed IP Address must be an IPv4 address.' }),
            z.ipv6(),
          ]),
          port: z.string(),
        })
        .superRefine((v, ctx) => {
          if (v.by === 'network' && !v.network)
            ctx.addIssue({ code: 'custom', path: ['network'], message: 'Choose a network.' });
          if (v.by === 'port' && !v.port)
            ctx.addIssue({ code: 'custom', path: ['port'], message: 'Choose a port.' });
        }),
      defaults: { by: 'network', network: usable[0]?.id ?? '', fixedIp: '', port: '' },
      fields: [
        {
          name: 'by',
          label: 'The way to specify an interface',
          kind: 'radio',
          options: [
            { value: 'network', label: 'by Network (and IP address)' },
            {
              value: 'port',
              label: 'by Port',
              disabled: free.length === 0,
              reason: 'no free ports',
            },
          ],
        },
        {
          name: 'network',
          label: 'Network',
          kind: 'select',
          visible: (v) => v.by === 'network',
          options: usable.map((n) => ({ value: n.id, label: n.name || n.id })),
        },
        {
          name: 'fixedIp',
          label: 'Fixed IP Address',
          kind: 'text',
          visible: (v) => v.by === 'network',
          help: "Optional: an address from the network's subnet.",
        },
        {
          name: 'port',
          label: 'Port',
          kind: 'select',
          visible: (v) => v.by === 'port',
          options: [
            { value: '', label: 'Select a port' },
            ...free.map((p) => ({ value: p.id, label: p.name || p.id })),
          ],
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    await api.compute.attachInterface(
      server.id,
      input.by === 'port'
        ? { portId: input.port }
        : { netId: input.network, fixedIp: input.fixedIp || undefined },
    );
  },
  success: (rows) => `Attaching interface for instance ${first(rows).name}.`,
  failure: (server) => `Unable to attach interface to: ${server.name}`,
  equivalents: (rows, values) => {
    const byPort = values?.by === 'port';
    const target = byPort ? text(values, 'port', '<port>') : text(values, 'network', '<network>');
    const ip = text(values, 'fixedIp', '');
    const server = first(rows).name;
    return {
      cli: `openstack server add ${byPort ? 'port' : `network${ip ? ` --fixed-ip ${sh(ip)}` : ''}`} ${sh(server)} ${sh(target)}`,
      sdk: `${CONNECT}\nserver = conn.compute.find_server(${py(server)})\nconn.compute.create_server_interface(server, ${byPort ? `port_id=${py(target)}` : `net_id=${py(target)}`})`,
      hot: serverPropertyHot('networks', `[{ ${byPort ? 'port' : 'network'}: ${yaml(target)} }]`),
    };
  },
});

export const detachInterface: RowAction<Server> = formRowAction({
  id: 'detach-interface',
  label: 'Detach Interface',
  allowed: allowedBy({
    statuses: ['ACTIVE', 'SHUTOFF', 'PAUSED'],
    respectsLock: true,
    when: (s) => (Object.keys(s.addresses).length > 0 ? true : 'The instance has no interfaces.'),
  }),
  form: async ({ api }, server) => {
    const interfaces = await api.compute.listInterfaces(server.id);
    return {
      title: 'Detach Interface',
      submitLabel: 'Detach Interface',
      description: 'The port is taken off the instance and deleted if the cloud made it at launch.',
      schema: z.object({ port: z.string().min(1, { error: 'Choose a port.' }) }),
      defaults: { port: '' },
      fields: [
        {
          name: 'port',
          label: 'Port',
          kind: 'select',
          required: true,
          options: [
            { value: '', label: 'Select a port' },
            ...interfaces.map((i) => ({
              value: i.port_id,
              label: `${i.fixed_ips.map((f) => f.ip_address).join(', ') || i.port_id} (${i.mac_addr})`,
            })),
          ],
        },
      ],
    };
  },
  run: async ({ api }, server, input) => {
    await api.compute.detachInterface(server.id, input.port);
  },
  success: (rows) => `Detached interface from instance ${first(rows).name}.`,
  failure: (server) => `Unable to detach interface from: ${server.name}`,
  equivalents: (rows, values) => {
    const port = text(values, 'port', '<port>');
    return {
      cli: `openstack server remove port ${sh(first(rows).name)} ${sh(port)}`,
      sdk: `${CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.delete_server_interface(${py(port)}, server=server)`,
      hot: "# Remove the port from the server's networks property, then update the stack.",
    };
  },
});

export const updateMetadata: RowAction<Server> = formRowAction({
  id: 'metadata',
  label: 'Update Metadata',
  allowed: allowedBy({ respectsLock: true }),
  form: (_ctx, server) => ({
    title: 'Update Instance Metadata',
    submitLabel: 'Save',
    description:
      'Metadata are key=value labels on the instance (owner, course, role…). The instance can read them from the metadata service. One pair per line; the list replaces the current one.',
    schema: z.object({ metadata: keyValueLines({ label: 'line' }) }),
    defaults: { metadata: toKeyValueLines(server.metadata) },
    fields: [
      {
        name: 'metadata',
        label: 'Metadata',
        kind: 'textarea',
        rows: 8,
        monospace: true,
        placeholder: 'course=cloud-101',
      },
    ],
  }),
  run: async ({ api }, server, input) => {
    await api.compute.replaceServerMetadata(server.id, input.metadata);
  },
  success: (rows) => `Updated metadata of "${first(rows).name}".`,
  failure: (server) => `Unable to update metadata of: ${server.name}`,
  equivalents: (rows, values) => {
    const parsed = keyValueLines().safeParse(
      typeof values?.metadata === 'string' ? values.metadata : '',
    );
    const items = parsed.success ? parsed.data : {};
    const props = Object.entries(items)
      .map(([k, v]) => ` --property ${sh(`${k}=${v}`)}`)
      .join('');
    return {
      cli: `openstack server set${props || ' --property <key>=<value>'} ${sh(first(rows).name)}`,
      sdk: `${CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.set_server_metadata(server, **${JSON.stringify(items)})`,
      hot: serverPropertyHot(
        'metadata',
        `{ ${Object.entries(items)
          .map(([k, v]) => `${yaml(k)}: ${yaml(v)}`)
          .join(', ')} }`,
      ),
    };
  },
});
