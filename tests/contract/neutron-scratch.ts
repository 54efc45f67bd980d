// Raw Neutron calls the network contract tests need for their fixtures (ports and
// scratch networks), made through the dashboard's transport. Networks, subnets and
// ports have their own client elsewhere; these stay test-only.
import { z } from 'zod';
import { catalogFor } from '@/lib/catalog-cache';
import { OpenStackError } from '@/lib/openstack/errors';
import { osFetch, osSend, type Transport } from '@/lib/openstack/http';
import { serverTransport } from '@/lib/openstack/server-transport';
import type { DashboardToken } from '@/lib/session-token';

const idBody = (key: string) =>
  z.object({ [key]: z.object({ id: z.string() }).passthrough() }).transform((b) => b[key]!);

const portBody = z.object({
  port: z.object({
    id: z.string(),
    device_id: z.string(),
    device_owner: z.string(),
    fixed_ips: z.array(z.object({ subnet_id: z.string(), ip_address: z.string() })),
  }),
});

export interface Scratch {
  createPort(
    networkId: string,
    securityGroups?: string[],
  ): Promise<z.infer<typeof portBody>['port']>;
  getPort(id: string): Promise<z.infer<typeof portBody>['port'] | null>;
  deletePort(id: string): Promise<void>;
  /** A network with one subnet, or null when the cloud cannot create networks (405). */
  createNetworkWithSubnet(
    name: string,
    cidr: string,
    gatewayIp?: string | null,
  ): Promise<{ networkId: string; subnetId: string } | null>;
  deleteNetwork(id: string): Promise<void>;
}

export async function scratchFor(token: DashboardToken): Promise<Scratch> {
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  const t: Transport = serverTransport({
    token: token.token,
    catalog,
    region: token.region,
    iface: 'public',
  });
  const svc = 'network' as const;
  return {
    async createPort(networkId, securityGroups) {
      const port: Record<string, unknown> = { network_id: networkId, name: 'contract-port' };
      if (securityGroups) port.security_groups = securityGroups;
      return (
        await osFetch(
          t,
          { service: svc, method: 'POST', path: '/v2.0/ports', body: { port } },
          portBody,
        )
      ).port;
    },
    async getPort(id) {
      try {
        return (await osFetch(t, { service: svc, path: `/v2.0/ports/${id}` }, portBody)).port;
      } catch (error) {
        if (error instanceof OpenStackError && error.status === 404) return null;
        throw error;
      }
    },
    async deletePort(id) {
      await osSend(t, { service: svc, method: 'DELETE', path: `/v2.0/ports/${id}` }).catch(
        () => undefined,
      );
    },
    async createNetworkWithSubnet(name, cidr, gatewayIp) {
      let network: { id: string };
      try {
        network = await osFetch(
          t,
          { service: svc, method: 'POST', path: '/v2.0/networks', body: { network: { name } } },
          idBody('network'),
        );
      } catch (error) {
        if (error instanceof OpenStackError && error.status === 405) return null;
        throw error;
      }
      const subnet: Record<string, unknown> = { network_id: network.id, cidr, ip_version: 4, name };
      if (gatewayIp !== undefined) subnet.gateway_ip = gatewayIp;
      const created = await osFetch(
        t,
        { service: svc, method: 'POST', path: '/v2.0/subnets', body: { subnet } },
        idBody('subnet'),
      );
      return { networkId: network.id, subnetId: created.id };
    },
    async deleteNetwork(id) {
      await osSend(t, { service: svc, method: 'DELETE', path: `/v2.0/networks/${id}` }).catch(
        () => undefined,
      );
    },
  };
}
