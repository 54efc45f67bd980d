// Swift's storage policies. api-ref: object-storage v1, "Endpoints" → "List activated
// capabilities" (GET /info). /info sits at the proxy's root, outside the catalog's
// /v1/AUTH_… path, so the dashboard's proxy cannot reach it: the server reads it.
import { z } from 'zod';

export interface StoragePolicies {
  /** Policy names in Swift's order. */
  names: string[];
  /** The policy a container gets without X-Storage-Policy (undefined if Swift names none). */
  defaultName?: string;
}

const infoSchema = z.object({
  swift: z.object({
    policies: z
      .array(
        z.object({
          name: z.string(),
          default: z.boolean().optional(),
          aliases: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

/** `…/v1/AUTH_x` → `…/info` (a proxy mounted under a path keeps that path). */
export function swiftInfoUrl(endpoint: string): string {
  const url = new URL(endpoint);
  const at = url.pathname.search(/\/v1(\/|$)/);
  const root = at === -1 ? '' : url.pathname.slice(0, at);
  return `${url.origin}${root}/info`;
}

export function storagePolicies(info: unknown): StoragePolicies {
  const policies = infoSchema.parse(info).swift.policies ?? [];
  return {
    names: policies.map((p) => p.name),
    defaultName: policies.find((p) => p.default)?.name,
  };
}

/** GET /info (no token: Swift answers anyone) and its policies. */
export async function readStoragePolicies(
  endpoint: string,
  fetchImpl: typeof fetch = fetch,
): Promise<StoragePolicies> {
  const response = await fetchImpl(swiftInfoUrl(endpoint), {
    headers: { Accept: 'application/json' },
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`Swift's /info answered ${response.status} ${response.statusText}`.trim());
  }
  return storagePolicies(await response.json());
}
