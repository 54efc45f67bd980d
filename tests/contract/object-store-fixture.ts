// Shared pieces of the Swift contract tests: a signed-in client, the account's
// endpoint, unique container names, clean-up that empties what it deletes.
import { createHash } from 'node:crypto';
import { catalogFor } from '@/lib/catalog-cache';
import type { Api } from '@/lib/openstack/api';
import { findEndpoint } from '@/lib/openstack/catalog';
import { apiFor, session, unique } from './context';

export interface Swift {
  api: Api;
  /** The object-store endpoint of the catalog (…/v1/AUTH_<project>). */
  endpoint: string;
}

export async function swiftAsDemo(): Promise<Swift> {
  const token = await session('demo');
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  const endpoint = findEndpoint(catalog, 'object-store', token.region, 'public');
  if (!endpoint) throw new Error('The target cloud has no object-store endpoint.');
  return { api: await apiFor(token), endpoint };
}

export function md5(data: Uint8Array | string): string {
  return createHash('md5').update(data).digest('hex');
}

/** Bytes that are not all alike, so a wrong range or order shows. */
export function patternBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

export async function bodyBytes(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

/** Makes uniquely named containers and, at the end, empties and deletes every one. */
export class SwiftCleanup {
  private readonly containers: string[] = [];

  constructor(private readonly api: () => Api) {}

  /** A new container's name (made by the caller), registered for clean-up. */
  name(prefix = 'c'): string {
    const name = unique(`swift-${prefix}`);
    this.containers.push(name);
    return name;
  }

  /** Registers a container the test named itself. */
  track(name: string): string {
    this.containers.push(name);
    return name;
  }

  async create(prefix = 'c'): Promise<string> {
    const name = this.name(prefix);
    await this.api().objectStore.createContainer({ name });
    return name;
  }

  async run(): Promise<void> {
    const store = this.api().objectStore;
    for (const container of this.containers) {
      const objects = await store.listObjects(container).catch(() => []);
      const names = objects.filter((o) => o.kind === 'object').map((o) => o.name);
      if (names.length > 0) {
        await store.bulkDelete(names.map((name) => ({ container, name }))).catch(() => undefined);
      }
      await store.deleteContainer(container).catch(() => undefined);
    }
  }
}
