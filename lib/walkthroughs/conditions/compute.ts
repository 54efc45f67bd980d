// Conditions on Nova: key pairs and servers.
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { met, notMet, type ConditionContext, type Evaluator, type Scope } from './types';

/** Servers named exactly `name` in the scope's project (Nova's name filter is a regex). */
export async function serversNamed(
  { api }: ConditionContext,
  name: string,
  scope: Scope,
): Promise<Server[]> {
  const filters: Record<string, string> = {
    name: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
  };
  if (scope.projectId) Object.assign(filters, { all_tenants: '1', project_id: scope.projectId });
  const { items } = await api.compute.listServers({ filters, limit: 50 });
  return items.filter((s) => s.name === name);
}

export const keypair: Evaluator<{ name: string }> = async ({ api }, c, scope) => {
  const filters: Record<string, string> =
    scope.projectId && scope.userId ? { user_id: scope.userId } : {};
  if (scope.projectId && !scope.userId) return notMet('Key pairs belong to a user: no user given.');
  let marker: string | undefined;
  for (let page = 0; page < 20; page++) {
    const { items, next } = await api.compute.listKeypairs({ filters, marker, limit: 100 });
    if (items.some((k) => k.name === c.name)) return met(`Key pair ${c.name} exists.`);
    if (!next) break;
    marker = next;
  }
  return notMet(`No key pair named ${c.name} yet.`);
};

export const server: Evaluator<{ name: string; status?: string }> = async (ctx, c, scope) => {
  const found = await serversNamed(ctx, c.name, scope);
  if (found.length === 0) return notMet(`No instance named ${c.name} yet.`);
  if (!c.status) return met(`Instance ${c.name} exists.`);
  const want = c.status.toUpperCase();
  const hit = found.find((s) => s.status.toUpperCase() === want);
  return hit
    ? met(`Instance ${c.name} is ${hit.status}.`)
    : notMet(`Instance ${c.name} is ${found[0]?.status ?? '?'}, waiting for ${want}.`);
};
