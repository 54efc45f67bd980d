'use client';
import Link, { useLinkStatus } from 'next/link';
import { usePathname } from 'next/navigation';
import { GROUP_ORDER, isOwnGroup, type Panel } from '@/lib/panels';

export function Sidebar({
  panels,
  onNavigate,
}: {
  panels: Panel[];
  /** Called when a panel link is chosen (the drawer closes on it). */
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const dashboards = ['Project', 'Admin', 'Identity'] as const;
  return (
    <nav aria-label="Main" className="space-y-4 px-2 py-3 text-sm">
      {dashboards.map((dashboard) => {
        const mine = panels.filter((p) => p.dashboard === dashboard);
        if (mine.length === 0) return null;
        return (
          <div key={dashboard}>
            <p className="px-2 pb-1 text-[11px] font-semibold tracking-wider text-muted uppercase">
              {dashboard}
            </p>
            {GROUP_ORDER.map((group) => {
              const items = mine.filter((p) => p.group === group);
              if (items.length === 0) return null;
              return (
                <div key={group} className="mb-2">
                  {!isOwnGroup(items) && (
                    <p className="px-2 py-1 text-xs font-semibold text-fg/80">{group}</p>
                  )}
                  <ul>
                    {items.map((panel) => {
                      const active =
                        pathname === panel.path || pathname.startsWith(`${panel.path}/`);
                      return (
                        <li key={panel.id}>
                          <Link
                            href={panel.path}
                            aria-current={active ? 'page' : undefined}
                            onClick={onNavigate}
                            className={`relative block rounded py-1 pr-6 pl-4 ${
                              active
                                ? 'bg-accent-soft font-medium text-accent'
                                : 'text-fg/90 hover:bg-hover'
                            }`}
                          >
                            {panel.title}
                            <Pending />
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </div>
        );
      })}
    </nav>
  );
}

/**
 * Pages render with their first rows, so a click waits for the cloud's answer;
 * this shows the click was taken until the page arrives.
 */
function Pending() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden
      className={`absolute top-1/2 right-2 size-2.5 -translate-y-1/2 animate-spin rounded-full border-2 border-accent border-t-transparent ${
        pending ? 'opacity-100' : 'opacity-0'
      }`}
    />
  );
}
