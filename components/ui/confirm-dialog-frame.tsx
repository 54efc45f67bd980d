'use client';
// The confirmation as an alert dialog (Radix): focus starts on Cancel, is trapped
// inside, Escape cancels, and focus goes back to what opened it. Loaded on first
// use by confirm-dialog.tsx.
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef, useState } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { DialogBody, DialogFooter } from './dialog';
import { openerNow, trackOpeners } from './dialog-opener';
import { MODAL_HEADER, MODAL_OVERLAY, MODAL_TITLE, modalContentClass } from './modal-frame';
import { Spinner } from './spinner';
import type { ConfirmDialogProps } from './confirm-dialog-types';

trackOpeners();

export function ConfirmDialogFrame({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  disabled = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={MODAL_OVERLAY} />
        <AlertDialog.Content
          className={modalContentClass('sm')}
          onOpenAutoFocus={() => {
            opener.current = openerNow();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (opener.current?.isConnected) opener.current.focus();
          }}
        >
          <header className={MODAL_HEADER}>
            <AlertDialog.Title className={MODAL_TITLE}>{title}</AlertDialog.Title>
          </header>
          <DialogBody>
            <AlertDialog.Description asChild>
              <div className="space-y-3 text-sm">{children}</div>
            </AlertDialog.Description>
            {error && (
              <div className="mt-3 text-sm">
                <Alert tone="error">{error}</Alert>
              </div>
            )}
          </DialogBody>
          <DialogFooter>
            <AlertDialog.Cancel asChild>
              <Button>Cancel</Button>
            </AlertDialog.Cancel>
            <Button
              variant={danger ? 'danger' : 'primary'}
              onClick={confirm}
              disabled={busy || disabled}
            >
              {busy && <Spinner label="Working" />}
              {confirmLabel}
            </Button>
          </DialogFooter>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
