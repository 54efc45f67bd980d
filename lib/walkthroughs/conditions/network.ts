// Conditions on Neutron: networks, subnets, routers and their interfaces,
// security group rules, floating IPs.
import { serversNamed } from './compute';
import { met, notMet, type ConditionContext, type Evaluator, type Scope } from './types';

const own = (scope: Scope): Record<string, string> =>
  scope.projectId ? { project_id: scope.projectId } : {};

async function networksNamed({ api }: ConditionContext, name: string, scope: Scope) {
  return api.network.listNetworks({ name, ...own(scope) });
}

async function routersNamed({ api }: ConditionContext, name: string, scope: Scope) {
  return (await api.network.listRouters({ filters: { name, ...own(scope) }, limit: 50 })).items;
}

export const network: Evaluator<{ name: string }> = async (ctx, c, scope) =>
  (await networksNamed(ctx, c.name, scope)).length > 0
    ? met(`Network ${c.name} exists.`)
    : notMet(`No network named ${c.name} yet.`);

export const subnet: Evaluator<{ network: string; cidr?: string }> = async (ctx, c, scope) => {
  const nets = await networksNamed(ctx, c.network, scope);
  if (nets.length === 0) return notMet(`No network named ${c.network} yet.`);
  for (const n of nets) {
    const subnets = await ctx.api.network.listSubnets({ network_id: n.id });
    const hit = subnets.find((s) => !c.cidr || s.cidr === c.cidr);
    if (hit) return met(`Network ${c.network} has subnet ${hit.name || hit.id} (${hit.cidr}).`);
  }
  return notMet(
    c.cidr
      ? `Network ${c.network} has no subnet ${c.cidr} yet.`
      : `Network ${c.network} has no subnet yet.`,
  );
};

export const router: Evaluator<{ name: string; external_gateway?: boolean }> = async (
  ctx,
  c,
  scope,
) => {
  const found = await routersNamed(ctx, c.name, scope);
  if (found.length === 0) return notMet(`No router named ${c.name} yet.`);
  if (c.external_gateway === undefined) return met(`Router ${c.name} exists.`);
  const hasGw = (r: (typeof found)[number]) => Boolean(r.external_gateway_info?.network_id);
  const hit = found.find((r) => hasGw(r) === c.external_gateway);
  if (hit)
    return met(
      c.external_gateway
        ? `Router ${c.name} has an external gateway.`
        : `Router ${c.name} has no external gateway.`,
    );
  return notMet(
    c.external_gateway
      ? `Router ${c.name} has no external gateway yet.`
      : `Router ${c.name} still has an external gateway.`,
  );
};

export const routerInterface: Evaluator<{ router: string; subnet: string }> = async (
  ctx,
  c,
  scope,
) => {
  const routers = await routersNamed(ctx, c.router, scope);
  if (routers.length === 0) return notMet(`No router named ${c.router} yet.`);
  // The subnet by name, or by the name of its network (a student names either).
  const subnets = await ctx.api.network.listSubnets({ name: c.subnet, ...own(scope) });
  const subnetIds = new Set(subnets.map((s) => s.id));
  if (subnetIds.size === 0) return notMet(`No subnet named ${c.subnet} yet.`);
  for (const r of routers) {
    const ports = await ctx.api.network.listPorts({ device_id: r.id });
    const hit = ports.find(
      (p) =>
        p.device_owner.startsWith('network:router_interface') &&
        p.fixed_ips.some((ip) => subnetIds.has(ip.subnet_id)),
    );
    if (hit) return met(`Router ${c.router} has an interface on ${c.subnet}.`);
  }
  return notMet(`Router ${c.router} has no interface on ${c.subnet} yet.`);
};

export const securityGroupRule: Evaluator<{
  group: string;
  protocol: 'tcp' | 'udp' | 'icmp';
  port?: number;
}> = async ({ api }, c, scope) => {
  const groups = await api.network.listSecurityGroups({ name: c.group, ...own(scope) });
  if (groups.length === 0) return notMet(`No security group named ${c.group} yet.`);
  for (const g of groups) {
    const rules =
      g.security_group_rules ??
      (await api.network.listSecurityGroupRules({ filters: { security_group_id: g.id } })).items;
    const hit = rules.find(
      (r) =>
        r.direction === 'ingress' &&
        r.protocol === c.protocol &&
        (c.port === undefined ||
          ((r.port_range_min ?? 1) <= c.port && c.port <= (r.port_range_max ?? 65535))),
    );
    if (hit) return met(`Group ${c.group} lets ${c.protocol}${c.port ? ` ${c.port}` : ''} in.`);
  }
  return notMet(
    `Group ${c.group} has no ingress rule for ${c.protocol}${c.port ? ` port ${c.port}` : ''} yet.`,
  );
};

export const floatingIp: Evaluator<{ server: string }> = async (ctx, c, scope) => {
  const servers = await serversNamed(ctx, c.server, scope);
  if (servers.length === 0) return notMet(`No instance named ${c.server} yet.`);
  for (const s of servers) {
    const ports = await ctx.api.network.listPorts({ device_id: s.id });
    for (const p of ports) {
      const { items } = await ctx.api.network.listFloatingIps({ filters: { port_id: p.id } });
      const fip = items[0];
      if (fip) return met(`${fip.floating_ip_address} is associated with ${c.server}.`);
    }
  }
  return notMet(`No floating IP is associated with ${c.server} yet.`);
};
