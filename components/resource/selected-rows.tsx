// The sentence every confirmation starts with: what was selected, quoted.
import type { ReactNode } from 'react';

export function SelectedRows({ names, children }: { names: string[]; children?: ReactNode }) {
  return (
    <p>
      You have selected:{' '}
      <strong className="break-all">{names.map((name) => `"${name}"`).join(', ')}</strong>. Please
      confirm your selection.{children ? <> {children}</> : null}
    </p>
  );
}
