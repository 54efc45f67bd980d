import { cookies } from 'next/headers';
import { DashboardProviders } from '@/components/shell/providers';
import { Shell } from '@/components/shell/shell';
import { WalkthroughOverlay } from '@/components/walkthroughs/walkthrough-overlay';
import { requireSession } from '@/lib/session';
import { toPublicSession } from '@/lib/session-token';
import { loadShellData } from '@/lib/shell-data';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';
import type { ReactNode } from 'react';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const token = await requireSession();
  const data = await loadShellData(token);
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <DashboardProviders session={toPublicSession(token)}>
      <Shell data={data} theme={theme} expiresAt={token.expiresAt}>
        {children}
      </Shell>
      <WalkthroughOverlay />
    </DashboardProviders>
  );
}
