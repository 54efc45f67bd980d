'use client';
// The classroom pane: the same action as an `openstack` command, an openstacksdk
// call and a Heat resource, updated live from the form.
import { useEffect, useId, useState } from 'react';
import type { Equivalents } from '@/lib/equivalents/types';
import { CopyButton } from './copy-button';

export type { Equivalents };

const BLOCKS: { key: keyof Equivalents; title: string }[] = [
  { key: 'cli', title: 'OpenStack CLI' },
  { key: 'sdk', title: 'Python (openstacksdk)' },
  { key: 'hot', title: 'Heat template (HOT)' },
];

const STORAGE_KEY = 'equivalents-open';

export function EquivalentsPane({ equivalents }: { equivalents: Equivalents }) {
  const [open, setOpen] = useState(true);
  const panelId = useId();

  useEffect(() => {
    // Read after mount so the server render and the first client render agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time restore of a stored preference
    if (localStorage.getItem(STORAGE_KEY) === 'false') setOpen(false);
  }, []);

  function toggle() {
    const next = !open;
    setOpen(next);
    localStorage.setItem(STORAGE_KEY, String(next));
  }

  return (
    <section aria-label="Equivalent commands" className="rounded border border-line bg-subtle">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className="flex w-full items-center justify-between px-3 py-2 text-left text-sm font-semibold"
      >
        Equivalent commands
        <svg
          aria-hidden
          viewBox="0 0 16 16"
          className={`size-3.5 transition-transform ${open ? 'rotate-180' : ''}`}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M4 6l4 4 4-4" />
        </svg>
      </button>
      <div id={panelId} hidden={!open} className="space-y-3 border-t border-line px-3 py-3">
        {BLOCKS.map(({ key, title }) => (
          <figure key={key} className="space-y-1">
            <figcaption className="flex items-center justify-between text-xs font-medium text-muted">
              <span>{title}</span>
              <CopyButton text={equivalents[key]} label={`Copy ${title}`} />
            </figcaption>
            {/* A focusable region, so keyboard users can scroll long commands. */}
            <pre
              role="region"
              aria-label={title}
              tabIndex={0}
              className="max-h-56 overflow-auto rounded border border-line bg-surface px-2.5 py-2 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap"
            >
              <code>{equivalents[key]}</code>
            </pre>
          </figure>
        ))}
      </div>
    </section>
  );
}
