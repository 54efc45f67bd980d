// Attach and detach network interfaces (ports).
import { z } from 'zod';
import { SDK_CONNECT } from '@/lib/equivalents/preamble';
import { py, sh, yaml } from '@/lib/equivalents/quote';
import { formText } from '@/lib/forms/text';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { serverPropertyHot } from './equivalents';
import { first } from './form-helpers';
import { allowedBy } from './rules';

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
    const target = byPort
      ? formText(values, 'port', '<port>')
      : formText(values, 'network', '<network>');
    const ip = formText(values, 'fixedIp', '');
    const server = first(rows).name;
    return {
      cli: `openstack server add ${byPort ? 'port' : `network${ip ? ` --fixed-ip ${sh(ip)}` : ''}`} ${sh(server)} ${sh(target)}`,
      sdk: `${SDK_CONNECT}\nserver = conn.compute.find_server(${py(server)})\nconn.compute.create_server_interface(server, ${byPort ? `port_id=${py(target)}` : `net_id=${py(target)}`})`,
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
    const port = formText(values, 'port', '<port>');
    return {
      cli: `openstack server remove port ${sh(first(rows).name)} ${sh(port)}`,
      sdk: `${SDK_CONNECT}\nserver = conn.compute.find_server(${py(first(rows).name)})\nconn.compute.delete_server_interface(${py(port)}, server=server)`,
      hot: "# Remove the port from the server's networks property, then update the stack.",
    };
  },
});
