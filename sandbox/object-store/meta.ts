import { SwiftError } from './errors';
import { metaKey, pythonTitle } from './format';
import type { SandboxRequest } from '../http/types';

// User metadata in headers (X-Account-Meta-*, X-Container-Meta-*, X-Object-Meta-*)
// with Swift's constraints (/info: max_meta_name_length and the others) and its texts.

const MAX_NAME = 128;
const MAX_VALUE = 256;
const MAX_COUNT = 90;
const MAX_OVERALL = 4096;

type Target = 'account' | 'container' | 'object';

function check(target: Target, meta: Record<string, string>): void {
  const prefix = `x-${target}-meta-`;
  let size = 0;
  for (const [key, value] of Object.entries(meta)) {
    if (key.length > MAX_NAME)
      throw new SwiftError(400, `Metadata name too long: ${prefix}${key}`, 'text/plain');
    if (value.length > MAX_VALUE) {
      throw new SwiftError(
        400,
        `Metadata value longer than ${MAX_VALUE}: ${prefix}${key}`,
        'text/plain',
      );
    }
    size += key.length + value.length;
  }
  if (Object.keys(meta).length > MAX_COUNT) {
    throw new SwiftError(400, `Too many metadata items; max ${MAX_COUNT}`, 'text/plain');
  }
  if (size > MAX_OVERALL) {
    throw new SwiftError(400, `Total metadata too large; max ${MAX_OVERALL}`, 'text/plain');
  }
}

function headerValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
}

/** Account and container POST/PUT: sets, an empty value or X-Remove-…-Meta-* removes. */
export function mergeMeta(
  target: Target,
  current: Record<string, string>,
  req: SandboxRequest,
): Record<string, string> {
  const next = { ...current };
  for (const [name, raw] of Object.entries(req.headers)) {
    const removeKey = metaKey(name, `x-remove-${target}-meta-`);
    if (removeKey) {
      delete next[removeKey];
      continue;
    }
    const key = metaKey(name, `x-${target}-meta-`);
    if (!key) continue;
    const value = headerValue(raw);
    if (value === '') delete next[key];
    else next[key] = value;
  }
  check(target, next);
  return next;
}

/** Object PUT/POST: the request's X-Object-Meta-* replace all the object's metadata. */
export function objectMeta(req: SandboxRequest): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [name, raw] of Object.entries(req.headers)) {
    const key = metaKey(name, 'x-object-meta-');
    const value = headerValue(raw);
    if (key && value !== '') meta[key] = value;
  }
  check('object', meta);
  return meta;
}

/** Metadata as response headers, e.g. X-Container-Meta-Color. */
export function metaHeaders(target: Target, meta: Record<string, string>): Record<string, string> {
  const prefix = `X-${pythonTitle(target)}-Meta-`;
  return Object.fromEntries(Object.entries(meta).map(([k, v]) => [`${prefix}${k}`, v]));
}

const SYS_HEADERS = ['content-disposition', 'content-encoding'];

/** Content-Disposition and Content-Encoding, kept with the object as sent. */
export function objectSysHeaders(req: SandboxRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of SYS_HEADERS) {
    const value = headerValue(req.headers[name]);
    if (value) out[pythonTitle(name)] = value;
  }
  return out;
}
