// Deleting many objects: Swift's bulk delete, with its per-object errors made into
// one message; emptying a container before deleting it (Delete Container's
// "Delete all objects and the container").
import type { Api } from '@/lib/openstack/api';
import type { BulkDeleteResult } from '@/lib/openstack/object-store/objects';
import { objectPath } from '@/lib/openstack/object-store/swift-path';

/**
 * Names per bulk-delete request: a proxy may cap request bodies (the sandbox at
 * 112 KiB, as a default Swift's WSGI does), and a real Swift deletes some 40
 * objects a second on a small cluster (measured on the devcloud), so a request
 * must stay well inside the 30 s the dashboard waits for an answer.
 */
const MAX_BULK_BODY_BYTES = 96 * 1024;
const MAX_BULK_NAMES = 250;

/** Swift's bulk delete over any number of names, in requests that stay under the caps. */
export async function bulkDeleteNames(
  api: Api,
  container: string,
  names: string[],
): Promise<BulkDeleteResult> {
  const total: BulkDeleteResult = { deleted: 0, notFound: 0, errors: [], status: '200 OK' };
  let chunk: string[] = [];
  let bytes = 0;
  const send = async () => {
    if (chunk.length === 0) return;
    const part = await api.objectStore.bulkDelete(chunk.map((name) => ({ container, name })));
    total.deleted += part.deleted;
    total.notFound += part.notFound;
    total.errors.push(...part.errors);
    if (!part.status.startsWith('2')) total.status = part.status;
    chunk = [];
    bytes = 0;
  };
  for (const name of names) {
    const size = objectPath(container, name).length + 1;
    if (chunk.length >= MAX_BULK_NAMES || bytes + size > MAX_BULK_BODY_BYTES) await send();
    chunk.push(name);
    bytes += size;
  }
  await send();
  return total;
}

export class BulkDeleteError extends Error {
  constructor(readonly failures: { path: string; status: string }[]) {
    super(
      `Swift could not delete ${failures.length === 1 ? 'this object' : `${failures.length} objects`}: ${failures
        .slice(0, 5)
        .map((f) => `${decodeURIComponent(f.path)} (${f.status})`)
        .join(', ')}${failures.length > 5 ? ', …' : ''}`,
    );
    this.name = 'BulkDeleteError';
  }
}

/** Deletes the named objects of a container; throws with Swift's words for any it kept. */
export async function deleteObjects(api: Api, container: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const result = await bulkDeleteNames(api, container, names);
  if (result.errors.length > 0) throw new BulkDeleteError(result.errors);
}

/** Every object of the container, then the container itself. */
export async function deleteContainerRecursively(api: Api, container: string): Promise<void> {
  const entries = await api.objectStore.listObjects(container);
  await deleteObjects(
    api,
    container,
    entries.flatMap((e) => (e.kind === 'object' ? [e.name] : [])),
  );
  await api.objectStore.deleteContainer(container);
}

interface Waiting {
  name: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * A per-object delete whose calls made in the same tick (Delete selected runs
 * one per row at once) go to Swift as one bulk delete; each row then learns
 * its own outcome in Swift's words.
 */
export function batchedObjectDelete(container: string) {
  let waiting: Waiting[] = [];

  async function flush(api: Api) {
    const batch = waiting;
    waiting = [];
    try {
      const result = await bulkDeleteNames(
        api,
        container,
        batch.map((w) => w.name),
      );
      const failed = new Map(
        result.errors.map((e) => [decodeURIComponent(e.path).replace(/^\/?[^/]+\//, ''), e]),
      );
      for (const w of batch) {
        const failure = failed.get(w.name);
        if (failure) w.reject(new Error(`Swift answered ${failure.status}.`));
        else w.resolve();
      }
    } catch (error) {
      for (const w of batch) w.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (api: Api, name: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ name, resolve, reject });
      if (waiting.length === 1) queueMicrotask(() => void flush(api));
    });
}
