import { imageVisibleTo } from '../image/image-store';
import type { SandboxState } from '../state';

// How the sandbox's Heat reaches the other services: as the real one does, over
// HTTP to the catalog's endpoints with the caller's token (so each service's own
// checks and error texts apply), and, for parameter custom constraints, look-ups
// over the sandbox state (bridges, like Magnum's).

export class CloudCallError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Cloud {
  call(
    service: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<unknown>;
  /** Like call, but a 404 answers null. */
  find(service: string, path: string): Promise<unknown>;
  /** The service's public URL in the catalog, for the stack's project (no trailing slash). */
  endpoint(service: string): string;
}

/** The message inside an OpenStack error body, whatever the service's format. */
export function serviceMessage(body: unknown, text: string): string {
  const seek = (v: unknown, depth: number): string | null => {
    if (depth > 3 || typeof v !== 'object' || v === null) return null;
    const o = v as Record<string, unknown>;
    for (const k of ['message', 'detail', 'title'])
      if (typeof o[k] === 'string' && o[k]) return o[k];
    for (const value of Object.values(o)) {
      const found = Array.isArray(value) ? seek(value[0], depth + 1) : seek(value, depth + 1);
      if (found) return found;
    }
    return null;
  };
  return (
    seek(body, 0) ??
    (text
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() ||
      'Unknown error')
  );
}

export function cloudFor(
  state: SandboxState,
  regionId: string,
  projectId: string,
  token: string,
): Cloud {
  const endpoint = (type: string): string => {
    const service = state.identity.services.find((s) => s.type === type);
    const ep = state.identity.endpoints.find(
      (e) => e.serviceId === service?.id && e.regionId === regionId && e.interface === 'public',
    );
    if (!ep) throw new CloudCallError(503, `The service (${type}) is not available.`);
    return ep.url
      .replace(/\$\(project_id\)s|%\(project_id\)s|%\(tenant_id\)s/g, projectId)
      .replace(/\/$/, '');
  };
  async function raw(
    service: string,
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) {
    const res = await fetch(`${endpoint(service)}${path}`, {
      method,
      headers: {
        'X-Auth-Token': token,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(service === 'compute' ? { 'OpenStack-API-Version': 'compute 2.79' } : {}),
        ...extra,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, parsed, text };
  }
  return {
    async call(service, method, path, body, headers) {
      const r = await raw(service, method, path, body, headers);
      if (r.status >= 400) throw new CloudCallError(r.status, serviceMessage(r.parsed, r.text));
      return r.parsed;
    },
    endpoint,
    async find(service, path) {
      const r = await raw(service, 'GET', path);
      if (r.status === 404) return null;
      if (r.status >= 400) throw new CloudCallError(r.status, serviceMessage(r.parsed, r.text));
      return r.parsed;
    },
  };
}

/** Heat's custom constraints, checked against what the caller may use. */
export function customConstraints(
  state: SandboxState,
  regionId: string,
  viewer: { projectId: string; userId: string; isAdmin: boolean },
) {
  return {
    check(constraint: string, value: string): string | null {
      const bad = (m: string) => `Error validating value '${value}': ${m}`;
      switch (constraint) {
        case 'nova.flavor': {
          const flavors = state.compute[regionId]?.flavors ?? [];
          return flavors.some((f) => f.id === value || f.name === value)
            ? null
            : bad(`No Flavor matching {'name': '${value}'}. (HTTP 404)`);
        }
        case 'glance.image': {
          const images = (state.image[regionId]?.images ?? []).filter((i) =>
            imageVisibleTo(i, viewer),
          );
          return images.some((i) => i.id === value || i.name === value)
            ? null
            : bad(`No images matching {'name': '${value}'}.`);
        }
        case 'neutron.network': {
          const nets = (state.network[regionId]?.networks ?? []).filter(
            (n) => viewer.isAdmin || n.shared || n.external || n.projectId === viewer.projectId,
          );
          return nets.some((n) => n.id === value || n.name === value)
            ? null
            : bad(`Unable to find network with name or id '${value}'`);
        }
        case 'nova.keypair': {
          const keys = state.compute[regionId]?.keypairs ?? [];
          return keys.some((k) => k.userId === viewer.userId && k.name === value)
            ? null
            : bad(`The Key (${value}) could not be found.`);
        }
        default:
          return null;
      }
    },
  };
}
