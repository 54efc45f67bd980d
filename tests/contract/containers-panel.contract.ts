// The Containers panel's own Swift sequences (components/containers/delete-objects.ts)
// against the target cloud: bulk deletes split under the request caps, a row's
// failure in Swift's words, and "Delete all objects and the container".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  batchedObjectDelete,
  bulkDeleteNames,
  deleteContainerRecursively,
} from '@/components/containers/delete-objects';
import { SwiftCleanup, swiftAsDemo, type Swift } from './object-store-fixture';

let swift: Swift;
const cleanup = new SwiftCleanup(() => swift.api);

beforeAll(async () => {
  swift = await swiftAsDemo();
});

afterAll(() => cleanup.run());

async function fill(container: string, names: string[]) {
  for (let i = 0; i < names.length; i += 20) {
    await Promise.all(
      names
        .slice(i, i + 20)
        .map((name) => swift.api.objectStore.uploadObject({ container, name, body: 'x' })),
    );
  }
}

describe('Containers panel sequences', () => {
  it('deletes more names than one request body holds, in several bulk requests', async () => {
    const container = await cleanup.create('bulk');
    // 400 names of ~300 bytes: about 120 KB of paths, over a 112 KiB body cap.
    const names = Array.from({ length: 400 }, (_, i) => `${'n'.repeat(290)}-${i}`);
    await fill(container, names);
    const result = await bulkDeleteNames(swift.api, container, names);
    expect(result.deleted).toBe(400);
    expect(result.errors).toEqual([]);
    expect(await swift.api.objectStore.listObjects(container)).toEqual([]);
  });

  it('Delete selected: rows run at once go as one bulk delete, each told its outcome', async () => {
    const container = await cleanup.create('batch');
    await fill(container, ['a', 'b/c']);
    const remove = batchedObjectDelete(container);
    const outcomes = await Promise.allSettled([
      remove(swift.api, 'a'),
      remove(swift.api, 'b/c'),
      remove(swift.api, 'not-there'),
    ]);
    // A name Swift does not have counts as deleted (bulk delete's "Number Not Found").
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(await swift.api.objectStore.listObjects(container)).toEqual([]);
  });

  it('Delete all objects and the container: nothing left, folders included', async () => {
    const container = await cleanup.create('recursive');
    await fill(container, ['top.txt', 'docs/a.txt', 'docs/deep/b.txt']);
    await swift.api.objectStore.createFolder(container, 'empty');
    await expect(swift.api.objectStore.deleteContainer(container)).rejects.toMatchObject({
      status: 409,
    });
    await deleteContainerRecursively(swift.api, container);
    await expect
      .poll(() => swift.api.objectStore.containerExists(container), { timeout: 30_000 })
      .toBe(false);
  });
});
