// api-ref: container-infra v1, "Manage Cluster".
import { randomUUID } from 'node:crypto';
import { keypairExists } from './bridges';
import { makeClusterCa } from './cluster-ca';
import { fixedNetworkFailure } from './cluster-network';
import { readClusterRequest } from './cluster-request';
import { findCluster, requireReady, settleCall, step, clusterVisible } from './cluster-store';
import { clusterListView, clusterView } from './cluster-view';
import { badRequest, invalidField, notFound } from './errors';
import { requireMinor } from './microversion';
import { checkClusterQuota, instanceQuotaFailure } from './quota-rules';
import { jsonObject } from './request';
import { findTemplate } from './template-store';
import type { MagnumCall } from './call';
import type { ClusterRecord, NodegroupRecord } from './schema';
import type { SandboxResponse } from '../http/types';

const NO_KEYPAIR =
  'Resource CREATE failed: the cluster has no key pair: give one when creating the cluster or set one on its cluster template.';

function nodegroup(
  call: MagnumCall,
  role: 'master' | 'worker',
  count: number,
  flavorId: string | null,
  imageId: string,
): NodegroupRecord {
  const id = call.region.nextId;
  call.region.nextId += 1;
  return {
    id,
    uuid: randomUUID(),
    name: role === 'master' ? 'default-master' : 'default-worker',
    role,
    nodeCount: count,
    flavorId,
    imageId,
    stackId: null,
    nodeAddresses: [],
    createdAt: call.now,
    updatedAt: null,
  };
}

export function listClusters(call: MagnumCall): SandboxResponse {
  settleCall(call);
  const rows = call.region.clusters
    .filter((c) => clusterVisible(call, c))
    .map((c) => clusterListView(c, call.req.origin));
  return { status: 200, body: { clusters: rows } };
}

export function showCluster(call: MagnumCall): SandboxResponse {
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  const template = call.region.templates.find((t) => t.uuid === c.templateId);
  return { status: 200, body: clusterView(c, template, call.req.origin) };
}

export function createCluster(call: MagnumCall): SandboxResponse {
  const request = readClusterRequest(jsonObject(call));
  const template = findTemplate(call, request.templateIdent);
  settleCall(call);
  const masterLb = request.masterLbEnabled ?? template.masterLbEnabled;
  const masterCount = request.masterCount ?? 1;
  if (masterCount > 1 && !masterLb) {
    throw badRequest('master_count must be 1 when master_lb_enabled is False');
  }
  const keypair = request.keypair ?? template.keypairId;
  if (keypair !== null && !keypairExists(call, keypair)) {
    throw notFound(`Unable to find keypair ${keypair}.`);
  }
  checkClusterQuota(call);
  const nodeCount = request.nodeCount ?? 1;
  const flavorId = request.flavorId ?? template.flavorId;
  const masterFlavorId = request.masterFlavorId ?? template.masterFlavorId;
  const templateLabels = template.labels ?? {};
  const labels = request.labels
    ? request.mergeLabels
      ? { ...templateLabels, ...request.labels }
      : request.labels
    : { ...templateLabels };
  const uuid = randomUUID();
  const name = request.name ?? `cluster-${uuid.slice(0, 8)}`;
  const fixedNetwork = request.fixedNetwork ?? template.fixedNetwork;
  const fixedSubnet = request.fixedSubnet ?? template.fixedSubnet;
  const network = fixedNetworkFailure(call, fixedNetwork, fixedSubnet);
  const failure =
    network?.reason ??
    (keypair === null ? NO_KEYPAIR : instanceQuotaFailure(call, nodeCount + masterCount));
  const cluster: ClusterRecord = {
    uuid,
    name,
    projectId: call.viewer.projectId,
    userId: call.viewer.userId,
    templateId: template.uuid,
    keypair,
    nodeCount,
    masterCount,
    dockerVolumeSize: request.dockerVolumeSize ?? template.dockerVolumeSize,
    labels,
    mergeLabels: request.mergeLabels,
    flavorId,
    masterFlavorId,
    fixedNetwork,
    fixedSubnet,
    floatingIpEnabled: request.floatingIpEnabled ?? template.floatingIpEnabled,
    masterLbEnabled: masterLb,
    createTimeout: request.createTimeout ?? 60,
    stackId: network?.hasStack === false ? null : randomUUID(),
    status: 'CREATE_IN_PROGRESS',
    statusReason: null,
    healthStatus: null,
    apiAddress: null,
    coeVersion: null,
    pending: { nodeCount: null, templateId: null },
    steps: failure
      ? [step(call.now + Math.round(call.buildMs / 4), 'CREATE_FAILED', 'failed', failure)]
      : [
          step(
            call.now + call.buildMs,
            'CREATE_COMPLETE',
            'complete',
            'Stack CREATE completed successfully',
          ),
        ],
    nodegroups: [
      nodegroup(call, 'master', masterCount, masterFlavorId, template.imageId),
      nodegroup(call, 'worker', nodeCount, flavorId, template.imageId),
    ],
    ca: makeClusterCa(name, call.now),
    createdAt: call.now,
    updatedAt: null,
  };
  call.region.clusters.push(cluster);
  call.changed();
  return { status: 202, body: { uuid } };
}

