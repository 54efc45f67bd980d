'use client';
// My Session: the changes this user made in the dashboard (lib/session-log), with
// the cloud's answer, and the downloads that redo the successful ones.
import { useMemo, useState, useSyncExternalStore } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { Timestamp } from '@/components/ui/timestamp';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import { hotTemplate, pythonScript, shellScript } from '@/lib/session-log/compose';
import {
  clearSessionLog,
  parseSessionLog,
  rawSessionLog,
  SESSION_LOG_EVENT,
} from '@/lib/session-log/store';
import type { SessionLogEntry } from '@/lib/session-log/types';

function subscribe(onChange: () => void) {
  window.addEventListener(SESSION_LOG_EVENT, onChange);
  // Another tab of the same user.
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(SESSION_LOG_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const columns: DataTableColumn<SessionLogEntry>[] = [
  {
    id: 'time',
    header: 'Time',
    cell: (e) => <Timestamp value={e.time} />,
    sortValue: (e) => e.time,
  },
  { id: 'action', header: 'Action', cell: (e) => e.action, sortValue: (e) => e.action },
  {
    id: 'result',
    header: 'Result',
    cell: (e) =>
      e.ok ? (
        <span className="text-ok-fg">Success</span>
      ) : (
        <span className="text-bad-fg">Error: {e.error}</span>
      ),
    sortValue: (e) => (e.ok ? 'Success' : `Error: ${e.error ?? ''}`),
  },
  {
    id: 'resource',
    header: 'Resource',
    cell: (e) => (
      <>
        {e.resource?.name ?? ''}
        {e.resource?.id && (
          <span className="block font-mono text-xs text-muted">{e.resource.id}</span>
        )}
      </>
    ),
    sortValue: (e) => e.resource?.name ?? e.resource?.id,
  },
  {
    id: 'equivalent',
    header: 'Command',
    cell: (e) =>
      e.equivalents?.cli ? (
        <code className="font-mono text-xs break-all whitespace-pre-wrap">{e.equivalents.cli}</code>
      ) : (
        <span className="text-muted">None recorded</span>
      ),
  },
];

export function MySession() {
  const session = useDashboardSession();
  const userId = session.user.id;
  const raw = useSyncExternalStore(
    subscribe,
    () => rawSessionLog(userId),
    () => '[]',
  );
  // Newest first on the page; the scripts keep the order the changes were made in.
  const entries = useMemo(() => parseSessionLog(raw), [raw]);
  const rows = useMemo(() => [...entries].reverse(), [entries]);
  const [confirmClear, setConfirmClear] = useState(false);
  const done = entries.filter((e) => e.ok).length;
  const hot = useMemo(() => hotTemplate(entries), [entries]);
  const stamp = entries.at(-1)?.time.slice(0, 19).replace(/[:T]/g, '-') ?? 'empty';

  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm text-muted">
        Every change you make in this dashboard is listed here with the cloud&apos;s answer, kept in
        this browser until you sign out. Download the successful ones as a shell script of{' '}
        <code>openstack</code> commands, a Python script (openstacksdk) or, for what you created, a
        Heat template. Passwords and other secrets are never recorded.
      </p>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Downloads">
        <Button
          disabled={done === 0}
          onClick={() => download(`session-${stamp}.sh`, shellScript(entries), 'application/x-sh')}
        >
          Download Shell Script
        </Button>
        <Button
          disabled={done === 0}
          onClick={() => download(`session-${stamp}.py`, pythonScript(entries), 'text/x-python')}
        >
          Download Python Script
        </Button>
        <Button
          disabled={hot === null}
          onClick={() => hot && download(`session-${stamp}.yaml`, hot, 'application/x-yaml')}
        >
          Download Heat Template
        </Button>
        <Button
          variant="danger"
          disabled={entries.length === 0}
          onClick={() => setConfirmClear(true)}
        >
          Clear
        </Button>
      </div>
      {entries.length > done && (
        <Alert tone="info">
          {entries.length - done} failed {entries.length - done === 1 ? 'change is' : 'changes are'}{' '}
          listed below but left out of the downloads.
        </Alert>
      )}
      <DataTable
        label="Session changes"
        columns={columns}
        rows={rows}
        rowKey={(e) => e.id}
        rowLabel={(e) => `${e.action} ${e.resource?.name ?? ''}`.trim()}
        loading={false}
        emptyMessage="No changes recorded in this session yet."
      />
      <ConfirmDialog
        open={confirmClear}
        title="Confirm Clear Session"
        confirmLabel="Clear"
        danger
        onConfirm={async () => clearSessionLog(userId)}
        onClose={() => setConfirmClear(false)}
      >
        <p>
          The list of this session&apos;s changes is removed from this browser. Your resources are
          not touched.
        </p>
      </ConfirmDialog>
    </div>
  );
}
