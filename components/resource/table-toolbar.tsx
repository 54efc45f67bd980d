'use client';
// Above the table: the filter (on the rows shown, or by an API parameter) and
// the table-level and selection actions.
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { CreateAction, ResourceDefinition, RowAction } from '@/lib/resources/types';

export interface AppliedFilter {
  param: string;
  value: string;
}

export function TableToolbar<T>({
  resource,
  clientFilterText,
  onClientFilter,
  onServerFilter,
  selectedRows,
  onCreate,
  onBatch,
}: {
  resource: ResourceDefinition<T>;
  clientFilterText: string;
  onClientFilter: (text: string) => void;
  onServerFilter: (filter: AppliedFilter | null) => void;
  selectedRows: T[];
  onCreate: (action: CreateAction) => void;
  onBatch: (action: RowAction<T>) => void;
}) {
  const fieldId = useId();
  const serverFilters = resource.serverFilters ?? [];
  const [field, setField] = useState(serverFilters[0]?.param ?? '');
  const [text, setText] = useState('');
  const batchActions = resource.rowActions.filter((a) => a.batch);

  return (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
      <form
        role="search"
        aria-label={`Filter ${resource.panel.title}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (serverFilters.length > 0)
            onServerFilter(text.trim() ? { param: field, value: text.trim() } : null);
        }}
        className="flex min-w-0 items-center gap-1.5"
      >
        {serverFilters.length > 0 ? (
          <>
            <label htmlFor={fieldId} className="sr-only">
              Filter by
            </label>
            <select
              id={fieldId}
              value={field}
              onChange={(e) => setField(e.target.value)}
              className="h-8 rounded border border-line-strong bg-surface px-2 text-sm"
            >
              {serverFilters.map((f) => (
                <option key={f.id} value={f.param}>
                  {f.label}
                </option>
              ))}
            </select>
            <input
              type="search"
              aria-label="Filter value"
              placeholder="Filter"
              value={text}
              maxLength={255}
              onChange={(e) => {
                setText(e.target.value);
                if (e.target.value === '') onServerFilter(null);
              }}
              className="h-8 w-56 min-w-0 rounded border border-line-strong bg-surface px-2.5 text-sm"
            />
            <Button type="submit">Filter</Button>
          </>
        ) : (
          resource.filter && (
            <input
              type="search"
              aria-label={resource.filter.label}
              placeholder="Filter"
              value={clientFilterText}
              maxLength={255}
              onChange={(e) => onClientFilter(e.target.value)}
              className="h-8 w-56 min-w-0 rounded border border-line-strong bg-surface px-2.5 text-sm"
            />
          )
        )}
      </form>
      <div className="flex flex-wrap items-center gap-1.5">
        {resource.createActions.map((action, index) => (
          <Button
            key={action.id}
            variant={index === 0 ? 'primary' : 'default'}
            onClick={() => onCreate(action)}
          >
            {index === 0 && <span aria-hidden>+</span>}
            {action.label}
          </Button>
        ))}
        {batchActions.map((action) => (
          <Button
            key={action.id}
            variant={action.danger ? 'danger-outline' : 'default'}
            disabled={selectedRows.length === 0}
            onClick={() => onBatch(action)}
          >
            {action.batch?.label ?? action.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
