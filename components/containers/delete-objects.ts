// Deleting many objects: Swift's bulk delete, with its per-object errors made into
// one message; emptying a container before deleting it (Delete Container's
// "Delete all objects and the container").
import type { Api } from '@/lib/openstack/api';

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
  const result = await api.objectStore.bulkDelete(names.map((name) => ({ container, name })));
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
      const result = await api.objectStore.bulkDelete(
        batch.map((w) => ({ container, name: w.name })),
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
