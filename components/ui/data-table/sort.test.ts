import { describe, expect, it } from 'vitest';
import { compareSortValues } from './sort';

describe('compareSortValues', () => {
  const order = (values: (string | number)[]) => [...values].sort(compareSortValues);

  it('orders text naturally and case-insensitively', () => {
    expect(order(['b10', 'B2', 'a'])).toEqual(['a', 'B2', 'b10']);
    expect(compareSortValues('B2', 'b2')).toBe(0);
  });
  it('orders numbers by size, not as text', () => {
    expect(order([10, 9, 100])).toEqual([9, 10, 100]);
  });
  it('compares a number with text as text', () => {
    expect(compareSortValues(10, '9')).toBeGreaterThan(0);
  });
});
