import { forwardRef, type ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'default' | 'danger' | 'danger-outline' | 'ghost';
type Size = 'sm' | 'md';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-accent text-accent-fg border-accent hover:bg-accent-hover hover:border-accent-hover',
  default: 'bg-surface text-fg border-line-strong hover:bg-hover',
  danger:
    'bg-danger text-white border-danger hover:bg-danger-hover hover:border-danger-hover dark:text-page',
  // Destructive actions in tables: visible but calm; the confirm dialog is solid red.
  'danger-outline': 'bg-surface text-danger border-danger/50 hover:bg-bad-bg hover:border-danger',
  ghost: 'bg-transparent text-fg border-transparent hover:bg-hover',
};

const SIZES: Record<Size, string> = {
  sm: 'h-7 px-2.5 text-[13px]',
  md: 'h-8 px-3 text-sm',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'default', size = 'md', className = '', type = 'button', ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={`inline-flex items-center justify-center gap-1.5 rounded border font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${VARIANTS[variant]} ${SIZES[size]} ${className}`}
      {...props}
    />
  );
});
