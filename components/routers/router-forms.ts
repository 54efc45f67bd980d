// The router forms that need the cloud before they open: Create Router (the
// external networks) and Add Interface (the subnets a router may join).
// api-ref: network v2, "Routers (routers)", "Ports", "Networks", "Subnets".
import { asyncFormAction } from '@/components/resource/async-form-action';
import { formText } from '@/lib/forms/text';
import type { FieldOption, FormSpec, FormValues } from '@/lib/forms/types';
import type { Api } from '@/lib/openstack/api';
import type { NetworkDetail } from '@/lib/openstack/network/network-schemas';
import type { Router } from '@/lib/openstack/network/router-schemas';
import type { PublicSession } from '@/lib/session-token';
import {
  addInterfaceInput,
  createRouterInput,
  splitList,
  type AddInterfaceInput,
  type SubnetChoice,
} from './router-inputs';
import { addInterfaceEquivalents, createRouterEquivalents } from './routers-equivalents';

export const isAdmin = (session: PublicSession) => session.roles.includes('admin');

export async function externalNetworks(api: Api): Promise<NetworkDetail[]> {
  const page = await api.network.pageNetworks({ filters: { 'router:external': true } });
  return page.items;
}

export const networkOptions = (networks: NetworkDetail[]): FieldOption[] =>
  networks.map((n) => ({ value: n.id, label: n.name || n.id }));

/** Create Router's preview; SNAT is in the request only when an admin sees the box. */
export function createRouterPreview(values: FormValues, admin: boolean) {
  const network = formText(values, 'external_network');
  return createRouterEquivalents({
    name: formText(values, 'name', '', { raw: true }).trim(),
    adminStateUp: values.admin_state_up !== false,
    gateway: network
      ? { network, enableSnat: admin ? values.enable_snat !== false : undefined }
      : undefined,
    azHints: splitList(formText(values, 'az_hints')),
  });
}

export function createRouterForm(networks: NetworkDetail[], admin: boolean) {
  return {
    title: 'Create Router',
    submitLabel: 'Create Router',
    description:
      'A router connects your networks to each other and, through its gateway, to an external network (the Internet or the campus). Add interfaces on your subnets after creating it.',
    schema: createRouterInput,
    defaults: {
      name: '',
      admin_state_up: true,
      external_network: '',
      enable_snat: true,
      az_hints: '',
    },
    fields: [
      { name: 'name', label: 'Router Name', kind: 'text' },
      { name: 'admin_state_up', label: 'Enable Admin State', kind: 'checkbox' },
      {
        name: 'external_network',
        label: 'External Network',
        kind: 'select',
        options: [{ value: '', label: 'Select network' }, ...networkOptions(networks)],
      },
      {
        name: 'enable_snat',
        label: 'Enable SNAT',
        kind: 'checkbox',
        help: 'Source NAT: instances without a floating IP reach the external network through the gateway address.',
        // Neutron's policy lets only admins choose SNAT.
        visible: (v) => admin && v.external_network !== '',
      },
      {
        name: 'az_hints',
        label: 'Availability Zone Hints',
        kind: 'text',
        help: 'Optional: availability zones to schedule the router in, separated by commas.',
      },
    ],
  } satisfies FormSpec<typeof createRouterInput>;
}

export const createRouterAction = asyncFormAction({
  title: 'Create Router',
  build: async ({ api, session }) =>
    createRouterForm(await externalNetworks(api), isAdmin(session)),
  run: ({ api, session }, input) =>
    api.network.createRouter({
      name: input.name,
      adminStateUp: input.adminStateUp,
      gateway: input.externalNetwork
        ? {
            networkId: input.externalNetwork,
            enableSnat: isAdmin(session) ? input.enableSnat : undefined,
          }
        : undefined,
      availabilityZoneHints: input.azHints,
    }),
  success: (input) => `Router ${input.name || '(no name)'} was successfully created.`,
  equivalents: (values, { session }) => createRouterPreview(values, isAdmin(session)),
});

export function subnetLabel(networkName: string, cidr: string, subnetName: string): string {
  return `${networkName}: ${cidr}${subnetName ? ` (${subnetName})` : ''}`;
}

