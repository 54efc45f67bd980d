// Network (Neutron v2.0) calls. api-ref: network v2.
import {
  networkListSchema,
  networkQuotaDetailSchema,
  portListSchema,
  securityGroupListSchema,
  subnetListSchema,
  type Network,
  type Port,
  type SecurityGroup,
  type Subnet,
} from '@/lib/openstack/network/neutron-schemas';
import { agentsApi } from './agents';
import { floatingIpsApi } from './floating-ips';
import { networksApi } from './networks';
import { portsApi } from './ports';
import { networkQuotasApi } from './quotas';
import { routersApi } from './routers';
import { securityGroupsApi } from './security-groups';
import { subnetsApi } from './subnets';
import { osFetch, seg, type QueryValue, type Transport } from '../http';
import type { QuotaUsage } from '../quota-usage';

export function networkApi(t: Transport) {
  return {
    ...networksApi(t),
    ...subnetsApi(t),
    ...portsApi(t),
    ...routersApi(t),
    ...floatingIpsApi(t),
    ...securityGroupsApi(t),
    ...agentsApi(t),
    ...networkQuotasApi(t),

    async listNetworks(filters: Record<string, QueryValue> = {}): Promise<Network[]> {
      return (
        await osFetch(
          t,
          { service: 'network', path: '/v2.0/networks', query: filters },
          networkListSchema,
        )
      ).networks;
    },

    async listSubnets(filters: Record<string, QueryValue> = {}): Promise<Subnet[]> {
      return (
        await osFetch(
          t,
          { service: 'network', path: '/v2.0/subnets', query: filters },
          subnetListSchema,
        )
      ).subnets;
    },

    async listPorts(filters: Record<string, QueryValue> = {}): Promise<Port[]> {
      return (
        await osFetch(
          t,
          { service: 'network', path: '/v2.0/ports', query: filters },
          portListSchema,
        )
      ).ports;
    },

    async listSecurityGroups(filters: Record<string, QueryValue> = {}): Promise<SecurityGroup[]> {
      return (
        await osFetch(
          t,
          { service: 'network', path: '/v2.0/security-groups', query: filters },
          securityGroupListSchema,
        )
      ).security_groups;
    },

    /** GET /v2.0/quotas/{project}/details.json: limit and used per resource. */
    async getNetworkQuotaUsage(projectId: string): Promise<Record<string, QuotaUsage>> {
      const body = await osFetch(
        t,
        { service: 'network', path: `/v2.0/quotas/${seg(projectId)}/details.json` },
        networkQuotaDetailSchema,
      );
      return Object.fromEntries(
        Object.entries(body.quota).map(([key, value]) => [
          key,
          { limit: value.limit, inUse: value.used },
        ]),
      );
    },
  };
}
