'use client';
// The fixed views of a list (Project / Shared with Me / Public …) as toggle buttons.
import type { ListView } from '@/lib/resources/types';

export function ListViews({
  label,
  views,
  current,
  onChange,
}: {
  label: string;
  views: ListView[];
  current: ListView;
  onChange: (view: ListView) => void;
}) {
  return (
    <div role="group" aria-label={label} className="mb-2 flex flex-wrap gap-1">
      {views.map((view) => {
        const pressed = view.id === current.id;
        return (
          <button
            key={view.id}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(view)}
            className={`h-8 rounded border px-3 text-sm ${
              pressed
                ? 'border-accent bg-accent text-accent-fg'
                : 'border-line-strong bg-surface text-fg hover:bg-hover'
            }`}
          >
            {view.label}
          </button>
        );
      })}
    </div>
  );
}
