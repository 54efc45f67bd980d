'use client';
import { LimitSummary } from './limit-summary';
import { UsageSummary } from './usage-summary';

export function Overview() {
  return (
    <div className="space-y-4">
      <LimitSummary />
      <UsageSummary />
    </div>
  );
}
