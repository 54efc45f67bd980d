import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './timestamp';

describe('formatTimestamp', () => {
  it('prints ISO and HTTP dates the same way, in UTC, to the second', () => {
    expect(formatTimestamp('2026-12-06T19:16:35.676Z')).toBe('2026-12-06 19:16:35');
    // Swift's listings send no zone: UTC.
    expect(formatTimestamp('2026-12-06T19:16:35.676890')).toBe('2026-12-06 19:16:35');
    expect(formatTimestamp('2026-12-06T21:16:35+02:00')).toBe('2026-12-06 19:16:35');
    expect(formatTimestamp('Sun, 06 Dec 2026 19:16:47 GMT')).toBe('2026-12-06 19:16:47');
  });

  it('shows what it cannot read as sent, and nothing as a dash', () => {
    expect(formatTimestamp('yesterday')).toBe('yesterday');
    expect(formatTimestamp(undefined)).toBe('-');
    expect(formatTimestamp('')).toBe('-');
  });
});
