// The Delete row action every panel offers: a panel gives its call and its words,
// the confirmation, messages and batch label follow one pattern.
import type { Equivalents } from '@/lib/equivalents/types';
import type { ActionContext, Allowed, RowAction } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { SelectedRows } from './selected-rows';
import type { ReactNode } from 'react';

export interface DeleteActionSpec<T> {
  /** "Key Pair": labels read "Delete Key Pair", "Unable to delete Key Pair: a". */
  singular: string;
  /** "Key Pairs": the batch label and the success message for several rows. */
  plural: string;
  run: (ctx: ActionContext, row: T) => Promise<void>;
  equivalents: (rows: T[]) => Equivalents;
  /** What the user should know before confirming, under "You have selected: …". */
  body?: ReactNode;
  allowed?: (row: T, session: PublicSession) => Allowed;
  /** The verb of the success message: "Deleted" unless the cloud only schedules it. */
  done?: string;
  /** The row is gone once the call returns (false when the cloud deletes in the background). */
  removesRow?: boolean;
  /** How a row is named in the dialog and messages, when `row.name` may be empty (unnamed volumes). */
  name?: (row: T) => string;
}

export function deleteAction<T extends { name?: string | null }>(
  spec: DeleteActionSpec<T>,
): RowAction<T> {
  const { singular, plural, done = 'Deleted', removesRow = true } = spec;
  const nameOf = spec.name ?? ((row: T) => row.name ?? '');
  const names = (rows: T[]) => rows.map(nameOf).join(', ');
  return {
    id: 'delete',
    label: `Delete ${singular}`,
    danger: true,
    allowed: spec.allowed,
    batch: { label: `Delete ${plural}` },
    confirm: {
      title: `Confirm Delete ${singular}`,
      confirmLabel: `Delete ${singular}`,
      body: (rows) => (
        <>
          <SelectedRows names={rows.map(nameOf)} />
          {spec.body ? <p className="text-muted">{spec.body}</p> : null}
        </>
      ),
    },
    run: spec.run,
    success: (rows) => `${done} ${rows.length === 1 ? singular : plural}: ${names(rows)}`,
    failure: (row) => `Unable to delete ${singular}: ${nameOf(row)}`,
    equivalents: spec.equivalents,
    ...(removesRow ? { removesRow: true } : {}),
  };
}
