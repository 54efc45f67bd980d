import { describe, expect, it } from 'vitest';
import { listPage, type ListingEntry, type ListingQuery } from './listing';

const query = (q: Partial<ListingQuery>): ListingQuery => ({
  prefix: '',
  delimiter: '',
  marker: '',
  endMarker: '',
  limit: 10000,
  reverse: false,
  ...q,
});
const items = (names: string[]) => [...names].sort().map((name) => ({ name }));
const names = (entries: ListingEntry<{ name: string }>[]) =>
  entries.map((e) => ('subdir' in e ? e.subdir : e.item.name));

describe('listPage', () => {
  it('walks 10,000 names a page at a time by marker, each name once', () => {
    const all = items(Array.from({ length: 10000 }, (_, i) => `obj-${String(i).padStart(5, '0')}`));
    const seen: string[] = [];
    let marker = '';
    for (;;) {
      const page = names(listPage(all, query({ marker, limit: 1000 })));
      if (page.length === 0) break;
      seen.push(...page);
      marker = page[page.length - 1] ?? '';
    }
    expect(seen).toEqual(all.map((i) => i.name));
  });

  it('pages through pseudo-folders without repeating one', () => {
    const all = items(['a/1', 'a/2', 'b/1', 'c', 'd/1', 'd/2', 'e']);
    const seen: string[] = [];
    let marker = '';
    for (;;) {
      const page = names(listPage(all, query({ marker, delimiter: '/', limit: 2 })));
      if (page.length === 0) break;
      seen.push(...page);
      marker = page[page.length - 1] ?? '';
    }
    expect(seen).toEqual(['a/', 'b/', 'c', 'd/', 'e']);
  });

  it('lists backwards with reverse, marker and end_marker swapped in meaning', () => {
    const all = items(['a', 'b', 'c', 'd']);
    expect(names(listPage(all, query({ reverse: true, marker: 'd', endMarker: 'a' })))).toEqual([
      'c',
      'b',
    ]);
  });
});
