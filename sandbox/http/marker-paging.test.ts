import { describe, expect, it } from 'vitest';
import { pageByMarker, type MarkerPaging } from './marker-paging';

class UnknownMarker extends Error {}

const rows = ['a', 'b', 'c', 'd', 'e'];
const byValue = (row: string, marker: string) => row === marker;
const unknownMarker = (marker: string) => new UnknownMarker(`no ${marker}`);

function page(sorted: string[], paging: Partial<MarkerPaging<string>>): string[] {
  return pageByMarker(sorted, {
    marker: null,
    limit: null,
    isMarker: byValue,
    unknownMarker,
    ...paging,
  });
}

describe('pageByMarker', () => {
  it('returns the first `limit` rows without a marker, every row without a limit', () => {
    expect(page(rows, { limit: 2 })).toEqual(['a', 'b']);
    expect(page(rows, {})).toEqual(rows);
    expect(page(rows, { limit: 0 })).toEqual([]);
  });

  it('starts right after the marker’s row', () => {
    expect(page(rows, { marker: 'b', limit: 2 })).toEqual(['c', 'd']);
    expect(page(rows, { marker: 'c' })).toEqual(['d', 'e']);
    expect(page(rows, { marker: 'e', limit: 3 })).toEqual([]);
  });

  it('throws the service’s own error for a marker naming no row', () => {
    expect(() => page(rows, { marker: 'zz', limit: 2 })).toThrow(new UnknownMarker('no zz'));
  });

  it('pages by order when given one, so the marker may be a row the filters dropped', () => {
    const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const listed = ['a', 'c', 'e'];
    expect(page(listed, { marker: 'b', markerRows: rows, compare })).toEqual(['c', 'e']);
    expect(() => page(listed, { marker: 'b', compare })).toThrow(UnknownMarker);
  });

  it('finds a marker case-insensitively when told to (key pair names)', () => {
    const compare = (x: string, y: string) => x.toUpperCase().localeCompare(y.toUpperCase());
    const isMarker = (row: string, marker: string) => row.toUpperCase() === marker.toUpperCase();
    expect(page(['A', 'b', 'C'], { marker: 'a', isMarker, compare })).toEqual(['b', 'C']);
  });

  it('pages backwards with reverse, the page ending next to the marker', () => {
    const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    expect(page(rows, { marker: 'e', limit: 2, reverse: true, compare })).toEqual(['c', 'd']);
    expect(page(rows, { marker: 'b', limit: 2, reverse: true, compare })).toEqual(['a']);
    expect(page(rows, { limit: 2, reverse: true })).toEqual(['d', 'e']);
    expect(page(rows, { marker: 'd', limit: 5, reverse: true })).toEqual(['a', 'b', 'c']);
  });

  it('lets the service refuse a marker row it finds (Glance: not visible)', () => {
    const checkMarker = (row: string) => {
      if (row === 'c') throw new Error('Forbidding request, image c not visible');
    };
    expect(() => page(rows, { marker: 'c', checkMarker })).toThrow('not visible');
    expect(page(rows, { marker: 'b', limit: 1, checkMarker })).toEqual(['c']);
  });
});
