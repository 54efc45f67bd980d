import { account, authorize, type SwiftCall } from './call';
import { SwiftError } from './errors';
import { listingDate, xTimestamp } from './format';
import { listingQuery, listPage } from './listing';
import { listingResponse } from './listing-response';
import { mergeMeta, metaHeaders } from './meta';
import { accountHeaders, containerStats } from './stats';
import type { SandboxResponse } from '../http/types';

// api-ref object-storage "Accounts": list containers (GET), details (HEAD), metadata (POST).

function headers(call: SwiftCall): Record<string, string> {
  const acc = account(call);
  return {
    ...accountHeaders(acc),
    'X-Timestamp': xTimestamp(acc.createdAt),
    ...metaHeaders('account', acc.meta),
    'Accept-Ranges': 'bytes',
    ...(call.projectDomainId ? { 'X-Account-Project-Domain-Id': call.projectDomainId } : {}),
  };
}

export function listContainers(call: SwiftCall): SandboxResponse {
  authorize(call, undefined);
  const query = listingQuery(call.req);
  const acc = account(call);
  const entries = listPage(acc.containers, query);
  const response = listingResponse(
    call.req,
    entries,
    (c) => {
      const s = containerStats(c);
      return {
        name: c.name,
        count: s.count,
        bytes: s.bytes,
        last_modified: listingDate(c.updatedAt),
      };
    },
    headers(call),
  );
  if (call.req.method === 'HEAD') {
    return {
      ...response,
      status: 204,
      headers: { ...response.headers, 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Accept' },
      body: Buffer.alloc(0),
    };
  }
  return response;
}

/** Account quotas are the reseller's to set (account_quotas middleware). */
function checkQuotaHeaders(call: SwiftCall): void {
  const setsQuota = Object.keys(call.req.headers).some((h) =>
    /^x-(remove-)?account-meta-quota-bytes$/.test(h),
  );
  if (setsQuota && !call.caller?.roles.includes('ResellerAdmin')) throw new SwiftError(403);
}

export function updateAccount(call: SwiftCall): SandboxResponse {
  authorize(call, undefined);
  checkQuotaHeaders(call);
  const acc = account(call);
  acc.meta = mergeMeta('account', acc.meta, call.req);
  call.changed();
  return { status: 204, headers: { 'Content-Type': 'text/html; charset=UTF-8' } };
}
