import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import { defaultPeriod, usagePeriodInput, usageQuery } from './usage-period';

const check = (start: string, end: string) =>
  validateForm(usagePeriodInput('2026-11-26'), { start, end });

describe('usage period', () => {
  it('defaults to this month so far (UTC)', () => {
    expect(defaultPeriod(new Date('2026-11-26T23:30:00Z'))).toEqual({
      start: '2026-11-01',
      end: '2026-11-26',
    });
  });

  it('accepts a past period and a period ending after today', () => {
    expect(check('2026-10-01', '2026-10-31').ok).toBe(true);
    expect(check('2026-11-01', '2026-12-31').ok).toBe(true);
  });

  it('says what is wrong, at the field', () => {
    expect(check('', '2026-11-01').errors).toEqual({ start: 'From is required.' });
    expect(check('01/11/2026', '2026-11-02').errors.start).toBe(
      'From must be a date in YYYY-MM-DD format.',
    );
    expect(check('2026-02-30', '2026-03-02').errors.start).toBe('From is not a real date.');
    expect(check('2026-11-10', '2026-11-01').errors).toEqual({
      end: 'Invalid time period. The end date should be more recent than the start date.',
    });
    expect(check('2026-12-01', '2026-12-31').errors).toEqual({
      start: 'Invalid time period. You are requesting data from the future which may not exist.',
    });
    expect(check('x'.repeat(10_000), '2026-11-01').errors.start).toBe(
      'From must be a date in YYYY-MM-DD format.',
    );
  });

  it('asks Nova for both whole days, in naive UTC', () => {
    expect(usageQuery({ start: '2026-11-01', end: '2026-11-26' })).toEqual({
      start: '2026-11-01T00:00:00',
      end: '2026-11-26T23:59:59',
    });
  });
});
