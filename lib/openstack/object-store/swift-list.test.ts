import { describe, expect, it } from 'vitest';
import { allPages, swiftPage, swiftQuery } from './swift-list';
import { listingEntry, objectListSchema } from './swift-schemas';

describe('Swift listings', () => {
  it('sends only the parameters given, in Swift names', () => {
    expect(swiftQuery({ prefix: 'a/', endMarker: 'z', limit: 10, reverse: true })).toEqual({
      format: 'json',
      prefix: 'a/',
      marker: undefined,
      end_marker: 'z',
      limit: 10,
      reverse: 'true',
    });
  });

  it('offers a next marker only after a full page', () => {
    expect(swiftPage(['a', 'b'], (x) => x, 2)).toEqual({ items: ['a', 'b'], next: 'b' });
    expect(swiftPage(['a'], (x) => x, 2).next).toBeUndefined();
    expect(swiftPage([], (x: string) => x, 0).next).toBeUndefined();
  });

  it('pages to the end', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const calls: (string | undefined)[] = [];
    const all = await allPages(async (marker) => {
      calls.push(marker);
      const start = marker ? names.indexOf(marker) + 1 : 0;
      return swiftPage(names.slice(start, start + 2), (x) => x, 2);
    });
    expect(all).toEqual(names);
    expect(calls).toEqual([undefined, 'b', 'd']);
  });

  it('reads folders and objects, and an empty answer as no rows', () => {
    const rows = objectListSchema.parse([
      { subdir: 'dir/' },
      {
        name: 'a.txt',
        bytes: 6,
        hash: 'b1946ac92492d2347c6235b4d2611184',
        content_type: 'text/plain',
        last_modified: '2026-12-06T14:42:35.044510',
      },
    ]);
    expect(rows.map(listingEntry).map((r) => [r.kind, r.name])).toEqual([
      ['folder', 'dir/'],
      ['object', 'a.txt'],
    ]);
    expect(objectListSchema.parse(undefined)).toEqual([]);
  });
});
