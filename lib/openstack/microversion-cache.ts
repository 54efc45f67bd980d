// Server-side cache of negotiated microversions, one entry per endpoint root.
import { recordUpstreamCall } from '@/lib/upstream-metrics';
import { negotiate, maxFromVersionDocument, versionRootOf, MICROVERSIONS } from './microversions';
import type { ServiceTypeName } from './catalog';

const TTL_MS = 10 * 60 * 1000;
const cache = new Map<string, { at: number; value: Promise<string | undefined> }>();

async function fetchServerMax(root: string): Promise<string | undefined> {
  const started = performance.now();
  const get = (url: string) =>
    fetch(url, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(5000),
    }).finally(() => recordUpstreamCall('version-discovery', performance.now() - started));
  let response = await get(root);
  // Cinder wants a token for /v3/ but lists its versions at / without one.
  if (response.status === 401) response = await get(new URL('/', root).toString());
  // Version documents answer 200 or 300 (Multiple Choices); both carry the JSON. Anything
  // else is an outage, not an answer: thrown, so it is not kept for the next ten minutes
  // (a service that was down for a moment would otherwise be spoken to at 2.1 meanwhile).
  if (response.status !== 200 && response.status !== 300)
    throw new Error(`version document answered ${response.status}`);
  return maxFromVersionDocument(await response.json().catch(() => undefined));
}

export async function negotiatedMicroversion(
  service: ServiceTypeName,
  endpoint: string,
): Promise<string | undefined> {
  if (!MICROVERSIONS[service]) return undefined;
  const root = versionRootOf(endpoint);
  const hit = cache.get(root);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = fetchServerMax(root)
    .then((max) => negotiate(service, max))
    .catch(() => {
      cache.delete(root);
      return undefined;
    });
  cache.set(root, { at: Date.now(), value });
  return value;
}
