'use client';
// Tabs on Radix (WAI-ARIA tabs: arrow keys move and select); the chosen tab is
// kept in the URL hash so a link (or the Console action) can open one directly.
import * as RadixTabs from '@radix-ui/react-tabs';
import { useEffect, useState, type ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: string;
  content: ReactNode;
}

export function Tabs({ label, tabs }: { label: string; tabs: TabItem[] }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');

  useEffect(() => {
    const fromHash = window.location.hash.slice(1);
    // Restore the tab named in the URL once, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (tabs.some((t) => t.id === fromHash)) setActive(fromHash);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function choose(id: string) {
    setActive(id);
    window.history.replaceState(null, '', `#${id}`);
  }

  return (
    <RadixTabs.Root value={active} onValueChange={choose}>
      <RadixTabs.List aria-label={label} className="mb-3 flex gap-1 border-b border-line">
        {tabs.map((tab) => (
          <RadixTabs.Trigger
            key={tab.id}
            value={tab.id}
            className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm text-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:font-semibold data-[state=active]:text-accent"
          >
            {tab.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((tab) => (
        <RadixTabs.Content key={tab.id} value={tab.id}>
          {tab.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
