'use client';
// Horizon's row action cell: the first action as a button, the rest in a menu.
// Actions the row's state does not allow are shown disabled with the reason.
import { Button } from '@/components/ui/button';
import { Menu } from '@/components/ui/menu';
import type { RowAction } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';

export function RowActions<T>({
  row,
  rowName,
  actions,
  session,
  onAction,
}: {
  row: T;
  rowName: string;
  actions: RowAction<T>[];
  session: PublicSession;
  onAction: (action: RowAction<T>, row: T) => void;
}) {
  const [first, ...rest] = actions;
  if (!first) return null;
  const reason = (action: RowAction<T>) => {
    const allowed = action.allowed?.(row, session) ?? true;
    return allowed === true ? undefined : allowed;
  };
  const firstReason = reason(first);
  return (
    <div className="inline-flex items-center">
      <Button
        size="sm"
        variant={first.danger ? 'danger-outline' : 'default'}
        disabled={firstReason !== undefined}
        title={firstReason}
        onClick={() => onAction(first, row)}
        className={rest.length > 0 ? 'rounded-r-none' : ''}
      >
        {first.label}
      </Button>
      {rest.length > 0 && (
        <Menu
          label={`More actions for ${rowName}`}
          buttonLabel={<span aria-hidden>▾</span>}
          buttonClassName="h-7 rounded-r border border-l-0 border-line-strong bg-surface px-1.5 text-xs hover:bg-hover"
          items={rest.map((action) => ({
            id: action.id,
            label: action.label,
            danger: action.danger,
            disabledReason: reason(action),
            onSelect: () => onAction(action, row),
          }))}
        />
      )}
    </div>
  );
}
