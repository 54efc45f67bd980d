// What the table body shows instead of rows: a skeleton of row-high bars while
// the first answer is awaited (so nothing jumps when it arrives), the empty
// message, or the error with Retry.
import { Alert } from '../alert';
import { Button } from '../button';

/** Every body row is at least this high, skeleton rows exactly: no jump when rows arrive. */
export const ROW_HEIGHT = 'h-10';

const BAR_WIDTHS = ['w-2/3', 'w-1/2', 'w-3/4', 'w-2/5'];

export function SkeletonRows({
  count,
  columns,
  selectable,
  actions,
}: {
  count: number;
  columns: number;
  selectable: boolean;
  actions: boolean;
}) {
  return Array.from({ length: count }, (_, row) => (
    <tr key={row} className={`${ROW_HEIGHT} border-b border-line last:border-0`}>
      {selectable && <td className="px-3" />}
      {Array.from({ length: columns }, (_, column) => (
        <td key={column} className="px-2.5">
          <span
            className={`block h-3 animate-pulse rounded bg-hover ${BAR_WIDTHS[(row + column) % BAR_WIDTHS.length]}`}
          />
        </td>
      ))}
      {actions && <td className="px-3" />}
    </tr>
  ));
}

export function EmptyRow({ span, message }: { span: number; message: string }) {
  return (
    <tr className={ROW_HEIGHT}>
      <td colSpan={span} className="px-3 text-center text-muted">
        {message}
      </td>
    </tr>
  );
}

export function ErrorRow({
  span,
  error,
}: {
  span: number;
  error: { message: string; retry: () => void };
}) {
  return (
    <tr>
      <td colSpan={span} className="px-3 py-4">
        <div className="flex items-start gap-3">
          <div className="flex-1">
            <Alert tone="error" title="Unable to retrieve the list.">
              {error.message}
            </Alert>
          </div>
          <Button size="sm" onClick={error.retry}>
            Retry
          </Button>
        </div>
      </td>
    </tr>
  );
}
