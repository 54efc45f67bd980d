// The Overview's usage period: From/To dates (UTC, YYYY-MM-DD), checked the way
// Horizon checks them, and turned into os-simple-tenant-usage's start and end.
import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface UsagePeriod {
  start: string;
  end: string;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** This month so far: the 1st (UTC) to today. */
export function defaultPeriod(now = new Date()): UsagePeriod {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return { start: isoDate(first), end: isoDate(now) };
}

/** 2026-02-30 parses as 2 March: a real date reads back unchanged. */
function sameDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === value;
}

function realDate(label: string) {
  return z
    .string()
    .trim()
    .min(1, { error: `${label} is required.` })
    .regex(DATE, { error: `${label} must be a date in YYYY-MM-DD format.` })
    .refine((v) => !DATE.test(v) || sameDay(v), {
      error: `${label} is not a real date.`,
    });
}

export function usagePeriodInput(today: string) {
  return z.object({ start: realDate('From'), end: realDate('To') }).superRefine((p, ctx) => {
    if (p.end < p.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'Invalid time period. The end date should be more recent than the start date.',
      });
    } else if (p.start > today) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message:
          'Invalid time period. You are requesting data from the future which may not exist.',
      });
    }
  });
}

/** Query values for Nova: naive UTC, the end date included up to its last second. */
export function usageQuery(period: UsagePeriod): { start: string; end: string } {
  return { start: `${period.start}T00:00:00`, end: `${period.end}T23:59:59` };
}
