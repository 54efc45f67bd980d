import { describe, expect, it } from 'vitest';
import { formatAge } from './age';

describe('formatAge', () => {
  it('says how long ago, in the two largest units', () => {
    const t0 = Date.parse('2026-11-26T10:00:00Z');
    expect(formatAge('2026-11-26T10:00:00Z', t0 + 42_000)).toBe('42 seconds');
    expect(formatAge('2026-11-26T10:00:00Z', t0 + 61_000)).toBe('1 minute');
    expect(formatAge('2026-11-26T10:00:00Z', t0 + 3_600_000 * 26)).toBe('1 day, 2 hours');
    expect(formatAge('2026-11-26T10:00:00Z', t0 + 3_600_000 * 48)).toBe('2 days');
  });

  it('gives a dash for a date it cannot read', () => {
    expect(formatAge('not a date')).toBe('-');
  });
});
