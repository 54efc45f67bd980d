import { invalidInput, notFound, overQuota, policyNotAuthorized } from './errors';
import { checkMtu, maxMtu, networkAttrRefusal, networkInUse, portsInUse } from './network-rules';
import { networkVisible } from './policy';
import { targetProject } from './ports';
import { wouldExceed } from './quota-usage';
import { standardAttrs, touch } from './records';
import { resourceBody, type AttrSpec } from './request-body';
import { networkView } from './views';
import type { NetworkCall } from './call';
import type { NetworkRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Network create, update and delete (api-ref network v2 "Networks"): ML2 with
// VXLAN tenant networks; shared, router:external, is_default and provider:* are
// for admins only; a network with ports other than DHCP's is in use.

const rw = (kind: AttrSpec['kind']): AttrSpec => ({ kind, post: true, put: true });
const createOnly = (kind: AttrSpec['kind']): AttrSpec => ({ kind, post: true, put: false });
const readOnly: AttrSpec = { kind: 'any', post: false, put: false };

const NETWORK_ATTRS: Record<string, AttrSpec> = {
  id: readOnly,
  name: rw('string'),
  tenant_id: createOnly('string'),
  project_id: createOnly('string'),
  admin_state_up: rw('to-bool'),
  status: readOnly,
  subnets: readOnly,
  shared: rw('to-bool'),
  description: rw('string'),
  mtu: rw('to-int'),
  port_security_enabled: rw('to-bool'),
  'router:external': rw('to-bool'),
  is_default: rw('to-bool'),
  'provider:network_type': rw('string'),
  'provider:physical_network': rw('string'),
  'provider:segmentation_id': rw('to-int'),
  availability_zone_hints: createOnly('any'),
  availability_zones: readOnly,
  ipv4_address_scope: readOnly,
  ipv6_address_scope: readOnly,
  qos_policy_id: rw('any'),
  dns_domain: rw('string'),
};

const NETWORK_TYPES = ['vxlan', 'flat', 'vlan', 'geneve', 'local'];

/** The create answer's key order (ML2's create_network result, before extensions reorder it). */
const CREATE_ORDER = [
  'id',
  'name',
  'tenant_id',
  'admin_state_up',
  'mtu',
  'status',
  'subnets',
  'shared',
  'project_id',
  'port_security_enabled',
  'router:external',
  'provider:network_type',
  'provider:physical_network',
  'provider:segmentation_id',
  'is_default',
  'availability_zone_hints',
  'availability_zones',
  'ipv4_address_scope',
  'ipv6_address_scope',
  'description',
  'tags',
  'created_at',
  'updated_at',
  'revision_number',
];

function createdView(network: NetworkRecord, call: NetworkCall): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ...networkView(network, call.region, call.viewer),
    is_default: network.isDefault,
  };
  const ordered: Record<string, unknown> = {};
  for (const key of CREATE_ORDER) if (key in view) ordered[key] = view[key];
  for (const [key, value] of Object.entries(view)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

function findNetwork(call: NetworkCall): NetworkRecord {
  const id = call.req.params.id ?? '';
  const network = call.region.networks.find((n) => n.id === id);
  if (!network || !networkVisible(call.viewer, network)) throw notFound('network', id);
  return network;
}

/** A member may see a shared or external network but not change it. */
function checkOwner(call: NetworkCall, network: NetworkRecord, action: string): void {
  if (!call.viewer.isAdmin && network.projectId !== call.viewer.projectId) {
    throw policyNotAuthorized(action);
  }
}

function provider(call: NetworkCall, body: Record<string, unknown>) {
  const type = (body['provider:network_type'] as string | undefined) ?? 'vxlan';
  if (!NETWORK_TYPES.includes(type))
    throw invalidInput(`network_type value '${type}' not supported`);
  const taken = call.region.networks
    .filter((n) => n.providerNetworkType === type)
    .map((n) => n.providerSegmentationId ?? 0);
  const segmentation =
    type === 'flat' || type === 'local'
      ? null
      : ((body['provider:segmentation_id'] as number | undefined) ?? Math.max(0, ...taken) + 1);
  return {
    providerNetworkType: type,
    providerPhysicalNetwork: (body['provider:physical_network'] as string | undefined) ?? null,
    providerSegmentationId: segmentation,
  };
}

export function createNetworkHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'network', NETWORK_ATTRS, true);
  const refusal = networkAttrRefusal('create_network', body, call.viewer.isAdmin);
  if (refusal) throw refusal;
  const projectId = targetProject(call, body);
  if (wouldExceed(call.region, projectId, 'network')) throw overQuota(['network']);
  const providerAttrs = provider(call, body);
  const mtu = body.mtu as number | undefined;
  if (mtu !== undefined) checkMtu(mtu, providerAttrs.providerNetworkType);
  const network: NetworkRecord = {
    ...standardAttrs(projectId, call.now, (body.description as string | undefined) ?? ''),
    revision: 1,
    name: (body.name as string | undefined) ?? '',
    adminStateUp: (body.admin_state_up as boolean | undefined) ?? true,
    status: 'ACTIVE',
    shared: (body.shared as boolean | undefined) ?? false,
    external: (body['router:external'] as boolean | undefined) ?? false,
    isDefault: (body.is_default as boolean | undefined) ?? false,
    mtu: mtu ?? maxMtu(providerAttrs.providerNetworkType),
    portSecurityEnabled: (body.port_security_enabled as boolean | undefined) ?? true,
    ...providerAttrs,
  };
  call.region.networks.push(network);
  call.changed();
  return { status: 201, body: { network: createdView(network, call) } };
}

export function updateNetworkHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'network', NETWORK_ATTRS, false);
  const network = findNetwork(call);
  const refusal = networkAttrRefusal('update_network', body, call.viewer.isAdmin);
  if (refusal) throw refusal;
  checkOwner(call, network, 'update_network');
  if (body.mtu !== undefined) checkMtu(body.mtu as number, network.providerNetworkType);
  const set = <K extends keyof NetworkRecord>(key: K, attr: string) => {
    if (body[attr] !== undefined) network[key] = body[attr] as NetworkRecord[K];
  };
  set('name', 'name');
  set('description', 'description');
  set('adminStateUp', 'admin_state_up');
  set('shared', 'shared');
  set('external', 'router:external');
  set('isDefault', 'is_default');
  set('mtu', 'mtu');
  set('portSecurityEnabled', 'port_security_enabled');
  touch(network, call.now);
  call.changed();
  return { status: 200, body: { network: networkView(network, call.region, call.viewer) } };
}

export function deleteNetworkHandler(call: NetworkCall): SandboxResponse {
  const network = findNetwork(call);
  checkOwner(call, network, 'delete_network');
  const inUse = portsInUse(call.region.ports, network.id);
  if (inUse.length > 0) throw networkInUse(network.id, inUse.map((p) => p.id).sort());
  const region = call.region;
  region.ports = region.ports.filter((p) => p.networkId !== network.id);
  region.subnets = region.subnets.filter((s) => s.networkId !== network.id);
  region.networks = region.networks.filter((n) => n.id !== network.id);
  call.changed();
  return { status: 204 };
}
