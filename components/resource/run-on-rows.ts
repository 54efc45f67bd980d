// Runs a row action over one or many rows and sorts out what worked.
import type { ActionContext, RowAction } from '@/lib/resources/types';
import { recordOutcome } from '@/lib/session-log/record';

export interface RowOutcome<T> {
  done: T[];
  failed: { row: T; message: string; error: unknown }[];
}

export async function runOnRows<T>(
  action: RowAction<T>,
  ctx: ActionContext,
  rows: T[],
): Promise<RowOutcome<T>> {
  const results = await Promise.allSettled(rows.map((row) => action.run(ctx, row)));
  const outcome: RowOutcome<T> = { done: [], failed: [] };
  results.forEach((result, index) => {
    const row = rows[index] as T;
    if (result.status === 'fulfilled') outcome.done.push(row);
    else {
      const reason: unknown = result.reason;
      outcome.failed.push({
        row,
        error: reason,
        message: reason instanceof Error ? reason.message : String(reason),
      });
    }
  });
  recordRows(action, outcome);
  return outcome;
}

/** My Session: one entry for the rows done (with their equivalents), one per failed row. */
function recordRows<T>(action: RowAction<T>, outcome: RowOutcome<T>): void {
  const { done, failed } = outcome;
  if (done.length > 0)
    recordOutcome({
      action: done.length > 1 ? (action.batch?.label ?? action.label) : action.label,
      equivalents: action.equivalents && (() => action.equivalents?.(done)),
      subject:
        done.length === 1
          ? done[0]
          : {
              name: done
                .map((r) => nameOf(r))
                .filter(Boolean)
                .join(', '),
            },
    });
  for (const f of failed)
    recordOutcome({
      action: action.label,
      equivalents: action.equivalents && (() => action.equivalents?.([f.row])),
      subject: f.row,
      error: f.error,
    });
}

function nameOf(row: unknown): string {
  const o = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  return typeof o.name === 'string' ? o.name : typeof o.id === 'string' ? o.id : '';
}

/** Rows the action may not run on, with the reason (shown before confirming a batch). */
export function ineligibleRows<T>(
  action: RowAction<T>,
  rows: T[],
  session: ActionContext['session'],
): { row: T; reason: string }[] {
  if (!action.allowed) return [];
  return rows.flatMap((row) => {
    const allowed = action.allowed?.(row, session) ?? true;
    return allowed === true ? [] : [{ row, reason: allowed }];
  });
}
