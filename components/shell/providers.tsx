'use client';
import { SessionProvider } from 'next-auth/react';
import { SWRConfig } from 'swr';
import { ToastProvider } from '@/components/ui/toast';
import { handleSessionExpiry, isSessionExpired } from '@/lib/client/session-expiry';
import type { Session } from 'next-auth';
import type { ReactNode } from 'react';

export function DashboardProviders({
  session,
  children,
}: {
  session: Session;
  children: ReactNode;
}) {
  return (
    <SessionProvider session={session} refetchOnWindowFocus={false} refetchInterval={0}>
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
    </SessionProvider>
  );
}
