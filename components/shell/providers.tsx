'use client';
import { SWRConfig } from 'swr';
import { ToastProvider } from '@/components/ui/toast';
import { handleSessionExpiry, isSessionExpired } from '@/lib/client/session-expiry';
import { DashboardSessionContext } from '@/lib/hooks/use-dashboard-session';
import type { PublicSession } from '@/lib/session-token';
import type { ReactNode } from 'react';

export function DashboardProviders({
  session,
  children,
}: {
  session: PublicSession;
  children: ReactNode;
}) {
  return (
    <DashboardSessionContext value={session}>
      <SWRConfig
        value={{
          onError: (error) => handleSessionExpiry(error),
          shouldRetryOnError: (error) => !isSessionExpired(error),
          errorRetryCount: 2,
          revalidateOnFocus: true,
          focusThrottleInterval: 30_000,
        }}
      >
        <ToastProvider>{children}</ToastProvider>
      </SWRConfig>
    </DashboardSessionContext>
  );
}
