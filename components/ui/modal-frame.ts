// Shared look of modal dialogs and alert dialogs, so both read as one family.
export const MODAL_WIDTHS = {
  sm: 'max-w-md',
  md: 'max-w-2xl',
  lg: 'max-w-5xl',
  xl: 'max-w-7xl',
} as const;

export type ModalSize = keyof typeof MODAL_WIDTHS;

export const MODAL_OVERLAY = 'fixed inset-0 z-40 bg-[rgb(10_15_20/0.45)]';

export function modalContentClass(size: ModalSize): string {
  return `fixed top-1/2 left-1/2 z-40 flex max-h-[calc(100vh-4rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col rounded-md border border-line bg-surface text-fg shadow-xl focus:outline-none ${MODAL_WIDTHS[size]}`;
}

export const MODAL_HEADER = 'flex items-center justify-between border-b border-line px-4 py-3';

export const MODAL_TITLE = 'text-base font-semibold';
