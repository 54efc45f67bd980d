// Swift account and container calls (lib/openstack/object-store/) against the
// target cloud: listings, ACLs, metadata, policies, and Swift's own refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoragePolicies, swiftInfoUrl } from '@/lib/openstack/object-store/storage-policies';
import { containerPublicUrl } from '@/lib/openstack/object-store/swift-path';
import { unique } from './context';
import { failure } from './failure';
import { SwiftCleanup, swiftAsDemo, type Swift } from './object-store-fixture';

let swift: Swift;
const cleanup = new SwiftCleanup(() => swift.api);

beforeAll(async () => {
  swift = await swiftAsDemo();
});

afterAll(() => cleanup.run());

describe('object storage containers', () => {
  it('creates a container, lists it, shows it and deletes it', async () => {
    const store = swift.api.objectStore;
    const name = cleanup.name();
    expect(await store.createContainer({ name })).toEqual({ created: true });
    // A second PUT of the same name is accepted (202), not refused.
    expect(await store.createContainer({ name })).toEqual({ created: false });

    const listed = await store.listContainers({ prefix: name });
    expect(listed).toEqual([expect.objectContaining({ name, count: 0, bytes: 0 })]);

    const shown = await store.showContainer(name);
    expect(shown).toMatchObject({
      name,
      objectCount: 0,
      bytesUsed: 0,
      isPublic: false,
      readAcl: undefined,
      metadata: {},
    });
    expect(shown.storagePolicy).toEqual(expect.any(String));
    expect(Date.parse(shown.created ?? '')).toBeGreaterThan(Date.now() - 3_600_000);

    const account = await store.showAccount();
    expect(account.containerCount).toBeGreaterThanOrEqual(1);

    await store.deleteContainer(name);
    expect(await store.containerExists(name)).toBe(false);
    expect((await store.listContainers({ prefix: name })).length).toBe(0);
  });

  it('makes a container public and private, as HEAD and an anonymous reader see it', async () => {
    const store = swift.api.objectStore;
    const name = cleanup.name('pub');
    await store.createContainer({ name, isPublic: true });
    await store.uploadObject({
      container: name,
      name: 'hello.txt',
      body: 'hello',
      contentType: 'text/plain',
    });
    const url = containerPublicUrl(swift.endpoint, name);

    expect(await store.showContainer(name)).toMatchObject({
      isPublic: true,
      readAcl: '.r:*,.rlistings',
    });
    const anonymous = await fetch(`${url}/hello.txt`);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.text()).toBe('hello');
    const listing = await fetch(`${url}?format=json`);
    expect(listing.status).toBe(200);

    await store.setContainerPublic(name, false);
    const shown = await store.showContainer(name);
    expect(shown.isPublic).toBe(false);
    expect(shown.readAcl).toBeUndefined();
    const refused = await fetch(`${url}/hello.txt`);
    expect([401, 403]).toContain(refused.status);
    await refused.body?.cancel();

    await store.setContainerPublic(name, true);
    expect((await store.showContainer(name)).isPublic).toBe(true);
  });

  it('sets and removes container metadata, keeping the rest', async () => {
    const store = swift.api.objectStore;
    const name = cleanup.name('meta');
    await store.createContainer({ name, metadata: { Color: 'blue', Owner: 'ann' } });
    expect((await store.showContainer(name)).metadata).toEqual({ Color: 'blue', Owner: 'ann' });

    await store.updateContainerMetadata(name, { Size: 'large', Title: 'données 数据' }, ['Color']);
    expect((await store.showContainer(name)).metadata).toEqual({
      Owner: 'ann',
      Size: 'large',
      Title: 'données 数据',
    });
  });

  it('creates a container in a named storage policy and refuses one Swift does not have', async () => {
    const store = swift.api.objectStore;
    const first = cleanup.name('policy');
    await store.createContainer({ name: first });
    const policy = (await store.showContainer(first)).storagePolicy ?? '';
    expect(policy).not.toBe('');

    const second = cleanup.name('policy');
    await store.createContainer({ name: second, storagePolicy: policy });
    expect((await store.showContainer(second)).storagePolicy).toBe(policy);

    const third = cleanup.name('policy');
    const error = await failure(
      store.createContainer({ name: third, storagePolicy: 'no-such-policy' }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe("Invalid X-Storage-Policy 'no-such-policy'");
  });

  it("lists Swift's storage policies at /info, and a container made without one gets the default", async () => {
    const policies = await readStoragePolicies(swift.endpoint);
    expect(policies.names.length).toBeGreaterThan(0);
    expect(policies.names).toContain(policies.defaultName);

    const store = swift.api.objectStore;
    const plain = cleanup.name('policy');
    await store.createContainer({ name: plain });
    expect((await store.showContainer(plain)).storagePolicy).toBe(policies.defaultName);

    for (const policy of policies.names) {
      const named = cleanup.name('policy');
      await store.createContainer({ name: named, storagePolicy: policy });
      expect((await store.showContainer(named)).storagePolicy).toBe(policy);
    }
  });

  it("lists the static large object limits at /info (openstacksdk's upload_object reads them)", async () => {
    const response = await fetch(swiftInfoUrl(swift.endpoint), {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    const info = (await response.json()) as { slo?: Record<string, unknown> };
    expect(info.slo).toMatchObject({
      min_segment_size: 1,
      max_manifest_segments: expect.any(Number),
      max_manifest_size: expect.any(Number),
    });
  });

  it("refuses to delete a container that holds objects, with Swift's sentence", async () => {
    const store = swift.api.objectStore;
    const name = await cleanup.create('full');
    await store.uploadObject({ container: name, name: 'a', body: 'x' });
    const error = await failure(store.deleteContainer(name));
    expect(error.status).toBe(409);
    expect(error.title).toBe('Conflict');
    expect(error.message).toBe('There was a conflict when trying to complete your request.');
    expect(await store.containerExists(name)).toBe(true);

    await store.deleteObject(name, 'a');
    await store.deleteContainer(name);
    expect(await store.containerExists(name)).toBe(false);
  });

  it('answers 404 for a container that is not there', async () => {
    const store = swift.api.objectStore;
    const missing = unique('swift-missing');
    expect((await failure(store.showContainer(missing))).status).toBe(404);
    const deleted = await failure(store.deleteContainer(missing));
    expect(deleted.status).toBe(404);
    expect(deleted.message).toBe('The resource could not be found.');
    const listed = await failure(store.pageObjects(missing));
    expect(listed.status).toBe(404);
    expect(listed.message).toBe('The resource could not be found.');
    const posted = await failure(store.updateContainerMetadata(missing, { A: 'b' }));
    expect(posted.status).toBe(404);
  });

  it('keeps names with spaces, unicode and % as they were typed', async () => {
    const store = swift.api.objectStore;
    const base = unique('swift');
    const names = [`${base} with spaces`, `${base}-données-数据`, `${base}-100%-done`];
    for (const name of names) {
      cleanup.track(name);
      expect(await store.createContainer({ name })).toEqual({ created: true });
      expect((await store.showContainer(name)).name).toBe(name);
    }
    const listed = (await store.listContainers({ prefix: base })).map((c) => c.name);
    expect(listed.sort()).toEqual([...names].sort());
    for (const name of names) await store.deleteContainer(name);
    expect(await store.listContainers({ prefix: base })).toEqual([]);
  });

  it('pages the container list by marker, forwards and in reverse', async () => {
    const store = swift.api.objectStore;
    const base = unique('swift-page');
    const names = ['a', 'b', 'c', 'd', 'e'].map((s) => cleanup.track(`${base}-${s}`));
    for (const name of names) await store.createContainer({ name });

    const first = await store.pageContainers({ prefix: base, limit: 2 });
    expect(first.items.map((c) => c.name)).toEqual(names.slice(0, 2));
    expect(first.next).toBe(names[1]);
    const second = await store.pageContainers({ prefix: base, limit: 2, marker: first.next });
    expect(second.items.map((c) => c.name)).toEqual(names.slice(2, 4));
    const ranged = await store.pageContainers({
      prefix: base,
      marker: names[0],
      endMarker: names[3],
    });
    expect(ranged.items.map((c) => c.name)).toEqual(names.slice(1, 3));
    expect(ranged.next).toBeUndefined();

    const all = await store.listContainers({ prefix: base, limit: 2 });
    expect(all.map((c) => c.name)).toEqual(names);
    const reversed = await store.listContainers({ prefix: base, limit: 2, reverse: true });
    expect(reversed.map((c) => c.name)).toEqual([...names].reverse());
  });
});
