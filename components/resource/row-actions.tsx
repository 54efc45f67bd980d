'use client';
// Horizon's row action cell: the first action the row's state allows as a
// button, the other allowed ones in a menu. Actions not allowed now, or of a service
// the cloud lacks, are not offered.
import { useServiceCheck } from '@/components/shell/cloud-services';
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
  const hasService = useServiceCheck();
  const allowed = actions.filter(
    (action) =>
      (!action.service || hasService(action.service)) &&
      (action.allowed?.(row, session) ?? true) === true,
  );
  const primary = allowed.find((a) => !a.danger) ?? allowed[0];
  if (!primary) {
    return <span className="text-xs text-muted">No actions available</span>;
  }
  const rest = allowed.filter((a) => a !== primary);
  return (
    <div className="inline-flex items-center">
      <Button
        size="sm"
        variant={primary.danger ? 'danger-outline' : 'default'}
        onClick={() => onAction(primary, row)}
        className={rest.length > 0 ? 'rounded-r-none' : ''}
      >
        {primary.label}
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
            onSelect: () => onAction(action, row),
          }))}
        />
      )}
    </div>
  );
}