/**
 * Subnets of the project's own and shared networks (an admin sees every
 * project's: Horizon offers only these), not external, not on the router already.
 */
export async function interfaceChoices(
  api: Api,
  session: PublicSession,
  router: Router,
): Promise<SubnetChoice[]> {
  const [own, shared, subnets, ports] = await Promise.all([
    api.network.listNetworks({ project_id: session.project.id }),
    api.network.listNetworks({ shared: true }),
    api.network.listSubnets({}),
    api.network.pagePorts({ filters: { device_id: router.id } }),
  ]);
  const attached = new Set(ports.items.flatMap((p) => p.fixed_ips.map((ip) => ip.subnet_id)));
  const byId = new Map([...own, ...shared].map((n) => [n.id, n]));
  return subnets
    .filter((s) => {
      const network = byId.get(s.network_id);
      return network && !network['router:external'] && !attached.has(s.id);
    })
    .map((s) => ({
      id: s.id,
      cidr: s.cidr,
      networkId: s.network_id,
      label: subnetLabel(byId.get(s.network_id)?.name || s.network_id, s.cidr, s.name),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function addInterfaceForm(subnets: SubnetChoice[]) {
  const schema = addInterfaceInput(subnets);
  return {
    title: 'Add Interface',
    submitLabel: 'Add Interface',
    description:
      "An interface puts the router on one of your subnets. Without an IP address it takes the subnet's gateway address; give one to use another address of the subnet.",
    schema,
    defaults: { subnet: subnets[0]?.id ?? '', ip_address: '' },
    fields: [
      {
        name: 'subnet',
        label: 'Subnet',
        kind: 'select',
        required: true,
        options: [
          { value: '', label: 'Select Subnet' },
          ...subnets.map((s) => ({ value: s.id, label: s.label })),
        ],
      },
      {
        name: 'ip_address',
        label: 'IP Address (optional)',
        kind: 'text',
        help: 'Specify an IP address for the interface created (e.g. 192.168.0.254).',
      },
    ],
  } satisfies FormSpec<typeof schema>;
}

export function addInterfacePreview(
  routerId: string,
  subnets: SubnetChoice[],
  values?: FormValues,
) {
  const subnet = subnets.find((s) => s.id === values?.subnet);
  return addInterfaceEquivalents(routerId, {
    subnetId: subnet?.id ?? '<subnet>',
    networkId: subnet?.networkId ?? '<network>',
    ipAddress: formText(values, 'ip_address') || undefined,
  });
}

/**
 * Adds the interface by subnet; with an address, as Horizon does, a port holding
 * it first, then the port. The port goes again if the router refuses it.
 */
export async function addInterface(
  api: Api,
  router: Router,
  subnets: SubnetChoice[],
  input: AddInterfaceInput,
): Promise<void> {
  if (!input.ip_address) {
    await api.network.addRouterInterface(router.id, { subnetId: input.subnet });
    return;
  }
  const subnet = subnets.find((s) => s.id === input.subnet);
  if (!subnet) throw new Error('Choose a subnet.');
  const port = await api.network.createPort({
    network_id: subnet.networkId,
    fixed_ips: [{ subnet_id: subnet.id, ip_address: input.ip_address }],
  });
  try {
    await api.network.addRouterInterface(router.id, { portId: port.id });
  } catch (error) {
    await api.network.deletePort(port.id).catch(() => undefined);
    throw error;
  }
}

export const interfaceSuccess = (router: Router) =>
  `Interface added to router ${router.name || router.id}.`;

/** Add Interface from the Interfaces tab: the same form and call as the row action. */
export function addInterfaceAction(router: Router) {
  let subnets: SubnetChoice[] = [];
  return asyncFormAction({
    title: 'Add Interface',
    build: async ({ api, session }) => {
      subnets = await interfaceChoices(api, session, router);
      return addInterfaceForm(subnets);
    },
    run: ({ api }, input: AddInterfaceInput) => addInterface(api, router, subnets, input),
    success: () => interfaceSuccess(router),
    equivalents: (values) => addInterfacePreview(router.id, subnets, values),
  });
}
