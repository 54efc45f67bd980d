'use client';
// Confirms and runs a row action on one row or a selection; rows the action
// cannot apply to are listed with the reason and left out.
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import { useToast } from '@/components/ui/toast';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { ActionContext, ResourceDefinition, RowAction } from '@/lib/resources/types';
import { ineligibleRows, runOnRows } from './run-on-rows';

export interface PendingRowAction<T> {
  action: RowAction<T>;
  rows: T[];
}

export function RowActionDialog<T>({
  pending,
  resource,
  ctx,
  onClose,
  onDone,
}: {
  pending: PendingRowAction<T>;
  resource: ResourceDefinition<T>;
  ctx: ActionContext;
  onClose: () => void;
  onDone: (done: T[]) => void;
}) {
  const toast = useToast();
  const { action } = pending;
  const skipped = ineligibleRows(action, pending.rows, ctx.session);
  const skippedKeys = new Set(skipped.map((s) => resource.key(s.row)));
  const rows = pending.rows.filter((r) => !skippedKeys.has(resource.key(r)));

  async function run() {
    const outcome = await runOnRows(action, ctx, rows);
    const expired = outcome.failed.find((f) => handleSessionExpiry(f.error));
    if (expired) return;
    if (outcome.done.length === 0 && outcome.failed.length > 0) {
      // Nothing worked: keep the dialog open with the cloud's own words.
      throw new Error(
        outcome.failed.map((f) => `${action.failure(f.row)}. ${f.message}`).join('\n'),
      );
    }
    if (outcome.done.length > 0) {
      toast.notify('success', 'Success', action.success(outcome.done));
      onDone(outcome.done);
    }
    for (const failure of outcome.failed)
      toast.notify('error', action.failure(failure.row), failure.message);
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
      onConfirm={run}
      onClose={onClose}
    >
      {action.confirm?.body ? (
        action.confirm.body(rows)
      ) : (
        <p>
          {action.label}: {rows.map(resource.name).join(', ')}
        </p>
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
