import type { ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** When set, the item is shown disabled with this reason. */
  disabledReason?: string;
  /** Marks the current choice in switchers. */
  checked?: boolean;
}

export interface MenuProps {
  /** Accessible name of the button (and of the menu). */
  label: string;
  /** What the button shows. */
  buttonLabel: ReactNode;
  items: MenuItem[];
  buttonClassName?: string;
  align?: 'left' | 'right';
  header?: ReactNode;
  /**
   * The button is named by what it shows (`buttonLabel`, which then must read as
   * `label`), so its accessible name contains its visible text.
   */
  nameFromContent?: boolean;
}
