'use client';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { LimitSummary } from './limit-summary';
import { UsageSummary } from './usage-summary';
import type { InitialOverview } from './prefetch-overview';

export function Overview({ initial }: { initial?: InitialOverview }) {
  // What the server fetched counts only for the project and region it was fetched for.
  const mine = initial?.scope === useScopeKey() ? initial : undefined;
  return (
    <div className="space-y-4">
      <LimitSummary streamed={mine?.quotas} />
      <UsageSummary streamed={mine && { period: mine.period, usage: mine.usage }} />
    </div>
  );
}
