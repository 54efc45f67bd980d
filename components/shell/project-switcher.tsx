'use client';
import { Menu } from '@/components/ui/menu';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import { useScopeSwitch } from './use-scope-switch';

const TRIGGER =
  'inline-flex h-8 max-w-64 items-center gap-1.5 rounded px-2.5 text-sm text-topbar-fg hover:bg-white/10 aria-expanded:bg-white/10';

export function ProjectSwitcher({ projects }: { projects: { id: string; name: string }[] }) {
  const session = useDashboardSession();
  const { switchTo, busy } = useScopeSwitch();
  return (
    <Menu
      label={`Project: ${session.project.name}`}
      align="left"
      nameFromContent
      buttonClassName={TRIGGER}
      buttonLabel={
        <>
          {/* The visible text is the accessible name: "Project: …". */}
          <span className="text-topbar-fg/60">Project:</span>{' '}
          <span className="truncate font-semibold">
            {busy ? 'Switching…' : session.project.name}
          </span>
          <span aria-hidden className="text-xs opacity-70">
            ▾
          </span>
        </>
      }
      items={projects.map((project) => ({
        id: project.id,
        label: project.name,
        checked: project.id === session.project.id,
        onSelect: () => {
          if (project.id !== session.project.id) void switchTo({ projectId: project.id });
        },
      }))}
    />
  );
}

export { TRIGGER as HEADER_TRIGGER_CLASS };
