'use client';
// WAI-ARIA tabs: arrow keys move between tabs; the chosen tab is kept in the URL
// hash so a link (or the Console action) can open one directly.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: string;
  content: ReactNode;
}

export function Tabs({ label, tabs }: { label: string; tabs: TabItem[] }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    const fromHash = window.location.hash.slice(1);
    // Restore the tab named in the URL once, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (tabs.some((t) => t.id === fromHash)) setActive(fromHash);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function choose(id: string, focus = false) {
    setActive(id);
    window.history.replaceState(null, '', `#${id}`);
    if (focus) refs.current[id]?.focus();
  }

  function onKey(event: React.KeyboardEvent, index: number) {
    const move = (to: number) => {
      const tab = tabs[(to + tabs.length) % tabs.length];
      if (tab) choose(tab.id, true);
    };
    if (event.key === 'ArrowRight') move(index + 1);
    else if (event.key === 'ArrowLeft') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(tabs.length - 1);
    else return;
    event.preventDefault();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="mb-3 flex gap-1 border-b border-line">
        {tabs.map((tab, index) => {
          const selected = tab.id === active;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                refs.current[tab.id] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${base}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => choose(tab.id)}
              onKeyDown={(e) => onKey(e, index)}
              className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${
                selected
                  ? 'border-accent font-semibold text-accent'
                  : 'border-transparent text-muted hover:text-fg'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== active}
        >
          {tab.id === active && tab.content}
        </div>
      ))}
    </div>
  );
}
