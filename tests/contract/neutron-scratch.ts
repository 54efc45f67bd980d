// Fixtures the router, floating IP and security group contract tests build on:
// scratch ports and networks, made with the dashboard's own network client.
import type { Api } from '@/lib/openstack/api';
import { OpenStackError } from '@/lib/openstack/errors';
import type { PortDetail } from '@/lib/openstack/network/port-schemas';

export interface Scratch {
  createPort(networkId: string, securityGroups?: string[]): Promise<PortDetail>;
  /** The port, or null once Neutron no longer has it. */
  getPort(id: string): Promise<PortDetail | null>;
  deletePort(id: string): Promise<void>;
  /** A network with one IPv4 subnet; `gatewayIp: null` makes a subnet without gateway. */
  createNetworkWithSubnet(
    name: string,
    cidr: string,
    gatewayIp?: string | null,
  ): Promise<{ networkId: string; subnetId: string }>;
  deleteNetwork(id: string): Promise<void>;
}

export function scratchFor(api: Api): Scratch {
  const net = api.network;
  return {
    createPort: (networkId, securityGroups) =>
      net.createPort({
        network_id: networkId,
        name: 'contract-port',
        ...(securityGroups ? { security_groups: securityGroups } : {}),
      }),
    async getPort(id) {
      try {
        return await net.getPort(id);
      } catch (error) {
        if (error instanceof OpenStackError && error.status === 404) return null;
        throw error;
      }
    },
    // Cleanup: a resource already gone is fine.
    deletePort: (id) => net.deletePort(id).catch(() => undefined),
    async createNetworkWithSubnet(name, cidr, gatewayIp) {
      const network = await net.createNetwork({ name });
      const subnet = await net.createSubnet({
        network_id: network.id,
        cidr,
        ip_version: 4,
        name,
        ...(gatewayIp !== undefined ? { gateway_ip: gatewayIp } : {}),
      });
      return { networkId: network.id, subnetId: subnet.id };
    },
    deleteNetwork: (id) => net.deleteNetwork(id).catch(() => undefined),
  };
}
