'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useSyncExternalStore } from 'react';
import { Menu } from '@/components/ui/menu';
import { signOut } from '@/lib/client/auth-endpoints';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import {
  isPresenterShortcut,
  PRESENTER_SHORTCUT,
  presenterOn,
  subscribePresenter,
  togglePresenter,
} from '@/lib/presenter';
import { clearSessionLog, setSessionLogUser } from '@/lib/session-log/store';
import { HEADER_TRIGGER_CLASS } from './project-switcher';

export function UserMenu() {
  const session = useDashboardSession();
  const router = useRouter();
  const userId = session.user.id;
  const presenter = useSyncExternalStore(subscribePresenter, presenterOn, () => false);
  // My Session records the changes of the signed-in user (lib/session-log).
  useEffect(() => setSessionLogUser(userId), [userId]);
  // Presenter mode: the class the server rendered, and its keyboard shortcut on every page.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || !isPresenterShortcut(event)) return;
      event.preventDefault();
      togglePresenter();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
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
          id: 'session',
          label: 'My Session',
          onSelect: () => router.push('/settings/session'),
        },
        {
          id: 'presenter',
          label: `${presenter ? 'Turn Off' : 'Turn On'} Presenter Mode (${PRESENTER_SHORTCUT})`,
          onSelect: () => void togglePresenter(),
        },
        {
          id: 'change-password',
          label: 'Change Password',
          onSelect: () => router.push('/settings/password'),
        },
        {
          id: 'sign-out',
          label: 'Sign Out',
          onSelect: () => {
            clearSessionLog(userId);
            void signOut('/login');
          },
        },
      ]}
    />
  );
}
