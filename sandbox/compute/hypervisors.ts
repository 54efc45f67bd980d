import { badRequest, policyDenied } from './faults';
import { atLeast } from './microversion';
import { novaPage } from './paging';
import { COMPUTE_HOST, isAdmin, settleServers } from './server-store';
import { apiBase } from './server-view';
import { novaTime } from '../time';
import type { ComputeCall } from './call';
import type { SandboxResponse } from '../http/types';

// api-ref "Hypervisors (os-hypervisors)" and "Compute services (os-services)": the
// sandbox's one compute host and its control services, as a Zed devstack shows them.
// Ids are UUIDs from 2.53 (integers before); from 2.88 the hypervisor drops its
// vCPU/RAM/disk figures (Placement has them) and gains `uptime`.

export const HYPERVISOR_ID = '6b1c5e8a-3f0d-4c2e-9a7b-1d2e3f405162';
const COMPUTE_SERVICE_ID = '0f6c2a4e-7b1d-4e3a-8c5f-2a1b3c4d5e6f';
const CONTROLLER = 'sandbox-controller';
/** The fake driver's capacity, scaled down. */
export const CAPACITY = { vcpus: 64, memory_mb: 262144, local_gb: 2000 };
/** Nova's default reserved_host_memory_mb, counted as used. */
export const RESERVED_MEMORY_MB = 512;

const SERVICES = [
  {
    uuid: '3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
    n: 1,
    binary: 'nova-conductor',
    host: CONTROLLER,
    zone: 'internal',
  },
  {
    uuid: '4d0e1f2a-3b4c-4d5e-9f6a-8b9c0d1e2f3a',
    n: 2,
    binary: 'nova-scheduler',
    host: CONTROLLER,
    zone: 'internal',
  },
  { uuid: COMPUTE_SERVICE_ID, n: 3, binary: 'nova-compute', host: COMPUTE_HOST, zone: 'nova' },
];

/** Services report every 10 s: the last report is the latest 10 s boundary. */
const lastReport = (now: number) => novaTime(Math.floor(now / 10_000) * 10_000);

function hostedServers(call: ComputeCall) {
  settleServers(call);
  return call.region.servers.filter((s) => s.host === COMPUTE_HOST && s.deletedAt === null);
}

function hypervisorView(call: ComputeCall) {
  const uuids = atLeast(call.version, '2.53');
  const servers = hostedServers(call);
  const view: Record<string, unknown> = {
    id: uuids ? HYPERVISOR_ID : 1,
    hypervisor_hostname: COMPUTE_HOST,
    state: 'up',
    status: 'enabled',
    hypervisor_type: 'fake',
    hypervisor_version: 1000,
    host_ip: '127.0.0.1',
    service: { id: uuids ? COMPUTE_SERVICE_ID : 3, host: COMPUTE_HOST, disabled_reason: null },
  };
  if (atLeast(call.version, '2.88')) {
    view.uptime = null;
  } else {
    const sum = (pick: (f: (typeof servers)[number]['flavor']) => number) =>
      servers.reduce((n, s) => n + pick(s.flavor), 0);
    const memoryUsed = RESERVED_MEMORY_MB + sum((f) => f.ram);
    const diskUsed = sum((f) => f.disk + f.ephemeral);
    Object.assign(view, {
      vcpus: CAPACITY.vcpus,
      memory_mb: CAPACITY.memory_mb,
      local_gb: CAPACITY.local_gb,
      vcpus_used: sum((f) => f.vcpus),
      memory_mb_used: memoryUsed,
      local_gb_used: diskUsed,
      free_ram_mb: CAPACITY.memory_mb - memoryUsed,
      free_disk_gb: CAPACITY.local_gb - diskUsed,
      current_workload: 0,
      running_vms: servers.length,
      disk_available_least: 0,
      cpu_info: {
        arch: 'x86_64',
        model: 'Nehalem',
        vendor: 'Intel',
        features: ['pge', 'clflush'],
        topology: { cores: 1, threads: 1, sockets: 4 },
      },
    });
  }
  if (uuids && call.req.query.get('with_servers') === 'true') {
    view.servers = servers.map((s) => ({ uuid: s.id, name: s.name }));
  }
  return view;
}

export function listHypervisorDetails(call: ComputeCall): SandboxResponse {
  if (!isAdmin(call)) throw policyDenied('os_compute_api:os-hypervisors:list-detail');
  const all = [hypervisorView(call)];
  const { items, links } = novaPage(call, all, {
    collection: `${apiBase(call)}/os-hypervisors/detail`,
    keyOf: (h) => String(h.id),
    unknownMarker: (marker) => badRequest(`marker [${marker}] not found`),
  });
  const body: Record<string, unknown> = { hypervisors: items };
  if (links.length > 0) body.hypervisors_links = links;
  return { status: 200, body };
}

export function listComputeServices(call: ComputeCall): SandboxResponse {
  if (!isAdmin(call)) throw policyDenied('os_compute_api:os-services:list');
  const uuids = atLeast(call.version, '2.53');
  const updated = lastReport(call.now);
  return {
    status: 200,
    body: {
      services: SERVICES.map((s) => ({
        binary: s.binary,
        host: s.host,
        id: uuids ? s.uuid : s.n,
        zone: s.zone,
        status: 'enabled',
        state: 'up',
        updated_at: updated,
        disabled_reason: null,
        ...(atLeast(call.version, '2.11') ? { forced_down: false } : {}),
      })),
    },
  };
}
