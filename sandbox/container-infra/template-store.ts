import { conflict, notFound } from './errors';
import type { MagnumCall } from './call';
import type { TemplateRecord } from './schema';

// Which templates a caller sees, and look-ups by uuid or name with Magnum's words.

export function templateVisible(call: MagnumCall, t: TemplateRecord): boolean {
  return call.viewer.isAdmin || t.isPublic || t.projectId === call.viewer.projectId;
}

export function findTemplate(call: MagnumCall, ident: string): TemplateRecord {
  const visible = call.region.templates.filter((t) => templateVisible(call, t));
  const byId = visible.find((t) => t.uuid === ident);
  if (byId) return byId;
  const byName = visible.filter((t) => t.name === ident);
  if (byName.length > 1) {
    throw conflict(
      'Multiple ClusterTemplates exist with same name. Please use the ClusterTemplate uuid instead.',
    );
  }
  const found = byName[0];
  if (!found) throw notFound(`ClusterTemplate ${ident} could not be found.`);
  return found;
}

export const templateInUse = (call: MagnumCall, uuid: string): boolean =>
  call.region.clusters.some((c) => c.templateId === uuid || c.pending.templateId === uuid);
