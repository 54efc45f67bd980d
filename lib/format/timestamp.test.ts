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

describe('formatTimestamp with the User Settings', () => {
  it('shows the moment in the chosen zone and format', () => {
    const at = '2026-12-06T19:16:35Z';
    expect(formatTimestamp(at, { timeZone: 'Asia/Tokyo', format: 'iso' })).toBe(
      '2026-12-07 04:16:35',
    );
    expect(formatTimestamp(at, { timeZone: 'America/New_York', format: 'mdy' })).toBe(
      '12/06/2026 14:16:35',
    );
    expect(formatTimestamp(at, { timeZone: 'UTC', format: 'dmy' })).toBe('06.12.2026 19:16:35');
    expect(formatTimestamp(at, { timeZone: 'Not/AZone', format: 'iso' })).toBe(
      '2026-12-06 19:16:35',
    );
  });
});
