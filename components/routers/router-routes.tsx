// The Static Routes tab of a router (api-ref: network v2, "Extra routes",
// extraroute-atomic: add_extraroutes / remove_extraroutes).
import { Mono } from '@/components/ui/cells';
import { formText } from '@/lib/forms/text';
import type { Route, Router } from '@/lib/openstack/network/router-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, type ResourceDefinition, type RowAction } from '@/lib/resources/types';
import { staticRouteInput } from './router-inputs';
import { addRoutesEquivalents, removeRoutesEquivalents } from './routers-equivalents';

const routeKey = (r: Route) => `${r.destination},${r.nexthop}`;
const routeLabel = (r: Route) => `${r.destination} via ${r.nexthop}`;

export function deleteStaticRoute(router: Router): RowAction<Route> {
  return {
    id: 'delete-route',
    label: 'Delete Static Route',
    danger: true,
    batch: { label: 'Delete Static Routes' },
    confirm: { title: 'Confirm Delete Static Route', confirmLabel: 'Delete Static Route' },
    run: async ({ api }, route) => {
      await api.network.removeExtraRoutes(router.id, [route]);
    },
    success: (rows) => `Deleted Static Route: ${rows.map(routeLabel).join(', ')}`,
    failure: (route) => `Unable to delete static route: ${routeLabel(route)}`,
    equivalents: (rows) => removeRoutesEquivalents(router.id, rows),
    removesRow: true,
  };
}

export function staticRoutesOf(router: Router): ResourceDefinition<Route> {
  return {
    panel: {
      ...PANELS.routers,
      id: `router-routes:${router.id}:${router.revision_number ?? ''}`,
      title: 'Static Routes',
      path: `${PANELS.routers.path}/${router.id}/routes`,
    },
    apiRef: 'network v2: Extra routes (extraroute), Extra routes atomic',
    singular: 'Static Route',
    key: routeKey,
    name: routeLabel,
    // The routes live on the router: read it again rather than trust the page's copy.
    list: async (api) => ({ items: (await api.network.getRouter(router.id)).routes }),
    paging: 'none',
    columns: [
      {
        id: 'destination',
        header: 'Destination CIDR',
        cell: (r) => <Mono>{r.destination}</Mono>,
        sortValue: (r) => r.destination,
      },
      {
        id: 'nexthop',
        header: 'Next Hop',
        cell: (r) => <Mono>{r.nexthop}</Mono>,
        sortValue: (r) => r.nexthop,
      },
    ],
    createActions: [
      createAction({
        id: 'add-route',
        label: 'Add Static Route',
        form: {
          title: 'Add Static Route',
          submitLabel: 'Add Static Route',
          description:
            'A static route sends traffic for a destination network to a next hop: an address on one of the subnets the router has an interface on.',
          schema: staticRouteInput,
          defaults: { destination: '', nexthop: '' },
          fields: [
            {
              name: 'destination',
              label: 'Destination CIDR',
              kind: 'text',
              required: true,
              placeholder: '192.168.10.0/24',
            },
            {
              name: 'nexthop',
              label: 'Next Hop',
              kind: 'text',
              required: true,
              placeholder: '10.0.0.10',
            },
          ],
        },
        run: ({ api }, input) => api.network.addExtraRoutes(router.id, [input]),
        success: () => 'Static route added',
        equivalents: (values) =>
          addRoutesEquivalents(router.id, [
            {
              destination: formText(values, 'destination', '<destination CIDR>'),
              nexthop: formText(values, 'nexthop', '<next hop>'),
            },
          ]),
      }),
    ],
    rowActions: [deleteStaticRoute(router)],
    emptyMessage: 'No static routes to display.',
  };
}
