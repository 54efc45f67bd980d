import { describe, expect, it } from 'vitest';
import { formatDuration, formatGigabytes, formatMegabytes } from './size';

describe('sizes', () => {
  it('prints megabytes in the largest whole-ish unit', () => {
    expect(formatMegabytes(512)).toBe('512 MB');
    expect(formatMegabytes(2048)).toBe('2 GB');
    expect(formatMegabytes(51200)).toBe('50 GB');
    expect(formatMegabytes(1536)).toBe('1.5 GB');
    expect(formatMegabytes(0)).toBe('0 MB');
  });
  it('prints gigabytes, and terabytes from 1024 GB', () => {
    expect(formatGigabytes(20)).toBe('20 GB');
    expect(formatGigabytes(1000)).toBe('1000 GB');
    expect(formatGigabytes(2048)).toBe('2 TB');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 minutes'],
    [59, '0 minutes'],
    [60, '1 minute'],
    [407, '6 minutes'],
    [3600, '1 hour'],
    [3900, '1 hour, 5 minutes'],
    [86400 + 60, '1 day'],
    [2 * 86400 + 3 * 3600, '2 days, 3 hours'],
    [8 * 86400, '1 week, 1 day'],
  ])('%i s is "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
