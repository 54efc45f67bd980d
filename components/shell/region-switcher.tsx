'use client';
import { Menu } from '@/components/ui/menu';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import { HEADER_TRIGGER_CLASS } from './project-switcher';
import { useScopeSwitch } from './use-scope-switch';

export function RegionSwitcher({ regions }: { regions: string[] }) {
  const session = useDashboardSession();
  const { switchTo, busy } = useScopeSwitch();
  return (
    <Menu
      label={`Region: ${session.region}`}
      align="left"
      nameFromContent
      buttonClassName={HEADER_TRIGGER_CLASS}
      buttonLabel={
        <>
          {/* The visible text is the accessible name: "Region: …". */}
          <span className="text-topbar-fg/60">Region:</span>{' '}
          <span className="font-semibold">{busy ? 'Switching…' : session.region}</span>
          <span aria-hidden className="text-xs opacity-70">
            ▾
          </span>
        </>
      }
      items={regions.map((region) => ({
        id: region,
        label: region,
        checked: region === session.region,
        onSelect: () => {
          if (region !== session.region) void switchTo({ region });
        },
      }))}
    />
  );
}
