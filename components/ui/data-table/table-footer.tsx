'use client';
import { useId } from 'react';
import { PAGE_SIZES } from '@/lib/page-size';
import { Button } from '../button';

export function TableFooter({
  count,
  pageSize,
  onPageSize,
  hasPrev,
  hasNext,
  onPrev,
  onNext,
  paged,
}: {
  count: number | undefined;
  pageSize: number;
  onPageSize: (size: number) => void;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  paged: boolean;
}) {
  const sizeId = useId();
  return (
    <div className="flex min-h-9 flex-wrap items-center justify-between gap-3 py-2 text-xs text-muted">
      <p aria-live="polite">
        {count === undefined ? '\u00a0' : `Displaying ${count} ${count === 1 ? 'item' : 'items'}`}
      </p>
      {paged && (
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId}>Items per page</label>
          <select
            id={sizeId}
            value={pageSize}
            onChange={(e) => onPageSize(Number(e.target.value))}
            className="rounded border border-line-strong bg-surface px-1.5 py-0.5 text-fg"
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
          <Button size="sm" onClick={onPrev} disabled={!hasPrev}>
            « Prev
          </Button>
          <Button size="sm" onClick={onNext} disabled={!hasNext}>
            Next »
          </Button>
        </div>
      )}
    </div>
  );
}
