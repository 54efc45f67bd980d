// Associate / Disassociate Floating IP on an instance, through Neutron (api-ref
// network v2 "Floating IPs"): PUT the floating IP's port_id and fixed_ip_address,
// or POST a new one already pointing at the port, so nothing is left half-made.
import type { Api } from '@/lib/openstack/api';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import {
  associateInstanceIpInput,
  disassociateInstanceIpInput,
  ipChoiceValue,
  parseIpChoice,
  parsePortChoice,
  portChoiceValue,
} from './floating-ip-choices';
import {
  associateServerIpEquivalents,
  disassociateServerIpEquivalents,
} from './floating-ip-equivalents';
import { first } from './form-helpers';
import { allowedBy } from './rules';

/** Whether Nova lists a floating address on the server. */
export const hasFloatingIp = (s: Server): boolean =>
  Object.values(s.addresses).some((list) => list.some((a) => a['OS-EXT-IPS:type'] === 'floating'));

/** The instance's fixed IPv4 addresses, one choice each, named "instance: ip". */
async function portChoices(api: Api, server: Server) {
  const ports = await api.network.listPorts({ device_id: server.id });
  return ports.flatMap((p) =>
    p.fixed_ips
      .filter((f) => !f.ip_address.includes(':'))
      .map((f) => ({
        value: portChoiceValue({ portId: p.id, fixedIp: f.ip_address }),
        label: `${server.name}: ${f.ip_address}`,
      })),
  );
}

export const associateFloatingIpToInstance: RowAction<Server> = formRowAction({
  id: 'associate-floating-ip',
  label: 'Associate Floating IP',
  service: 'network',
  allowed: allowedBy({
    when: (s) =>
      Object.keys(s.addresses).length > 0 ? true : 'The instance has no network interface.',
  }),
  form: async ({ api }, server) => {
    const [fips, networks, targets] = await Promise.all([
      api.network.listFloatingIps(),
      api.network.listNetworks({ 'router:external': true }),
      portChoices(api, server),
    ]);
    const free = fips.items.filter((f) => !f.port_id);
    const poolName = (id: string) => networks.find((n) => n.id === id)?.name || id;
    const ipOptions = [
      ...free.map((f) => ({
        value: ipChoiceValue({ fip: f.id, ip: f.floating_ip_address }),
        label: `${f.floating_ip_address} (${poolName(f.floating_network_id)})`,
      })),
      ...networks.map((n) => ({
        value: ipChoiceValue({ pool: n.id, name: n.name || n.id }),
        label: `Allocate IP from pool ${n.name || n.id}`,
      })),
    ];
    return {
      title: 'Manage Floating IP Associations',
      submitLabel: 'Associate',
      description:
        'Select the IP address you wish to associate with the instance, or allocate a new one from a pool. The instance’s subnet must be joined by a router to the floating IP’s network.',
      schema: associateInstanceIpInput,
      defaults: { ip: ipOptions[0]?.value ?? '', target: targets[0]?.value ?? '' },
      fields: [
        {
          name: 'ip',
          label: 'IP Address',
          kind: 'select',
          required: true,
          help: 'A floating IP of the project that is not associated yet, or "Allocate IP from pool …" to allocate one now.',
          options:
            ipOptions.length > 0
              ? ipOptions
              : [{ value: '', label: 'No floating IP pools available' }],
        },
        {
          name: 'target',
          label: 'Port to be associated',
          kind: 'select',
          required: true,
          visible: () => targets.length !== 1,
          options: targets.length > 0 ? targets : [{ value: '', label: 'No ports available' }],
        },
      ],
    };
  },
  run: async ({ api }, _server, input) => {
    const ip = parseIpChoice(input.ip);
    const port = parsePortChoice(input.target);
    if (!ip || !port) throw new Error('Select an IP address and a port.');
    if ('fip' in ip) {
      await api.network.updateFloatingIp(ip.fip, {
        portId: port.portId,
        fixedIpAddress: port.fixedIp,
      });
    } else {
      await api.network.createFloatingIp({
        floatingNetworkId: ip.pool,
        portId: port.portId,
        fixedIpAddress: port.fixedIp,
      });
    }
  },
  success: (rows) => `Associated a floating IP with instance ${first(rows).name}.`,
  failure: (server) => `Unable to associate floating IP with: ${server.name}`,
  equivalents: (rows, values) =>
    associateServerIpEquivalents(
      first(rows).name,
      parseIpChoice(values?.ip),
      parsePortChoice(values?.target),
    ),
});

export const disassociateFloatingIpFromInstance: RowAction<Server> = formRowAction({
  id: 'disassociate-floating-ip',
  label: 'Disassociate Floating IP',
  danger: true,
  service: 'network',
  allowed: allowedBy({
    when: (s) => (hasFloatingIp(s) ? true : 'The instance has no floating IP.'),
  }),
  form: async ({ api }, server) => {
    const [ports, fips] = await Promise.all([
      api.network.listPorts({ device_id: server.id }),
      api.network.listFloatingIps(),
    ]);
    const portIds = new Set(ports.map((p) => p.id));
    const mine = fips.items.filter((f) => f.port_id && portIds.has(f.port_id));
    const options = mine.map((f) => ({
      value: ipChoiceValue({ fip: f.id, ip: f.floating_ip_address }),
      label: `${f.floating_ip_address} (${f.fixed_ip_address ?? ''})`,
    }));
    return {
      title: 'Disassociate Floating IP',
      submitLabel: 'Disassociate',
      description:
        'The floating IP is taken off the instance. It stays allocated to the project unless you also release it.',
      schema: disassociateInstanceIpInput,
      defaults: { ip: options[0]?.value ?? '', release: false },
      fields: [
        {
          name: 'ip',
          label: 'Floating IP',
          kind: 'select',
          required: true,
          options: options.length > 0 ? options : [{ value: '', label: 'No floating IPs' }],
        },
        {
          name: 'release',
          label: 'Release Floating IP',
          kind: 'checkbox',
          help: 'If checked, the selected floating IP is released at the same time.',
        },
      ],
    };
  },
  run: async ({ api }, _server, input) => {
    const ip = parseIpChoice(input.ip);
    if (!ip || !('fip' in ip)) throw new Error('Select a floating IP.');
    await api.network.updateFloatingIp(ip.fip, { portId: null });
    if (input.release) await api.network.deleteFloatingIp(ip.fip);
  },
  success: (rows) => `Successfully disassociated floating IP from instance ${first(rows).name}.`,
  failure: (server) => `Unable to disassociate floating IP from: ${server.name}`,
  equivalents: (rows, values) => {
    const ip = parseIpChoice(values?.ip);
    return disassociateServerIpEquivalents(
      first(rows).name,
      ip && 'fip' in ip ? ip.ip : '<floating-ip>',
      values?.release === true,
    );
  },
});
