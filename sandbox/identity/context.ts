import type { SandboxRequest } from '../http/types';
import type { Store } from '../store';

export interface IdentityDeps {
  store: Store;
  tokenTtlSeconds: number;
  now(): number;
}

/** Keystone's base_url(): where this request reached /v3. */
export function identityBase(req: SandboxRequest): string {
  return `${req.origin}/v3`;
}

/** Keystone's full_url(): the (slash-normalised) request URL with its query string. */
export function requestUrl(req: SandboxRequest): string {
  const path = req.path.replace(/\/+$/, '');
  return `${req.origin}${path}${req.rawQuery ? `?${req.rawQuery}` : ''}`;
}

/** oslo's bool_from_string for query flags like allow_expired. */
export function boolFromString(value: string | null): boolean {
  return (
    value !== null && ['1', 't', 'true', 'on', 'y', 'yes'].includes(value.trim().toLowerCase())
  );
}
