import { describe, expect, it } from 'vitest';
import { imagePatchOps, imagePatchPath } from './image-patch';
import type { Image } from './glance-schemas';

const before: Image = {
  id: 'i1',
  status: 'active',
  name: 'cirros',
  visibility: 'private',
  protected: false,
  min_disk: 0,
  tags: ['a'],
  architecture: 'x86_64',
  description: null,
};

describe('imagePatchOps', () => {
  it('adds a new key, replaces a changed one and removes one set to undefined', () => {
    expect(
      imagePatchOps(before, { os_distro: 'ubuntu', name: 'cirros-2', architecture: undefined }),
    ).toEqual([
      { op: 'add', path: '/os_distro', value: 'ubuntu' },
      { op: 'replace', path: '/name', value: 'cirros-2' },
      { op: 'remove', path: '/architecture' },
    ]);
  });

  it('gives no operation for unchanged values or for removing what the image lacks', () => {
    expect(
      imagePatchOps(before, {
        name: 'cirros',
        protected: false,
        tags: ['a'],
        hw_disk_bus: undefined,
        description: undefined,
      }),
    ).toEqual([]);
  });

  it('replaces a key the image holds as null, and compares lists by value', () => {
    expect(imagePatchOps(before, { description: 'tiny', tags: ['a', 'b'] })).toEqual([
      { op: 'replace', path: '/description', value: 'tiny' },
      { op: 'replace', path: '/tags', value: ['a', 'b'] },
    ]);
  });

  it('keeps booleans and numbers as they are', () => {
    expect(imagePatchOps(before, { protected: true, min_disk: 5 })).toEqual([
      { op: 'replace', path: '/protected', value: true },
      { op: 'replace', path: '/min_disk', value: 5 },
    ]);
  });
});

describe('imagePatchPath', () => {
  it('escapes ~ and / as JSON pointers want', () => {
    expect(imagePatchPath('a/b~c')).toBe('/a~1b~0c');
  });
});
