import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sort';

describe('sortRows', () => {
  const rows = [{ n: 'b10' }, { n: 'B2' }, { n: 'a' }, { n: 'b2' }];
  it('sorts naturally and case-insensitively, keeping equal rows in order', () => {
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.n)).toEqual(['a', 'B2', 'b2', 'b10']);
  });
  it('reverses for descending', () => {
    expect(sortRows(rows, (r) => r.n, 'desc').map((r) => r.n)).toEqual(['b10', 'B2', 'b2', 'a']);
  });
  it('puts missing values last', () => {
    const mixed = [{ v: undefined }, { v: 2 }, { v: 1 }];
    expect(sortRows(mixed, (r) => r.v, 'asc').map((r) => r.v)).toEqual([1, 2, undefined]);
  });
  it('toggles direction on the same column', () => {
    expect(nextSort(null, 'name')).toEqual({ columnId: 'name', direction: 'asc' });
    expect(nextSort({ columnId: 'name', direction: 'asc' }, 'name').direction).toBe('desc');
    expect(nextSort({ columnId: 'name', direction: 'desc' }, 'type').direction).toBe('asc');
  });
});
