// Conditions on Glance, Cinder and Swift: images, volumes, containers.
import { serversNamed } from './compute';
import { met, notMet, type Evaluator } from './types';

export const image: Evaluator<{ name: string; status?: string }> = async ({ api }, c, scope) => {
  const filters: Record<string, string> = { name: c.name };
  if (scope.projectId) filters.owner = scope.projectId;
  const { items } = await api.image.listImages({ filters, limit: 50 });
  if (items.length === 0) return notMet(`No image named ${c.name} yet.`);
  if (!c.status) return met(`Image ${c.name} exists.`);
  const want = c.status.toLowerCase();
  const hit = items.find((i) => i.status.toLowerCase() === want);
  return hit
    ? met(`Image ${c.name} is ${hit.status}.`)
    : notMet(`Image ${c.name} is ${items[0]?.status ?? '?'}, waiting for ${want}.`);
};

export const volume: Evaluator<{ name: string; status?: string; attached_to?: string }> = async (
  ctx,
  c,
  scope,
) => {
  const filters: Record<string, string> = { name: c.name };
  if (scope.projectId) filters.project_id = scope.projectId;
  const { items } = await ctx.api.volume.pageVolumes({
    filters,
    allProjects: Boolean(scope.projectId),
    limit: 50,
  });
  const found = items.filter((v) => v.name === c.name);
  if (found.length === 0) return notMet(`No volume named ${c.name} yet.`);
  const want = c.status?.toLowerCase();
  const byStatus = want ? found.filter((v) => v.status.toLowerCase() === want) : found;
  if (byStatus.length === 0)
    return notMet(`Volume ${c.name} is ${found[0]?.status ?? '?'}, waiting for ${want}.`);
  if (!c.attached_to) return met(`Volume ${c.name} is ${byStatus[0]?.status}.`);
  const servers = new Set((await serversNamed(ctx, c.attached_to, scope)).map((s) => s.id));
  const hit = byStatus.find((v) => v.attachments.some((a) => servers.has(a.server_id)));
  return hit
    ? met(`Volume ${c.name} is attached to ${c.attached_to}.`)
    : notMet(`Volume ${c.name} is not attached to ${c.attached_to} yet.`);
};

export const container: Evaluator<{ name: string }> = async ({ api }, c, scope) => {
  // Swift's account is the token's project: another project's containers are not visible.
  if (scope.projectId) return notMet('Containers can be checked only in your own project.');
  const found = await api.objectStore.listContainers({ prefix: c.name });
  return found.some((x) => x.name === c.name)
    ? met(`Container ${c.name} exists.`)
    : notMet(`No container named ${c.name} yet.`);
};
