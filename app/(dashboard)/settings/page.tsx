import { cookies } from 'next/headers';
import { UserSettings } from '@/components/settings/user-settings';
import { DATE_PREFS_COOKIE, parseDatePrefs } from '@/lib/format/date-prefs';
import { PAGE_SIZE_COOKIE, parsePageSize } from '@/lib/page-size';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'User Settings' };

export default async function UserSettingsPage() {
  const jar = await cookies();
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">User Settings</h1>
      <UserSettings
        pageSize={parsePageSize(jar.get(PAGE_SIZE_COOKIE)?.value)}
        prefs={parseDatePrefs(jar.get(DATE_PREFS_COOKIE)?.value)}
      />
    </>
  );
}
