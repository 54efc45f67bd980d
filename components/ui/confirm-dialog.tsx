'use client';
import { useState, type ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog, DialogBody, DialogFooter } from './dialog';
import { Spinner } from './spinner';

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  disabled = false,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Nothing to confirm (e.g. no selected row qualifies). */
  disabled?: boolean;
  /** Resolve to close; throw to show the error and stay open. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
    <Dialog open={open} onClose={onClose} title={title} size="sm">
      <DialogBody>
        <div className="space-y-3 text-sm">
          {children}
          {error && <Alert tone="error">{error}</Alert>}
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant={danger ? 'danger' : 'primary'}
          onClick={confirm}
          disabled={busy || disabled}
        >
          {busy && <Spinner label="Working" />}
          {confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
