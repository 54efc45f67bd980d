// Cloud-side helpers for the network list benchmarks: many networks and security
// groups with rules, made (and removed) fast, straight against Neutron.
import type { CloudUser } from './cloud';

/** Runs `task` over `items`, at most `width` at a time. */
export async function pool<T>(items: T[], width: number, task: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

const range = (n: number) => Array.from({ length: Math.max(0, n) }, (_, i) => i);

/** Lets the project hold what the benchmark makes (admin call). */
export async function raiseNetworkQuota(
  admin: CloudUser,
  projectId: string,
  counts: { networks: number; groups: number; rules: number },
): Promise<void> {
  await admin.api.network.updateNetworkQuota(projectId, {
    network: counts.networks + 50,
    subnet: counts.networks + 50,
    security_group: counts.groups + 20,
    security_group_rule: counts.groups * counts.rules + 200,
  });
}

export async function resetNetworkQuota(admin: CloudUser, projectId: string): Promise<void> {
  await admin.api.network.resetNetworkQuota(projectId);
}

/** `count` networks, each with one /24 subnet, as a class's networks would have. */
export async function createNetworks(user: CloudUser, prefix: string, count: number) {
  await pool(range(count), 16, async (i) => {
    const name = `${prefix}-net-${String(i).padStart(4, '0')}`;
    const network = await user.api.network.createNetwork({ name });
    await user.api.network.createSubnet({
      name: `${name}-subnet`,
      network_id: network.id,
      ip_version: 4,
      cidr: `10.${200 + Math.floor(i / 250)}.${i % 250}.0/24`,
    });
  });
}

/**
 * `count` groups of `rules` rules each: Neutron's two default egress rules and
 * ingress TCP rules on distinct ports for the rest.
 */
export async function createSecurityGroups(
  user: CloudUser,
  prefix: string,
  count: number,
  rules: number,
) {
  await pool(range(count), 8, async (i) => {
    const group = await user.api.network.createSecurityGroup({
      name: `${prefix}-sg-${String(i).padStart(4, '0')}`,
      description: `benchmark group ${i}`,
    });
    const existing = group.security_group_rules?.length ?? 2;
    await pool(range(rules - existing), 4, (r) =>
      user.api.network.createSecurityGroupRule({
        securityGroupId: group.id,
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        portRangeMin: 1000 + r,
        portRangeMax: 1000 + r,
        remoteIpPrefix: `10.${r}.0.0/16`,
      }),
    );
  });
}

async function allPages<T extends { id: string; name: string }>(
  page: (marker?: string) => Promise<{ items: T[]; next?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  do {
    const result = await page(marker);
    all.push(...result.items);
    marker = result.next;
  } while (marker);
  return all;
}

export async function countMade(user: CloudUser, prefix: string) {
  const networks = await allPages((marker) =>
    user.api.network.pageNetworks({ limit: 500, marker }),
  );
  const groups = await allPages((marker) =>
    user.api.network.listSecurityGroupPage({
      limit: 500,
      marker,
      filters: { fields: ['id', 'name'] },
    }),
  );
  const ours = <T extends { name: string }>(rows: T[]) =>
    rows.filter((r) => r.name.startsWith(`${prefix}-`));
  return { networks: ours(networks), groups: ours(groups) };
}

/** Removes everything named `${prefix}-…`. */
export async function deleteMade(user: CloudUser, prefix: string): Promise<void> {
  const { networks, groups } = await countMade(user, prefix);
  await pool(networks, 16, (n) => user.api.network.deleteNetwork(n.id).catch(() => undefined));
  await pool(groups, 16, (g) => user.api.network.deleteSecurityGroup(g.id).catch(() => undefined));
}
