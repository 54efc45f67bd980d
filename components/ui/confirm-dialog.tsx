'use client';
// A confirmation as an alert dialog; its code (confirm-dialog-frame.tsx) loads
// when a confirmation first opens.
import { lazyComponent } from './lazy-part';
import type { ConfirmDialogProps } from './confirm-dialog-types';

const frame = lazyComponent(() =>
  import('./confirm-dialog-frame').then((m) => m.ConfirmDialogFrame),
);

/** Loads the confirmation code now (tests). */
export const preloadConfirmDialog = frame.preload;

export function ConfirmDialog(props: ConfirmDialogProps) {
  const ready = frame.useReady(props.open);
  return ready ? <frame.Component {...props} /> : null;
}
