// The row actions of a router (list rows and the detail page's header): Edit,
// Set/Clear Gateway, Add Interface, Delete. api-ref: network v2, "Routers (routers)".
import { deleteAction } from '@/components/resource/delete-action';
import { SelectedRows } from '@/components/resource/selected-rows';
import { formText } from '@/lib/forms/text';
import { cidrContains } from '@/lib/net/ip-address';
import type { Router } from '@/lib/openstack/network/router-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import {
  addInterface,
  addInterfaceForm,
  addInterfacePreview,
  externalNetworks,
  interfaceChoices,
  interfaceSuccess,
  isAdmin,
  networkOptions,
} from './router-forms';
import { editRouterInput, setGatewayInput, type SubnetChoice } from './router-inputs';
import {
  clearGatewayEquivalents,
  deleteRouterEquivalents,
  editRouterEquivalents,
  setGatewayEquivalents,
} from './routers-equivalents';

export const routerLabel = (r: Router) => r.name || r.id;
const first = (rows: Router[]) => rows[0] as Router;

export const editRouter: RowAction<Router> = formRowAction({
  id: 'edit',
  label: 'Edit Router',
  form: (_ctx, router) => ({
    title: 'Edit Router',
    submitLabel: 'Save Changes',
    description:
      'Rename the router, or set its admin state: a router that is down forwards nothing.',
    schema: editRouterInput,
    defaults: { name: router.name, admin_state_up: router.admin_state_up },
    fields: [
      { name: 'name', label: 'Name', kind: 'text' },
      { name: 'admin_state_up', label: 'Enable Admin State', kind: 'checkbox' },
    ],
  }),
  run: async ({ api }, router, input) => {
    await api.network.updateRouter(router.id, {
      name: input.name,
      adminStateUp: input.admin_state_up,
    });
  },
  success: (rows, input) =>
    `Router ${input.name || routerLabel(first(rows))} was successfully updated.`,
  failure: (router) => `Failed to update router ${routerLabel(router)}`,
  equivalents: (rows, values) =>
    editRouterEquivalents(
      first(rows).id,
      formText(values, 'name', '', { raw: true }).trim(),
      values?.admin_state_up !== false,
    ),
});

export const setGateway: RowAction<Router> = formRowAction({
  id: 'set-gateway',
  label: 'Set Gateway',
  allowed: (r) => (r.external_gateway_info ? 'The router already has a gateway.' : true),
  form: async ({ api, session }) => {
    const admin = isAdmin(session);
    const networks = await externalNetworks(api);
    // Only admins may pick the gateway's address, so only they need the subnets.
    const subnets =
      admin && networks.length > 0
        ? (await api.network.pageSubnets({ filters: { network_id: networks.map((n) => n.id) } }))
            .items
        : [];
    const cidrsOf = (id: string) => subnets.filter((s) => s.network_id === id).map((s) => s.cidr);
    return {
      title: 'Set Gateway',
      submitLabel: 'Submit',
      description:
        'The gateway connects the router to an external network: instances behind it reach outside, and floating IPs from that network can reach them.',
      schema: setGatewayInput(cidrsOf),
      defaults: { network: networks[0]?.id ?? '', enable_snat: true, fixed_ip: '' },
      fields: [
        {
          name: 'network',
          label: 'External Network',
          kind: 'select',
          required: true,
          options: [{ value: '', label: 'Select network' }, ...networkOptions(networks)],
        },
        { name: 'enable_snat', label: 'Enable SNAT', kind: 'checkbox', visible: () => admin },
        {
          name: 'fixed_ip',
          label: 'External Fixed IP',
          kind: 'text',
          help: "Optional: the gateway's address on the external network.",
          visible: () => admin,
        },
      ],
    };
  },
  run: async ({ api, session }, router, input) => {
    const admin = isAdmin(session);
    const ip = admin ? input.fixed_ip : '';
    let subnetId: string | undefined;
    if (ip) {
      const { items } = await api.network.pageSubnets({ filters: { network_id: input.network } });
      subnetId = items.find((s) => cidrContains(s.cidr, ip))?.id;
    }
    await api.network.updateRouter(router.id, {
      gateway: {
        networkId: input.network,
        enableSnat: admin ? input.enable_snat : undefined,
        externalFixedIps: ip ? [{ subnetId, ipAddress: ip }] : undefined,
      },
    });
  },
  success: () => 'Gateway interface is added',
  failure: (router) => `Failed to set gateway for router ${routerLabel(router)}`,
  equivalents: (rows, values) => {
    const snat = 'enable_snat' in (values ?? {}) ? values?.enable_snat !== false : undefined;
    const fixedIp = formText(values, 'fixed_ip') || undefined;
    return setGatewayEquivalents(first(rows).id, {
      network: formText(values, 'network', '<external network>'),
      // Only what the admin-only fields changed from Neutron's default goes in.
      enableSnat: snat === false ? false : undefined,
      fixedIp,
    });
  },
});

export const clearGateway: RowAction<Router> = {
  id: 'clear-gateway',
  label: 'Clear Gateway',
  danger: true,
  allowed: (r) => (r.external_gateway_info ? true : 'The router has no gateway.'),
  confirm: {
    title: 'Confirm Clear Gateway',
    confirmLabel: 'Clear Gateway',
    body: (rows) => (
      <>
        <SelectedRows names={rows.map((r) => routerLabel(r))} />
        <p className="text-muted">
          You may reset the gateway later by using the set gateway action, but the gateway IP may
          change.
        </p>
      </>
    ),
  },
  run: async ({ api }, router) => {
    await api.network.updateRouter(router.id, { gateway: null });
  },
  success: (rows) => `Cleared Gateway: ${rows.map(routerLabel).join(', ')}`,
  failure: (router) => `Unable to clear gateway for router: ${routerLabel(router)}`,
  equivalents: (rows) => clearGatewayEquivalents(rows.map((r) => r.id)),
};

export function addInterfaceRowAction(): RowAction<Router> {
  // The subnets offered are kept for run and the preview of the opened form.
  let subnets: SubnetChoice[] = [];
  return formRowAction({
    id: 'add-interface',
    label: 'Add Interface',
    form: async ({ api, session }, router) => {
      subnets = await interfaceChoices(api, session, router);
      return addInterfaceForm(subnets);
    },
    run: ({ api }, router, input) => addInterface(api, router, subnets, input),
    success: (rows) => interfaceSuccess(first(rows)),
    failure: (router) => `Failed to add interface to router ${routerLabel(router)}`,
    equivalents: (rows, values) => addInterfacePreview(first(rows).id, subnets, values),
  });
}

export const deleteRouter = deleteAction<Router>({
  singular: 'Router',
  plural: 'Routers',
  body: 'Remove its interfaces first: Neutron refuses to delete a router that still has them. Its gateway goes with it.',
  run: ({ api }, r) => api.network.deleteRouter(r.id),
  equivalents: (rows) => deleteRouterEquivalents(rows.map((r) => r.id)),
});

export const routerRowActions: RowAction<Router>[] = [
  setGateway,
  editRouter,
  addInterfaceRowAction(),
  clearGateway,
  deleteRouter,
];
