import { badRequest, policyDenied } from './faults';
import { MAX_LIMIT } from './limits';
import { atLeast } from './microversion';
import { novaPage } from './paging';
import { checkQuery, multi, nonNegative } from './query-schemas';
import { isAdmin, settleServers } from './server-store';
import { apiBase } from './server-view';
import { activeInWindow, serverUsage, tenantUsages, type ServerUsage } from './usage-math';
import type { ComputeCall } from './call';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

const text: JsonSchema = { type: 'string' };

// api-ref "Usage reports (os-simple-tenant-usage)".

/** A naive datetime with microseconds, as Nova's JSON shows Python datetimes. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000');
}

/** _parse_datetime: the three formats Nova accepts; none means now. */
function parseDatetime(value: string | null, now: number): number {
  if (value === null) return now;
  const match = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(\.\d{1,6})?$/.exec(value);
  const spaceNeedsFraction = value.includes(' ') && !match?.[3];
  if (!match || spaceNeedsFraction) throw badRequest('Datetime is in invalid format');
  const ms = Date.parse(`${match[1]}T${match[2]}${(match[3] ?? '').slice(0, 4)}Z`);
  if (Number.isNaN(ms)) throw badRequest('Datetime is in invalid format');
  return ms;
}

interface Window {
  start: number;
  stop: number;
  detailed: boolean;
}

function window(call: ComputeCall): Window {
  const q = call.req.query;
  const start = parseDatetime(q.get('start'), call.now);
  const stop = parseDatetime(q.get('end'), call.now);
  if (!(start < stop)) {
    throw badRequest('Invalid start time. The start time cannot occur after the end time.');
  }
  return { start, stop: Math.min(stop, call.now), detailed: q.get('detailed') === '1' };
}

function usageView(u: ServerUsage) {
  return {
    ...u,
    started_at: microTime(u.started_at),
    ended_at: u.ended_at === null ? null : microTime(u.ended_at),
  };
}

function usages(call: ComputeCall, w: Window, tenantId: string | null) {
  settleServers(call);
  const paged = atLeast(call.version, '2.40');
  const servers = activeInWindow(
    call.region.servers.filter((s) => tenantId === null || s.projectId === tenantId),
    w.start,
    w.stop,
  );
  // Paging came with 2.40; before it the first max_limit servers count.
  const { items, links } = paged
    ? novaPage(call, servers, {
        collection: `${apiBase(call)}/os-simple-tenant-usage${tenantId === null ? '' : `/${tenantId}`}`,
        keyOf: (s) => s.id,
        unknownMarker: (marker) => badRequest(`Marker ${marker} could not be found.`),
      })
    : { items: servers.slice(0, MAX_LIMIT), links: [] };
  const list = items.map((s) => serverUsage(s, w.start, w.stop, call.now));
  const tenants = tenantUsages(list).map((t) => ({
    tenant_id: t.tenant_id,
    ...(w.detailed || tenantId !== null ? { server_usages: t.server_usages.map(usageView) } : {}),
    total_local_gb_usage: t.total_local_gb_usage,
    total_vcpus_usage: t.total_vcpus_usage,
    total_memory_mb_usage: t.total_memory_mb_usage,
    total_hours: t.total_hours,
    start: microTime(w.start),
    stop: microTime(w.stop),
  }));
  return { tenants, links };
}

function checkUsageQuery(call: ComputeCall, index: boolean): void {
  const properties: Record<string, JsonSchema> = { start: multi(text), end: multi(text) };
  if (index) properties.detailed = multi(text);
  if (atLeast(call.version, '2.40')) {
    properties.limit = multi(nonNegative);
    properties.marker = multi(text);
  }
  checkQuery(call, properties);
}

export function listTenantUsage(call: ComputeCall): SandboxResponse {
  checkUsageQuery(call, true);
  if (!isAdmin(call)) throw policyDenied('os_compute_api:os-simple-tenant-usage:list');
  const { tenants, links } = usages(call, window(call), null);
  const body: Record<string, unknown> = { tenant_usages: tenants };
  if (links.length > 0) body.tenant_usages_links = links;
  return { status: 200, body };
}

export function showTenantUsage(call: ComputeCall): SandboxResponse {
  checkUsageQuery(call, false);
  const tenantId = call.req.params.tenant_id ?? '';
  if (!isAdmin(call) && tenantId !== call.caller.projectId) {
    throw policyDenied('os_compute_api:os-simple-tenant-usage:show');
  }
  const { tenants, links } = usages(call, window(call), tenantId);
  const body: Record<string, unknown> = { tenant_usage: tenants[0] ?? {} };
  if (links.length > 0) body.tenant_usage_links = links;
  return { status: 200, body };
}
