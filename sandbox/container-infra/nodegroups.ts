// api-ref: container-infra v1, "Manage nodegroups" (1.9).
import { findCluster } from './cluster-store';
import { nodegroupListView, nodegroupView } from './cluster-view';
import { notFound } from './errors';
import { requireMinor } from './microversion';
import type { MagnumCall } from './call';
import type { SandboxResponse } from '../http/types';

export function listNodegroups(call: MagnumCall): SandboxResponse {
  requireMinor(call.minor, 9);
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  const role = call.req.query.get('role');
  const rows = c.nodegroups
    .filter((g) => role === null || g.role === role)
    .map((g) => nodegroupListView(c, g));
  return { status: 200, body: { nodegroups: rows } };
}

export function showNodegroup(call: MagnumCall): SandboxResponse {
  requireMinor(call.minor, 9);
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  const ident = call.req.params.nodegroup_id ?? '';
  const g = c.nodegroups.find((n) => n.uuid === ident || n.name === ident);
  if (!g) throw notFound(`Nodegroup ${ident} could not be found.`);
  return { status: 200, body: nodegroupView(c, g, call.req.origin) };
}
