'use client';
// A modal form described by a FormSpec: fields, zod schema, live equivalents,
// the upstream error kept at the form, and an optional result view on success.
// The form's code loads when a form is first opened; the dialog shows once it has.
// A form built on opening (spec still null) shows `pending` in the same dialog, so
// the dialog a user sees (and presses Escape in) is never swapped for another.
import type { FormSpec, FormValues } from '@/lib/forms/types';
import { Dialog, DialogBody, preloadDialog } from './dialog';
import { lazyComponent } from './lazy-part';
import type { Equivalents } from './equivalents-pane';
import type { ReactNode } from 'react';
import type { z } from 'zod';

// The dialog code is fetched together with the form's, not after it.
const content = lazyComponent(() =>
  Promise.all([import('./form-dialog-content'), preloadDialog()]).then(
    ([m]) => m.FormDialogContent,
  ),
);

/** Loads the form code now (tests, or a page about to open a form). */
export const preloadFormDialog = content.preload;
export function FormDialog<S extends z.ZodType, R>({
  spec,
  open,
  onClose,
  onSubmit,
  equivalents,
  renderResult,
  initialValues,
  pendingTitle,
  pending,
}: {
  spec: FormSpec<S> | null;
  open: boolean;
  onClose: () => void;
  /** Resolve with a result to finish; throw to show the error at the form. */
  onSubmit: (input: z.infer<S>) => Promise<R>;
  equivalents?: (values: FormValues) => Equivalents;
  /** When given, shown in place of the form after success (e.g. a one-time download). */
  renderResult?: (result: R, close: () => void) => ReactNode;
  initialValues?: FormValues;
  /** The title while spec is null. */
  pendingTitle?: string;
  /** Shown while spec is null: a loading line, or why the form cannot be built. */
  pending?: ReactNode;
}) {
  const ready = content.useReady(open);
  return (
    <Dialog
      open={open && ready}
      onClose={onClose}
      title={spec?.title ?? pendingTitle ?? ''}
      size={equivalents ? 'lg' : 'md'}
    >
      {ready && !spec && <DialogBody>{pending}</DialogBody>}
      {ready && spec && (
        <content.Component
          spec={spec}
          onClose={onClose}
          onSubmit={onSubmit}
          equivalents={equivalents}
          renderResult={renderResult}
          initialValues={initialValues}
        />
      )}
    </Dialog>
  );
}
