'use client';
// "Limit Summary": every quota chart, grouped by service. A service the cloud
// lacks says so in its charts; any other failure shows the service's message.
import { Suspense, use } from 'react';
import { useHasService } from '@/components/shell/cloud-services';
import { Alert } from '@/components/ui/alert';
import { isMissingService } from '@/lib/openstack/errors';
import { QUOTA_GROUPS, type QuotaGroup } from './quota-charts';
import { QuotaMeter, type MeterState } from './quota-meter';
import { useQuotaUsage } from './use-quota-usage';
import type { QuotaUsageByKey } from './quota-loaders';

const SERVICE_NAMES: Record<QuotaGroup['service'], string> = {
  compute: 'Compute (Nova)',
  volumev3: 'Block Storage (Cinder)',
  network: 'Network (Neutron)',
};

function QuotaGroupCharts({
  group,
  rendered,
  waiting = false,
}: {
  group: QuotaGroup;
  rendered?: QuotaUsageByKey;
  /** The server's answer is still on its way: show the charts loading, ask for nothing. */
  waiting?: boolean;
}) {
  const { data, error } = useQuotaUsage(group.service, rendered, waiting);
  const missing = !useHasService(group.service) || isMissingService(error);
  const failed = error && !missing && !data;

  function state(key: string): MeterState {
    if (data) {
      const usage = data[key];
      return usage ? { kind: 'ready', usage } : { kind: 'unavailable', reason: 'not reported' };
    }
    if (error) return { kind: 'unavailable', reason: (error as Error).message };
    if (missing) return { kind: 'unavailable', reason: 'not available' };
    return { kind: 'loading' };
  }

  return (
    <section aria-labelledby={`quota-${group.service}`} className="space-y-2">
      <h3 id={`quota-${group.service}`} className="text-sm font-semibold text-muted">
        {group.title}
        {/* On the title's line, so the page does not move when it appears. */}
        {missing && (
          <span className="ml-2 text-xs font-normal">
            Not available: this cloud has no {SERVICE_NAMES[group.service]} service.
          </span>
        )}
      </h3>
      {failed && (
        <Alert
          tone="error"
          title={`Unable to retrieve the ${SERVICE_NAMES[group.service]} quotas.`}
        >
          {(error as Error).message}
        </Alert>
      )}
      <div className="flex flex-wrap gap-x-2 gap-y-4">
        {group.charts.map((chart) => (
          <QuotaMeter key={chart.id} chart={chart} state={state(chart.key)} />
        ))}
      </div>
    </section>
  );
}

function StreamedGroupCharts({
  group,
  answer,
}: {
  group: QuotaGroup;
  answer: Promise<QuotaUsageByKey | undefined>;
}) {
  return <QuotaGroupCharts group={group} rendered={use(answer)} />;
}

export function LimitSummary({
  streamed,
}: {
  /** The server's answers, one per service, each shown as soon as it arrives. */
  streamed?: Partial<Record<QuotaGroup['service'], Promise<QuotaUsageByKey | undefined>>>;
}) {
  return (
    <section aria-labelledby="limit-summary" className="rounded border border-line bg-surface p-4">
      <h2 id="limit-summary" className="mb-3 text-base font-semibold">
        Limit Summary
      </h2>
      <div className="space-y-5">
        {QUOTA_GROUPS.map((group) => {
          const answer = streamed?.[group.service];
          return answer ? (
            <Suspense key={group.service} fallback={<QuotaGroupCharts group={group} waiting />}>
              <StreamedGroupCharts group={group} answer={answer} />
            </Suspense>
          ) : (
            <QuotaGroupCharts key={group.service} group={group} />
          );
        })}
      </div>
    </section>
  );
}
