'use client';
// A modal dialog: focus trapped inside, Escape closes, focus goes back to the
// opener. Its code (Radix, in dialog-frame.tsx) loads when a dialog first
// opens, or as soon as the user first presses a key or the pointer.
import { lazyComponent } from './lazy-part';
import type { DialogProps } from './dialog-types';
import type { ReactNode } from 'react';

const frame = lazyComponent(() => import('./dialog-frame').then((m) => m.DialogFrame));

/** Loads the dialog code now (forms about to open, tests). */
export const preloadDialog = frame.preload;

// The first press anywhere is very likely on its way to opening something.
if (typeof document !== 'undefined') {
  const early = () => void frame.preload();
  document.addEventListener('pointerdown', early, { capture: true, once: true });
  document.addEventListener('keydown', early, { capture: true, once: true });
}

export function Dialog(props: DialogProps) {
  const ready = frame.useReady(props.open);
  return ready ? <frame.Component {...props} /> : null;
}

export function DialogBody({ children }: { children: ReactNode }) {
  return <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4">{children}</div>;
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return (
    <footer className="flex items-center justify-end gap-2 rounded-b-md border-t border-line bg-subtle px-4 py-3">
      {children}
    </footer>
  );
}
