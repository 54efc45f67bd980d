'use client';
import type { Session } from 'next-auth';
import { SessionProvider } from 'next-auth/react';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { ToastProvider } from '@/components/ui/toast';
import { handleSessionExpiry, isSessionExpired } from '@/lib/client/session-expiry';

export function DashboardProviders({ session, children }: { session: Session; children: ReactNode }) {
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
