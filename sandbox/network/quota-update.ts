import { httpBadRequest, invalidInput } from './errors';
import { QUOTA_RESOURCES, type QuotaResource } from './quota-usage';
import { parseJsonObject } from '../http/body';
import type { SandboxRequest } from '../http/types';

// The body of an admin's quota update (api-ref network v2 "Quotas extension",
// PUT /v2.0/quotas/{project_id}): known resources only, integers of -1 or more.

export function parseQuotaUpdate(req: SandboxRequest): Partial<Record<QuotaResource, number>> {
  const json = req.body.length > 0 ? parseJsonObject(req.body) : undefined;
  if (req.body.length > 0 && !json) throw httpBadRequest('Body contains invalid data');
  const quota = json?.quota;
  if (quota === undefined || quota === null) {
    throw httpBadRequest("Unable to find 'quota' in request body");
  }
  if (typeof quota !== 'object' || Array.isArray(quota)) {
    throw httpBadRequest('Body contains invalid data');
  }
  return quotaLimitsFrom(quota as Record<string, unknown>);
}

/** convert_to_int then a minimum of -1, resource by resource; unknown names refused first. */
export function quotaLimitsFrom(
  quota: Record<string, unknown>,
): Partial<Record<QuotaResource, number>> {
  const known = new Set<string>(QUOTA_RESOURCES);
  const extra = Object.keys(quota).filter((key) => !known.has(key));
  if (extra.length > 0) throw httpBadRequest(`Unrecognized attribute(s) '${extra.join(', ')}'`);
  const limits: Partial<Record<QuotaResource, number>> = {};
  for (const [key, value] of Object.entries(quota)) {
    const text = typeof value === 'boolean' ? String(Number(value)) : String(value);
    if (!/^\s*[+-]?\d+\s*$/.test(text)) throw invalidInput(`'${String(value)}' is not an integer`);
    const limit = Number(text);
    if (limit < -1) {
      throw httpBadRequest(
        `Invalid input for ${key}. Reason: '${limit}' is too small - must be at least '-1'.`,
      );
    }
    limits[key as QuotaResource] = limit;
  }
  return limits;
}
