import { describe, expect, it } from 'vitest';
import { formatObjectSize } from './object-size';

describe('formatObjectSize', () => {
  it('reads like Horizon', () => {
    expect(formatObjectSize(0)).toBe('0 bytes');
    expect(formatObjectSize(1)).toBe('1 byte');
    expect(formatObjectSize(1023)).toBe('1023 bytes');
    expect(formatObjectSize(1536)).toBe('1.5 KB');
    expect(formatObjectSize(2 * 1024 ** 3)).toBe('2.0 GB');
  });
});
