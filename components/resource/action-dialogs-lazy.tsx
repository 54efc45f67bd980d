'use client';
// The create and row-action dialogs load with the first action a user starts,
// so a list page does not carry their forms, confirmations and equivalents pane.
import { lazyComponent } from '@/components/ui/lazy-part';
import type { CreateActionDialog as CreateDialog } from './create-action-dialog';
import type { RowActionDialog as RowDialog } from './row-action-dialog';
import type { ComponentProps } from 'react';

const createDialog = lazyComponent(() =>
  import('./create-action-dialog').then((m) => m.CreateActionDialog),
);
const rowDialog = lazyComponent(() =>
  import('./row-action-dialog').then((m) => m.RowActionDialog as typeof RowDialog<unknown>),
);

export function LazyCreateActionDialog(props: ComponentProps<typeof CreateDialog>) {
  const ready = createDialog.useReady(true);
  return ready ? <createDialog.Component {...props} /> : null;
}

/** Generic over the row type, like the dialog it loads. */
export function LazyRowActionDialog<T>(props: ComponentProps<typeof RowDialog<T>>) {
  const ready = rowDialog.useReady(true);
  const Dialog = rowDialog.Component as unknown as typeof RowDialog<T>;
  return ready ? <Dialog {...props} /> : null;
}