export function deleteCluster(call: MagnumCall): SandboxResponse {
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  c.status = 'DELETE_IN_PROGRESS';
  c.statusReason = null;
  c.updatedAt = call.now;
  c.steps = [step(call.now + Math.round(call.buildMs / 4), 'DELETE_COMPLETE', 'remove')];
  call.changed();
  return { status: 204 };
}

function startUpdate(call: MagnumCall, c: ClusterRecord, effect: 'resize' | 'upgrade'): void {
  c.status = 'UPDATE_IN_PROGRESS';
  c.statusReason = null;
  c.updatedAt = call.now;
  c.steps = [
    step(
      call.now + Math.round(call.buildMs / 2),
      'UPDATE_COMPLETE',
      effect,
      'Stack UPDATE completed successfully',
    ),
  ];
  call.changed();
}

/** POST /clusters/{id}/actions/resize (1.7): {node_count, nodes_to_remove?, nodegroup?}. */
export function resizeCluster(call: MagnumCall): SandboxResponse {
  requireMinor(call.minor, 7);
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  const body = jsonObject(call);
  const raw = body.node_count;
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    throw invalidField('node_count', String(raw), 'Mandatory field missing.');
  }
  if (raw < 0)
    throw invalidField('node_count', String(raw), 'Value should be greater or equal to 0');
  const group = body.nodegroup;
  if (group !== undefined && group !== 'default-worker') {
    const found = c.nodegroups.find((g) => g.name === group || g.uuid === group);
    if (!found) throw notFound(`Nodegroup ${String(group)} could not be found.`);
    if (found.role === 'master') {
      throw badRequest('Resizing a nodegroup with role master is not supported.');
    }
  }
  requireReady(c);
  const failure = instanceQuotaFailure(call, raw + c.masterCount, c.uuid);
  if (failure) {
    c.status = 'UPDATE_IN_PROGRESS';
    c.steps = [
      step(
        call.now + Math.round(call.buildMs / 4),
        'UPDATE_FAILED',
        null,
        failure.replace('Resource CREATE failed', 'Resource UPDATE failed'),
      ),
    ];
    call.changed();
    return { status: 202, body: { uuid: c.uuid } };
  }
  c.pending.nodeCount = raw;
  startUpdate(call, c, 'resize');
  return { status: 202, body: { uuid: c.uuid } };
}

/** POST /clusters/{id}/actions/upgrade (1.8): {cluster_template, max_batch_size?, nodegroup?}. */
export function upgradeCluster(call: MagnumCall): SandboxResponse {
  requireMinor(call.minor, 8);
  const c = findCluster(call, call.req.params.cluster_id ?? '');
  const body = jsonObject(call);
  if (typeof body.cluster_template !== 'string' || body.cluster_template === '') {
    throw invalidField('cluster_template', 'None', 'Mandatory field missing.');
  }
  const template = findTemplate(call, body.cluster_template);
  requireReady(c);
  if (template.coe !== findTemplate(call, c.templateId).coe) {
    throw badRequest('The COE of the new cluster template must be the same as the current one.');
  }
  c.pending.templateId = template.uuid;
  startUpdate(call, c, 'upgrade');
  return { status: 202, body: { uuid: c.uuid } };
}

/** GET /stats: the caller's clusters and their nodes (masters and workers). */
export function showStats(call: MagnumCall): SandboxResponse {
  settleCall(call);
  const mine = call.region.clusters.filter((c) => c.projectId === call.viewer.projectId);
  const nodes = mine.reduce((sum, c) => sum + c.nodeCount + c.masterCount, 0);
  return { status: 200, body: { clusters: mine.length, nodes } };
}
