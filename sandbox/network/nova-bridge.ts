// What Nova asks of Neutron, as functions over the sandbox state, with the errors
// Nova reports (nova/network/neutron.py, nova/network/security_group_api.py,
// nova/exception.py; checked against the devcloud). They change the state in
// place: the caller saves it (store.changed()).

import { networkRegion } from './nova-common';
import { quotaUsage, type QuotaResource } from './quota-usage';
import type { SandboxState } from '../state';

export type { PortRecord, SecurityGroupRecord } from './schema';
export { DEFAULT_HOST, DEVICE_OWNER, serverPorts, type BridgeFailure } from './nova-common';
export {
  allocateServerPorts,
  releaseServerPorts,
  serverAddresses,
  type AllocateRequest,
  type NovaNetworks,
} from './nova-ports';
export {
  attachInterface,
  detachInterface,
  interfaceAttachmentView,
  type AttachRequest,
} from './nova-interfaces';
export {
  findSecurityGroup,
  serverSecurityGroups,
  setServerSecurityGroup,
  type SecurityGroupLookup,
} from './nova-security-groups';
export {
  addServerFloatingIp,
  removeServerFloatingIp,
  type FloatingIpActionRequest,
} from './nova-floating-ips';
export { DEFAULT_QUOTAS as NETWORK_QUOTA_DEFAULTS } from './quota-usage';

/** Neutron quota usage for a project, by Neutron resource name. */
export function networkUsage(
  state: SandboxState,
  region: string,
  projectId: string,
): Record<QuotaResource, number> {
  return quotaUsage(networkRegion(state, region), projectId);
}
