// Conditions on Heat stacks and Magnum cluster templates.
import { met, notMet, type Evaluator } from './types';

export const stack: Evaluator<{ name: string; status?: string }> = async ({ api }, c, scope) => {
  const filters: Record<string, string> = { name: c.name };
  if (scope.projectId) filters.global_tenant = 'true';
  const { items } = await api.orchestration.listStacks({ filters, limit: 50 });
  const found = items.filter(
    (s) =>
      s.stack_name === c.name && (!scope.projectId || !s.project || s.project === scope.projectId),
  );
  if (found.length === 0) return notMet(`No stack named ${c.name} yet.`);
  if (!c.status) return met(`Stack ${c.name} exists.`);
  const want = c.status.toUpperCase();
  const hit = found.find((s) => s.stack_status.toUpperCase() === want);
  return hit
    ? met(`Stack ${c.name} is ${hit.stack_status}.`)
    : notMet(`Stack ${c.name} is ${found[0]?.stack_status ?? '?'}, waiting for ${want}.`);
};

export const clusterTemplate: Evaluator<{ name: string }> = async ({ api }, c, scope) => {
  const all = await api.containerInfra.listClusterTemplates();
  const hit = all.find(
    (t) => t.name === c.name && (!scope.projectId || t.project_id === scope.projectId),
  );
  return hit
    ? met(`Cluster template ${c.name} exists.`)
    : notMet(`No cluster template named ${c.name} yet.`);
};
