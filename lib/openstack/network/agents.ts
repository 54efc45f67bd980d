// Neutron agents. api-ref: network v2, "Networking Agents (agents)".
import { z } from 'zod';
import { osFetch, type Transport } from '../http';

export const networkAgentSchema = z.object({
  id: z.string(),
  agent_type: z.string(),
  binary: z.string(),
  host: z.string(),
  availability_zone: z.string().nullish(),
  alive: z.boolean(),
  admin_state_up: z.boolean(),
  heartbeat_timestamp: z.string().nullish(),
});
export type NetworkAgent = z.infer<typeof networkAgentSchema>;

export const networkAgentListSchema = z.object({ agents: z.array(networkAgentSchema) });

export function agentsApi(t: Transport) {
  return {
    /** GET /v2.0/agents; admins only. A cloud with no agents (OVN, fakes) answers []. */
    async listNetworkAgents(): Promise<NetworkAgent[]> {
      return (
        await osFetch(t, { service: 'network', path: '/v2.0/agents' }, networkAgentListSchema)
      ).agents;
    },
  };
}
