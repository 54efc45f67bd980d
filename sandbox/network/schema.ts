import { z } from 'zod';

// Neutron's data in one region, kept in the sandbox state under `network`.
// Every record carries Neutron's standard attributes (timestamps, revision).

const standard = {
  id: z.string(),
  projectId: z.string(),
  description: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  revision: z.number().int(),
  tags: z.array(z.string()),
};

export const networkRecordSchema = z.object({
  ...standard,
  name: z.string(),
  adminStateUp: z.boolean(),
  status: z.string(),
  shared: z.boolean(),
  external: z.boolean(),
  /** Only external networks carry is_default (the auto-allocated-topology default). */
  isDefault: z.boolean(),
  mtu: z.number().int(),
  portSecurityEnabled: z.boolean(),
  providerNetworkType: z.string(),
  providerPhysicalNetwork: z.string().nullable(),
  providerSegmentationId: z.number().int().nullable(),
});

const allocationPoolSchema = z.object({ start: z.string(), end: z.string() });

export const subnetRecordSchema = z.object({
  ...standard,
  name: z.string(),
  networkId: z.string(),
  ipVersion: z.union([z.literal(4), z.literal(6)]),
  cidr: z.string(),
  gatewayIp: z.string().nullable(),
  enableDhcp: z.boolean(),
  allocationPools: z.array(allocationPoolSchema),
  dnsNameservers: z.array(z.string()),
  hostRoutes: z.array(z.object({ destination: z.string(), nexthop: z.string() })).default([]),
  ipv6AddressMode: z.string().nullable().default(null),
  ipv6RaMode: z.string().nullable().default(null),
});

const fixedIpSchema = z.object({ subnetId: z.string(), ipAddress: z.string() });

export const portRecordSchema = z.object({
  ...standard,
  name: z.string(),
  networkId: z.string(),
  macAddress: z.string(),
  adminStateUp: z.boolean(),
  status: z.string(),
  deviceId: z.string(),
  deviceOwner: z.string(),
  fixedIps: z.array(fixedIpSchema),
  securityGroups: z.array(z.string()),
  portSecurityEnabled: z.boolean(),
  allowedAddressPairs: z
    .array(z.object({ ipAddress: z.string(), macAddress: z.string() }))
    .default([]),
  bindingHostId: z.string(),
  bindingVifType: z.string(),
  /** Nova made this port for a server and deletes it with the server (not a Neutron field). */
  novaCreated: z.boolean(),
});

export const securityGroupRecordSchema = z.object({
  ...standard,
  name: z.string(),
  stateful: z.boolean(),
});

export const securityGroupRuleRecordSchema = z.object({
  ...standard,
  securityGroupId: z.string(),
  direction: z.enum(['ingress', 'egress']),
  ethertype: z.enum(['IPv4', 'IPv6']),
  protocol: z.string().nullable(),
  portRangeMin: z.number().int().nullable(),
  portRangeMax: z.number().int().nullable(),
  remoteIpPrefix: z.string().nullable(),
  remoteGroupId: z.string().nullable(),
  /** Neutron shows rule descriptions as null when never set. */
  ruleDescription: z.string().nullable(),
  standardAttrId: z.number().int(),
});

export const routerRecordSchema = z.object({
  ...standard,
  name: z.string(),
  adminStateUp: z.boolean(),
  status: z.string(),
  gateway: z
    .object({
      networkId: z.string(),
      enableSnat: z.boolean(),
      externalFixedIps: z.array(fixedIpSchema),
    })
    .nullable(),
  /** Static routes (extraroute); older state files have none. */
  routes: z.array(z.object({ destination: z.string(), nexthop: z.string() })).default([]),
});

export const floatingIpRecordSchema = z.object({
  ...standard,
  floatingNetworkId: z.string(),
  floatingIpAddress: z.string(),
  routerId: z.string().nullable(),
  portId: z.string().nullable(),
  fixedIpAddress: z.string().nullable(),
  status: z.string(),
});

export const networkRegionSchema = z.object({
  networks: z.array(networkRecordSchema),
  subnets: z.array(subnetRecordSchema),
  ports: z.array(portRecordSchema),
  securityGroups: z.array(securityGroupRecordSchema),
  securityGroupRules: z.array(securityGroupRuleRecordSchema),
  routers: z.array(routerRecordSchema),
  floatingIps: z.array(floatingIpRecordSchema),
  /** Projects whose private network, router and default group were seeded. */
  seededProjects: z.array(z.string()),
  /** Per-project quota limits an admin set (quotas extension); absent means the defaults. */
  quotas: z.record(z.string(), z.record(z.string(), z.number().int())).default({}),
  nextStandardAttrId: z.number().int(),
});

export type NetworkRecord = z.infer<typeof networkRecordSchema>;
export type SubnetRecord = z.infer<typeof subnetRecordSchema>;
export type PortRecord = z.infer<typeof portRecordSchema>;
export type FixedIp = z.infer<typeof fixedIpSchema>;
export type SecurityGroupRecord = z.infer<typeof securityGroupRecordSchema>;
export type SecurityGroupRuleRecord = z.infer<typeof securityGroupRuleRecordSchema>;
export type RouterRecord = z.infer<typeof routerRecordSchema>;
export type FloatingIpRecord = z.infer<typeof floatingIpRecordSchema>;
export type NetworkRegionState = z.infer<typeof networkRegionSchema>;

export function emptyNetworkRegion(): NetworkRegionState {
  return {
    networks: [],
    subnets: [],
    ports: [],
    securityGroups: [],
    securityGroupRules: [],
    routers: [],
    floatingIps: [],
    seededProjects: [],
    quotas: {},
    nextStandardAttrId: 1,
  };
}
