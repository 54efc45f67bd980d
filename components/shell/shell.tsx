import Link from 'next/link';
import type { ShellData } from '@/lib/shell-data';
import type { Theme } from '@/lib/theme';
import { CloudServicesProvider } from './cloud-services';
import { ExpiryWatch } from './expiry-watch';
import { MobileNav } from './mobile-nav';
import { ProjectSwitcher } from './project-switcher';
import { RegionSwitcher } from './region-switcher';
import { Sidebar } from './sidebar';
import { ThemeToggle } from './theme-toggle';
import { UserMenu } from './user-menu';
import type { ReactNode } from 'react';

export function Shell({
  data,
  theme,
  expiresAt,
  children,
}: {
  data: ShellData;
  theme: Theme;
  expiresAt: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-surface focus:p-2"
      >
        Skip to content
      </a>
      {/* Below md the header wraps: menu button, logo and the user's controls on
          the first row, the project and region switchers on the second. */}
      <header className="sticky top-0 z-40 flex flex-wrap items-center gap-x-2 gap-y-1 bg-topbar px-3 py-2 text-topbar-fg md:h-12 md:flex-nowrap md:py-0">
        <MobileNav panels={data.panels} />
        <Link href="/project" className="mr-2 flex items-center gap-2 font-semibold tracking-tight">
          <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none">
            <rect x="2" y="2" width="20" height="20" rx="5" fill="#d6413a" />
            <path d="M7 8h10M7 12h10M7 16h6" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span>OpenStack</span>
          <span className="hidden text-xs font-normal text-topbar-fg/60 md:inline">
            {data.cloudName}
          </span>
        </Link>
        <div className="order-last flex w-full min-w-0 flex-wrap items-center gap-2 md:order-none md:w-auto md:flex-nowrap">
          <ProjectSwitcher projects={data.projects} />
          <RegionSwitcher regions={data.regions} />
        </div>
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle initial={theme} />
          <UserMenu />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="sticky top-12 hidden h-[calc(100vh-3rem)] w-56 shrink-0 overflow-y-auto border-r border-line bg-sidebar md:block">
          <Sidebar panels={data.panels} />
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-4 md:px-6">
          <CloudServicesProvider services={data.services}>{children}</CloudServicesProvider>
        </main>
      </div>
      <ExpiryWatch expiresAt={expiresAt} />
    </div>
  );
}
