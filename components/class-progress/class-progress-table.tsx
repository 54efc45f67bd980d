'use client';
// Admin → Class Progress: students (user, project) × walkthroughs, each cell
// computed from the real state of the student's project with the walkthrough's
// own completion conditions, asked again every few seconds (SWR polling).
import { usePathname, useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import useSWR from 'swr';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { progressLabel } from './progress';
import { DEFAULT_STUDENT_FILTER } from './roster';
import type { Cell, ClassRow, ClassWalkthrough } from './class-progress-data';

/** How often the table asks the cloud again. */
export const REFRESH_MS = 5000;

type Row = ClassRow;

/** The rows from the server (the admin's token never reaches the browser). */
async function loadRows(filter: string): Promise<Row[]> {
  const response = await fetch(
    `/admin/class-progress/progress?students=${encodeURIComponent(filter)}`,
    { headers: { accept: 'application/json' }, cache: 'no-store' },
  );
  const body = (await response.json().catch(() => ({}))) as { rows?: Row[]; error?: string };
  if (!response.ok || !body.rows) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body.rows;
}

function cell(p: Cell | undefined) {
  if (!p) return '-';
  if (p.kind === 'error') return <StatusBadge status="error" label={`Cannot tell: ${p.message}`} />;
  const label = progressLabel(p);
  const status = p.kind === 'completed' ? 'active' : p.kind === 'step' ? 'build' : 'shutoff';
  return <StatusBadge status={status} label={label} />;
}

export function ClassProgressTable({
  walkthroughs,
  initialFilter,
}: {
  walkthroughs: ClassWalkthrough[];
  initialFilter: string;
}) {
  const scopeKey = useScopeKey();
  const router = useRouter();
  const pathname = usePathname();
  const filterId = useId();
  const [filter, setFilter] = useState(initialFilter);

  const { data, error, mutate } = useSWR(
    ['class-progress', scopeKey, filter],
    () => loadRows(filter),
    { refreshInterval: REFRESH_MS, revalidateOnFocus: false, keepPreviousData: true },
  );

  const columns: DataTableColumn<Row>[] = [
    { id: 'user', header: 'User', cell: (r) => r.userName, sortValue: (r) => r.userName },
    {
      id: 'project',
      header: 'Project',
      cell: (r) => r.projectName,
      sortValue: (r) => r.projectName,
    },
    ...walkthroughs.map((w): DataTableColumn<Row> => ({
      id: `walkthrough-${w.id}`,
      header: w.title,
      cell: (r) => cell(r.progress[w.id]),
    })),
  ];

  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => event.preventDefault()}
        role="search"
      >
        <div>
          <label htmlFor={filterId} className="block text-sm font-medium">
            Students
          </label>
          <input
            id={filterId}
            value={filter}
            aria-describedby={`${filterId}-help`}
            onChange={(event) => {
              const value = event.target.value;
              setFilter(value);
              const query =
                value === DEFAULT_STUDENT_FILTER ? '' : `?students=${encodeURIComponent(value)}`;
              router.replace(`${pathname}${query}`, { scroll: false });
            }}
            className="block w-56 rounded border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-fg focus:border-accent"
          />
        </div>
        <p id={`${filterId}-help`} className="text-sm text-muted">
          Users whose name starts with this, on every project they have a role on (empty: every user
          but admin). Refreshed every {REFRESH_MS / 1000} seconds.
        </p>
      </form>
      <DataTable
        label="Class Progress"
        columns={columns}
        rows={data}
        loading={data === undefined && !error}
        error={
          error && !data
            ? { message: (error as Error).message, retry: () => void mutate() }
            : undefined
        }
        rowKey={(r) => `${r.userId} ${r.projectId}`}
        rowLabel={(r) => `${r.userName} in ${r.projectName}`}
        emptyMessage={
          walkthroughs.length === 0
            ? 'No walkthroughs to follow.'
            : 'No students to display: no user whose name starts with the filter has a role on a project.'
        }
      />
    </div>
  );
}
