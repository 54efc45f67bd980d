import { ContainerBrowser } from '@/components/containers/container-browser';
import { prefixOf } from '@/components/containers/container-paths';
import { catalogFor } from '@/lib/catalog-cache';
import { findEndpoint } from '@/lib/openstack/catalog';
import { requireSession } from '@/lib/session';
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

export default async function ContainerPage({
  params,
}: {
  params: Promise<{ container: string; path?: string[] }>;
}) {
  const { container, path = [] } = await params;
  return (
    <ContainerBrowser
      container={decodeURIComponent(container)}
      prefix={prefixOf(path.map((s) => decodeURIComponent(s)))}
      publicEndpoint={await publicEndpoint()}
    />
  );
}
