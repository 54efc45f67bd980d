// One chart of the Limit Summary: a donut with the figures as text beside it.
// Screen readers get a meter (or, with no limit, an image) named after the quota.
import { useId } from 'react';
import type { QuotaUsage } from '@/lib/openstack/quota-usage';
import {
  quotaFraction,
  quotaLevel,
  usageText,
  type QuotaChart,
  type QuotaLevel,
} from './quota-charts';

const RING: Record<QuotaLevel | 'none', string> = {
  ok: 'text-ok-fg',
  warn: 'text-warn-fg',
  bad: 'text-bad-fg',
  unlimited: 'text-ok-fg',
  none: 'text-line-strong',
};

const RADIUS = 26;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function Donut({ fraction, tone }: { fraction: number; tone: string }) {
  return (
    <svg aria-hidden viewBox="0 0 64 64" className="size-20 -rotate-90">
      <circle cx="32" cy="32" r={RADIUS} fill="none" strokeWidth="9" className="stroke-hover" />
      {fraction > 0 && (
        <circle
          cx="32"
          cy="32"
          r={RADIUS}
          fill="none"
          strokeWidth="9"
          stroke="currentColor"
          strokeDasharray={`${fraction * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
          className={`${tone} transition-[stroke-dasharray] duration-500`}
        />
      )}
    </svg>
  );
}

export type MeterState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready'; usage: QuotaUsage };

export function QuotaMeter({ chart, state }: { chart: QuotaChart; state: MeterState }) {
  const titleId = useId();
  const usage = state.kind === 'ready' ? state.usage : undefined;
  const level = usage ? quotaLevel(usage) : 'none';
  const text =
    state.kind === 'ready'
      ? usageText(chart, state.usage)
      : state.kind === 'unavailable'
        ? 'Not available'
        : 'Loading…';
  const percent = usage && usage.limit >= 0 ? Math.round(quotaFraction(usage) * 100) : undefined;

  const graphic =
    usage && usage.limit >= 0 ? (
      <div
        role="meter"
        aria-labelledby={titleId}
        aria-valuemin={0}
        aria-valuemax={usage.limit}
        aria-valuenow={Math.min(usage.inUse, usage.limit)}
        aria-valuetext={text}
        className="relative"
      >
        <Donut fraction={quotaFraction(usage)} tone={RING[level]} />
        <span className="absolute inset-0 flex items-center justify-center text-sm font-semibold tabular-nums">
          {percent}%
        </span>
      </div>
    ) : (
      <div role="img" aria-label={`${chart.label}: ${text}`} className="relative">
        <Donut fraction={0} tone={RING.none} />
        <span
          aria-hidden
          className={`absolute inset-0 flex items-center justify-center text-xs ${usage ? 'font-semibold text-ok-fg' : 'text-muted'}`}
        >
          {usage ? '∞' : state.kind === 'loading' ? '' : 'n/a'}
        </span>
      </div>
    );

  return (
    <figure
      aria-labelledby={titleId}
      aria-busy={state.kind === 'loading' || undefined}
      data-level={level}
      className="flex w-40 flex-col items-center gap-1.5 text-center"
    >
      <figcaption id={titleId} className="text-sm font-medium whitespace-nowrap">
        {chart.label}
      </figcaption>
      {graphic}
      <p
        // Text never pulses: a fading word drops below the contrast it needs (axe, dark theme).
        className={`min-h-8 text-xs leading-4 ${level === 'bad' ? 'font-medium text-bad-fg' : 'text-muted'}`}
      >
        {text}
      </p>
    </figure>
  );
}
