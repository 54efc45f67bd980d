'use client';
// The modal dialog on Radix: focus is trapped inside, Escape closes, and focus
// goes back to whatever opened it (the menu's button when a menu item did).
// Loaded on first use by dialog.tsx; the Launch wizard imports it directly.
import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import { openerNow, trackOpeners } from './dialog-opener';
import { MODAL_HEADER, MODAL_OVERLAY, MODAL_TITLE, modalContentClass } from './modal-frame';
import type { DialogProps } from './dialog-types';

trackOpeners();

const FIRST_FIELD =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

export function DialogFrame({ open, onClose, title, children, size = 'md' }: DialogProps) {
  const opener = useRef<HTMLElement | null>(null);

  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={MODAL_OVERLAY} />
        <RadixDialog.Content
          aria-describedby={undefined}
          className={modalContentClass(size)}
          onOpenAutoFocus={(event) => {
            opener.current = openerNow();
            // Start at the first field rather than the header's Close button.
            const field =
              event.currentTarget instanceof HTMLElement
                ? event.currentTarget.querySelector<HTMLElement>(FIRST_FIELD)
                : null;
            if (field) {
              event.preventDefault();
              field.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (opener.current?.isConnected) opener.current.focus();
          }}
          // A click beside a form must not throw away what was typed (as before).
          onPointerDownOutside={(event) => event.preventDefault()}
        >
          <header className={MODAL_HEADER}>
            <RadixDialog.Title className={MODAL_TITLE}>{title}</RadixDialog.Title>
            <RadixDialog.Close
              aria-label="Close"
              className="rounded p-1 text-muted hover:bg-hover hover:text-fg"
            >
              <svg
                aria-hidden
                viewBox="0 0 16 16"
                className="size-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
              >
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </RadixDialog.Close>
          </header>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
