'use client';
// The signed-in user's public session (never holds tokens), given once by the
// dashboard layout on the server and read by any client component below it.
import { createContext, useContext } from 'react';
import type { PublicSession } from '@/lib/session-token';

export const DashboardSessionContext = createContext<PublicSession | null>(null);

export function useDashboardSession(): PublicSession {
  const session = useContext(DashboardSessionContext);
  if (!session?.project) throw new Error('useDashboardSession used outside the dashboard');
  return session;
}

/** Cache keys include the scope so a project or region switch never shows stale rows. */
export function useScopeKey(): string {
  const session = useDashboardSession();
  return `${session.project.id}@${session.region}`;
}
