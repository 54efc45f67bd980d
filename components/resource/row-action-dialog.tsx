'use client';
// The dialog of a row action: a confirmation (one row or a selection), or a
// form built for the row. Rows the action cannot apply to are listed and left out.
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormPending } from '@/components/ui/form-pending';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { FormSpec } from '@/lib/forms/types';
import type { ActionContext, ResourceDefinition } from '@/lib/resources/types';
import { ineligibleRows, runOnRows } from './run-on-rows';
import { SelectedRows } from './selected-rows';
import { useActionOutcome } from './use-action-outcome';
import type { PendingRowAction } from './use-row-action';

export type { PendingRowAction };

interface Props<T> {
  pending: PendingRowAction<T>;
  resource: ResourceDefinition<T>;
  ctx: ActionContext;
  onClose: () => void;
  onDone: (done: T[]) => void;
}

export function RowActionDialog<T>(props: Props<T>) {
  return props.pending.action.form ? <RowFormDialog {...props} /> : <RowConfirmDialog {...props} />;
}

function RowFormDialog<T>({ pending, resource, ctx, onClose, onDone }: Props<T>) {
  const { succeeded, attempt } = useActionOutcome();
  const { action } = pending;
  const row = pending.rows[0] as T;
  const [spec, setSpec] = useState<FormSpec | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.resolve(action.form?.(ctx, row))
      .then((built) => live && built && setSpec(built))
      .catch((e: unknown) => {
        if (handleSessionExpiry(e)) return;
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
    };
    // The form is built once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <FormDialog
      spec={spec}
      open
      onClose={onClose}
      pendingTitle={action.label}
      pending={
        <FormPending
          error={error}
          errorTitle={`Unable to prepare "${action.label}"`}
          loading={`Loading ${resource.name(row)}…`}
        />
      }
      equivalents={action.equivalents ? (values) => action.equivalents!([row], values) : undefined}
      renderResult={action.renderResult}
      onSubmit={async (input) => {
        const result = await attempt(() => action.run(ctx, row, input));
        succeeded(action.success([row], input));
        onDone([row]);
        return result;
      }}
    />
  );
}

function RowConfirmDialog<T>({ pending, resource, ctx, onClose, onDone }: Props<T>) {
  const { reportRows } = useActionOutcome();
  const { action } = pending;
  const skipped = ineligibleRows(action, pending.rows, ctx.session);
  const skippedKeys = new Set(skipped.map((s) => resource.key(s.row)));
  const rows = pending.rows.filter((r) => !skippedKeys.has(resource.key(r)));

  async function run() {
    // Nothing worked: the dialog stays open with the cloud's own words.
    reportRows(action, await runOnRows(action, ctx, rows), onDone, { throwIfNoneDone: true });
  }

  const title = action.confirm?.title ?? action.label;
  const label =
    pending.rows.length > 1
      ? (action.batch?.label ?? action.label)
      : (action.confirm?.confirmLabel ?? action.label);

  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={label}
      danger={action.danger}
      disabled={rows.length === 0}
      onConfirm={run}
      onClose={onClose}
    >
      {action.confirm?.body ? (
        action.confirm.body(rows)
      ) : (
        <SelectedRows names={rows.map((r) => resource.name(r))} />
      )}
      {skipped.length > 0 && (
        <div className="rounded border border-warn-fg/30 bg-warn-bg px-3 py-2 text-warn-fg">
          <p className="font-medium">Left out:</p>
          <ul className="list-disc pl-5">
            {skipped.map((s) => (
              <li key={resource.key(s.row)}>
                {resource.name(s.row)}: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {action.equivalents && rows.length > 0 && (
        <EquivalentsPane equivalents={action.equivalents(rows)} />
      )}
    </ConfirmDialog>
  );
}
