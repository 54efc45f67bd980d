// The Interfaces tab of a router: its ports (api-ref: network v2, "Ports",
// filtered by device_id), with Add Interface and Remove Interface(s).
import { FormLauncher } from '@/components/resource/form-launcher';
import { Mono } from '@/components/ui/cells';
import type { PortDetail } from '@/lib/openstack/network/port-schemas';
import type { Router } from '@/lib/openstack/network/router-schemas';
import { PANELS } from '@/lib/panels';
import type { LauncherProps, ResourceDefinition, RowAction } from '@/lib/resources/types';
import { RouterStatus, adminStateLabel, portTypeLabel } from './router-cells';
import { addInterfaceAction } from './router-forms';
import { removeInterfaceEquivalents } from './routers-equivalents';

const INTERFACE_OWNERS = new Set([
  'network:router_interface',
  'network:router_interface_distributed',
  'network:ha_router_replicated_interface',
]);

/** Horizon names a nameless port by the start of its ID. */
export const portLabel = (p: PortDetail) => p.name || `(${p.id.slice(0, 13)})`;

export function removeInterface(router: Router): RowAction<PortDetail> {
  return {
    id: 'remove-interface',
    label: 'Remove Interface',
    danger: true,
    allowed: (p) =>
      INTERFACE_OWNERS.has(p.device_owner)
        ? true
        : 'The gateway is removed with Clear Gateway on the router.',
    batch: { label: 'Remove Interfaces' },
    confirm: { title: 'Confirm Remove Interface', confirmLabel: 'Remove Interface' },
    run: async ({ api }, port) => {
      await api.network.removeRouterInterface(router.id, { portId: port.id });
    },
    success: (rows) => `Removed Interface: ${rows.map(portLabel).join(', ')}`,
    failure: (port) => `Unable to remove interface: ${portLabel(port)}`,
    equivalents: (rows) =>
      removeInterfaceEquivalents(
        router.id,
        rows.map((p) => p.id),
      ),
    removesRow: true,
  };
}

export function interfacesOf(router: Router): ResourceDefinition<PortDetail> {
  const action = addInterfaceAction(router);
  function AddInterfaceLauncher(props: LauncherProps) {
    return <FormLauncher action={action} {...props} />;
  }
  return {
    // Its own id: the tab's cache keys are not the routers list's.
    panel: {
      ...PANELS.routers,
      id: `router-interfaces:${router.id}:${router.revision_number ?? ''}`,
      title: 'Interfaces',
      path: `${PANELS.routers.path}/${router.id}/interfaces`,
    },
    apiRef: 'network v2: Ports (device_id), Routers: add/remove interface',
    singular: 'Interface',
    key: (p) => p.id,
    name: portLabel,
    list: async (api) => {
      const page = await api.network.pagePorts({ filters: { device_id: router.id } });
      return { items: page.items };
    },
    paging: 'none',
    columns: [
      { id: 'name', header: 'Name', cell: portLabel, sortValue: portLabel },
      {
        id: 'ips',
        header: 'Fixed IPs',
        cell: (p) =>
          p.fixed_ips.length ? (
            <ul>
              {p.fixed_ips.map((ip) => (
                <li key={`${ip.subnet_id}-${ip.ip_address}`}>
                  <Mono>{ip.ip_address}</Mono>
                </li>
              ))}
            </ul>
          ) : (
            '-'
          ),
      },
      { id: 'status', header: 'Status', cell: (p) => <RouterStatus status={p.status} /> },
      {
        id: 'type',
        header: 'Type',
        cell: (p) => portTypeLabel(p.device_owner),
        sortValue: (p) => p.device_owner,
      },
      { id: 'admin', header: 'Admin State', cell: (p) => adminStateLabel(p.admin_state_up) },
    ],
    createActions: [
      { id: 'add-interface', label: 'Add Interface', launcher: AddInterfaceLauncher },
    ],
    rowActions: [removeInterface(router)],
    emptyMessage: 'No interfaces to display. Add one on a subnet with "Add Interface".',
  };
}
