import { ContainerBrowser } from '@/components/containers/container-browser';
import { prefixOf } from '@/components/containers/container-paths';
import { objectsResource } from '@/components/containers/objects';
import { catalogFor } from '@/lib/catalog-cache';
import { findEndpoint } from '@/lib/openstack/catalog';
import type { ContainerInfo } from '@/lib/openstack/object-store/containers';
import { prefetchList } from '@/lib/prefetch-list';
import { serverApiFor } from '@/lib/server-api';
import { requireSession } from '@/lib/session';
import { PREFETCH_BUDGET_MS, withinBudget } from '@/lib/within-budget';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Container' };

async function publicEndpoint(): Promise<string | undefined> {
  const token = await requireSession();
  try {
    const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
    // Anonymous readers come from outside: the public interface, whatever the dashboard uses.
    return findEndpoint(catalog, 'object-store', token.region, 'public');
  } catch {
    return undefined;
  }
}

/** The container's HEAD, read while the page renders; the browser asks again if it failed. */
async function containerInfo(container: string): Promise<ContainerInfo | undefined> {
  const token = await requireSession();
  return withinBudget(
    async () => (await serverApiFor(token)).objectStore.showContainer(container),
    PREFETCH_BUDGET_MS,
  );
}

export default async function ContainerPage({
  params,
}: {
  params: Promise<{ container: string; path?: string[] }>;
}) {
  const { container: raw, path = [] } = await params;
  const container = decodeURIComponent(raw);
  const prefix = prefixOf(path.map((s) => decodeURIComponent(s)));
  // The first page of objects comes in the HTML, as on the other list panels.
  const listing = objectsResource({
    container,
    prefix,
    upload: () => null,
    pageHref: '',
  });
  const [initial, info, endpoint] = await Promise.all([
    prefetchList(listing),
    containerInfo(container),
    publicEndpoint(),
  ]);
  return (
    <ContainerBrowser
      container={container}
      prefix={prefix}
      publicEndpoint={endpoint}
      initial={initial}
      initialInfo={info}
    />
  );
}
