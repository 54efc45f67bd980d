import { pyJson } from './py-json';
import { header, type SandboxRequest, type SandboxResponse } from '../http/types';
import type { ListingEntry } from './listing';

// A listing as Swift sends it: JSON for ?format=json or Accept: application/json,
// else one name per line; an empty plain listing is a 204.

export function wantsJson(req: SandboxRequest): boolean {
  const format = req.query.get('format')?.toLowerCase();
  if (format === 'json') return true;
  if (format === 'plain' || format === 'txt') return false;
  return (header(req, 'accept') ?? '').toLowerCase().includes('application/json');
}

export function listingResponse<T extends { name: string }>(
  req: SandboxRequest,
  entries: ListingEntry<T>[],
  toJson: (item: T) => Record<string, unknown>,
  headers: Record<string, string>,
): SandboxResponse {
  if (wantsJson(req)) {
    const body = pyJson(
      entries.map((e) => ('subdir' in e ? { subdir: e.subdir } : toJson(e.item))),
    );
    return {
      status: 200,
      headers: {
        ...headers,
        'Content-Type': 'application/json; charset=utf-8',
        // Chosen by the Accept header rather than ?format, the answer varies with it.
        ...(req.query.has('format') ? {} : { Vary: 'Accept' }),
      },
      body: Buffer.from(body),
    };
  }
  const text = entries.map((e) => `${'subdir' in e ? e.subdir : e.item.name}\n`).join('');
  return {
    status: text ? 200 : 204,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Accept' },
    body: text ? Buffer.from(text) : undefined,
  };
}
