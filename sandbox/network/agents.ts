import type { SandboxResponse } from '../http/types';

// api-ref network v2 "Networking Agents (agents)": the sandbox runs no agents, as
// the devcloud (its Neutron has no L2/L3/DHCP agents): every caller gets an empty list
// (Neutron filters agents by policy rather than refusing a member).
export function listAgents(): SandboxResponse {
  return { status: 200, body: { agents: [] } };
}
