'use client';
// The sidebar as a modal drawer (Radix Dialog: focus trap, Escape, named by its
// title). Choosing a link closes it; so does growing the window to the width
// where the sidebar shows anyway.
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect } from 'react';
import type { Panel } from '@/lib/panels';
import { Sidebar } from './sidebar';

/** Tailwind's md breakpoint, where the sidebar is always shown. */
const WIDE = '(min-width: 48rem)';

export function NavDrawer({
  panels,
  open,
  onOpenChange,
  returnFocus,
}: {
  panels: Panel[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes when the drawer closes: the button that opened it. */
  returnFocus: () => void;
}) {
  useEffect(() => {
    if (!open) return;
    const wide = window.matchMedia(WIDE);
    const onChange = () => {
      if (wide.matches) onOpenChange(false);
    };
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, [open, onOpenChange]);

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
          className="fixed inset-y-0 left-0 z-50 flex w-64 max-w-[85vw] flex-col border-r border-line bg-sidebar text-fg shadow-xl focus:outline-none"
        >
          <div className="flex h-12 shrink-0 items-center justify-between border-b border-line pr-2 pl-4">
            <Dialog.Title className="text-sm font-semibold">Navigation</Dialog.Title>
            <Dialog.Close
              aria-label="Close navigation"
              className="inline-flex size-8 items-center justify-center rounded text-muted hover:bg-hover hover:text-fg"
            >
              <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="currentColor">
                <path d="M3.7 2.6 8 6.9l4.3-4.3 1.1 1.1L9.1 8l4.3 4.3-1.1 1.1L8 9.1l-4.3 4.3-1.1-1.1L6.9 8 2.6 3.7z" />
              </svg>
            </Dialog.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <Sidebar panels={panels} onNavigate={() => onOpenChange(false)} />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
