import { SwiftError, swobPage, HTML } from './errors';
import type { ObjectFiles } from './object-files';
import type { AccountRecord, ContainerRecord, ObjectStoreRegionState } from './schema';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { SandboxRequest } from '../http/types';

// What every Swift controller gets, and the proxy's two checks before it: the path
// (/v1/<account>[/<container>[/<object>]], percent-decoded before it is split) and
// keystoneauth's verdict (the account's own project, or a container ACL).

export interface SwiftPath {
  account: string;
  container: string | null;
  object: string | null;
}

export interface SwiftCall {
  req: SandboxRequest;
  region: ObjectStoreRegionState;
  /** Null for a request without a valid token (only public containers answer it). */
  caller: ServiceCaller | null;
  path: SwiftPath;
  files: ObjectFiles;
  keystoneUri: string;
  /** The domain of the account's project (keystoneauth keeps it as account sysmeta). */
  projectDomainId: string | null;
  now(): number;
  changed(): void;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Python's unquote: valid %XX runs decoded, anything else left as it is; bad UTF-8 is 412. */
export function unquote(raw: string): string {
  const decoded = raw.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return UTF8.decode(Buffer.from(run.replaceAll('%', ''), 'hex'));
    } catch {
      throw new SwiftError(412, 'Invalid UTF8 or contains NULL');
    }
  });
  if (decoded.includes('\0')) throw new SwiftError(412, 'Invalid UTF8 or contains NULL');
  return decoded;
}

/** Swift's split_path on the decoded path; null when it is not an API path. */
export function parseSwiftPath(rawPath: string): SwiftPath | null {
  const decoded = unquote(rawPath);
  const match = /^\/v1\/([^/]+)(?:\/([^/]*)(?:\/(.*))?)?$/s.exec(decoded);
  if (!match?.[1]) return null;
  const container = match[2] || null;
  const object = container && match[3] ? match[3] : null;
  if (!container && match[3]) return null;
  return { account: match[1], container, object };
}

export function ownsAccount(call: Pick<SwiftCall, 'caller' | 'path'>): boolean {
  return !!call.caller?.projectId && call.path.account === `AUTH_${call.caller.projectId}`;
}

export function account(call: SwiftCall): AccountRecord {
  const { accounts } = call.region;
  return (accounts[call.path.account] ??= { createdAt: call.now(), meta: {}, containers: [] });
}

function aclGrants(acl: string | null, caller: ServiceCaller | null): boolean {
  if (!acl || !caller) return false;
  return acl
    .split(',')
    .map((e) => e.trim())
    .some((entry) => {
      const [project, user] = entry.split(':');
      if (user === undefined) return false;
      const projectOk = project === '*' || project === caller.projectId;
      return projectOk && (user === '*' || user === caller.userId);
    });
}

function referrerGrants(acl: string | null): { read: boolean; listings: boolean } {
  const entries = (acl ?? '').split(',').map((e) => e.trim());
  return { read: entries.includes('.r:*'), listings: entries.includes('.rlistings') };
}

/** keystoneauth: 401 for an anonymous caller, 403 for someone else's account. */
export function denied(call: SwiftCall): SwiftError {
  if (call.caller) return new SwiftError(403);
  return new SwiftError(401, swobPage(401), HTML, {
    'WWW-Authenticate': [
      `Swift realm="${call.path.account}"`,
      `Keystone uri="${call.keystoneUri}"`,
    ],
  });
}

/** Throws unless the caller may do this request on the account/container/object. */
export function authorize(call: SwiftCall, container: ContainerRecord | undefined): void {
  if (ownsAccount(call)) return;
  const method = call.req.method;
  const reading = method === 'GET' || method === 'HEAD';
  if (container && call.path.container) {
    if (reading) {
      if (aclGrants(container.read, call.caller)) return;
      const referrer = referrerGrants(container.read);
      if (call.path.object ? referrer.read : referrer.read && referrer.listings) return;
    } else if (call.path.object && aclGrants(container.write, call.caller)) {
      return;
    }
  }
  throw denied(call);
}
