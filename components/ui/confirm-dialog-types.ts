import type { ReactNode } from 'react';

export interface ConfirmDialogProps {
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
}
