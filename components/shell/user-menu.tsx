'use client';
import { useRouter } from 'next/navigation';
import { Menu } from '@/components/ui/menu';
import { signOut } from '@/lib/client/auth-endpoints';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import { HEADER_TRIGGER_CLASS } from './project-switcher';

export function UserMenu() {
  const session = useDashboardSession();
  const router = useRouter();
  return (
    <Menu
      label="User menu"
      nameFromContent
      buttonClassName={HEADER_TRIGGER_CLASS}
      header={
        <div className="border-b border-line px-3 pt-1 pb-2 text-xs text-muted">
          Signed in as <span className="font-semibold text-fg">{session.user.name}</span>
          <br />
          Domain {session.user.domainName} · Roles {session.roles.join(', ') || 'none'}
        </div>
      }
      buttonLabel={
        <>
          <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="currentColor">
            <path d="M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm0 1.5c-2.8 0-5 1.5-5 3.5v1h10v-1c0-2-2.2-3.5-5-3.5Z" />
          </svg>
          {/* Named "User menu: <name>", so the name holds the visible user name. */}
          <span className="sr-only">User menu: </span>
          <span className="font-semibold">{session.user.name}</span>
          <span aria-hidden className="text-xs opacity-70">
            ▾
          </span>
        </>
      }
      items={[
        {
          id: 'settings',
          label: 'Settings',
          onSelect: () => router.push('/settings'),
        },
        {
          id: 'change-password',
          label: 'Change Password',
          onSelect: () => router.push('/settings/password'),
        },
        {
          id: 'sign-out',
          label: 'Sign Out',
          onSelect: () => void signOut('/login'),
        },
      ]}
    />
  );
}
