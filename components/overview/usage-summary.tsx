'use client';
// "Usage Summary": the chosen period's totals, the instances active in it, and
// the same figures as a CSV file built here in the browser.
import { Suspense, use, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatMegabytes } from '@/lib/format/size';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import type { TenantUsage } from '@/lib/openstack/compute/quota-schemas';
import { downloadText } from './download-csv';
import { usageCsv, usageCsvFilename } from './usage-csv';
import { defaultPeriod, type UsagePeriod } from './usage-period';
import { UsagePeriodForm } from './usage-period-form';
import { activeServers, hours, summarizeUsage } from './usage-summary-data';
import { UsageTable } from './usage-table';
import { useProjectUsage } from './use-project-usage';

function Figure({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="min-w-40">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">
        {value ?? <span className="inline-block h-5 w-16 animate-pulse rounded bg-hover" />}
      </dd>
    </div>
  );
}

function UsageSummaryBody({
  rendered,
  waiting = false,
}: {
  /** The server's answer for its default period (the browser's may differ at midnight). */
  rendered?: { period: UsagePeriod; usage?: TenantUsage };
  /** That answer is still streaming in: show the figures loading, ask for nothing. */
  waiting?: boolean;
}) {
  const session = useDashboardSession();
  const [period, setPeriod] = useState<UsagePeriod>(() => rendered?.period ?? defaultPeriod());
  const same =
    rendered && rendered.period.start === period.start && rendered.period.end === period.end;
  const { data, error, isValidating, mutate } = useProjectUsage(
    period,
    same ? rendered.usage : undefined,
    waiting,
  );
  const summary = data ? summarizeUsage(data) : undefined;

  return (
    <section aria-labelledby="usage-summary" className="rounded border border-line bg-surface p-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="usage-summary" className="text-base font-semibold">
          Usage Summary
        </h2>
        <Button
          disabled={!data}
          onClick={() =>
            data &&
            downloadText(
              usageCsvFilename(session.project.name, period),
              usageCsv(data, period, session.project),
            )
          }
        >
          Download CSV Summary
        </Button>
      </div>
      <UsagePeriodForm period={period} onSubmit={setPeriod} />
      {error && !data && (
        <div className="mt-3">
          <Alert tone="error" title="Unable to retrieve usage information.">
            {(error as Error).message}
          </Alert>
        </div>
      )}
      <dl
        aria-label="Usage totals"
        aria-busy={!data || undefined}
        className="my-4 flex flex-wrap gap-x-8 gap-y-3"
      >
        <Figure label="Active Instances" value={summary && String(summary.activeInstances)} />
        <Figure label="Active VCPUs" value={summary && String(summary.activeVcpus)} />
        <Figure label="Active RAM" value={summary && formatMegabytes(summary.activeRamMb)} />
        <Figure label="This Period's VCPU-Hours" value={summary && hours(summary.vcpuHours)} />
        <Figure label="This Period's GB-Hours" value={summary && hours(summary.diskGbHours)} />
        <Figure label="This Period's RAM-Hours" value={summary && hours(summary.ramMbHours)} />
      </dl>
      <UsageTable
        rows={data ? activeServers(data) : undefined}
        loading={isValidating}
        error={
          error && !data
            ? { message: (error as Error).message, retry: () => void mutate() }
            : undefined
        }
      />
    </section>
  );
}

function StreamedUsageSummary({
  period,
  usage,
}: {
  period: UsagePeriod;
  usage: Promise<TenantUsage | undefined>;
}) {
  return <UsageSummaryBody rendered={{ period, usage: use(usage) }} />;
}

export function UsageSummary({
  streamed,
}: {
  /** The server's answer for its default period, shown when it arrives. */
  streamed?: { period: UsagePeriod; usage: Promise<TenantUsage | undefined> };
}) {
  if (!streamed) return <UsageSummaryBody />;
  return (
    <Suspense fallback={<UsageSummaryBody rendered={{ period: streamed.period }} waiting />}>
      <StreamedUsageSummary period={streamed.period} usage={streamed.usage} />
    </Suspense>
  );
}
