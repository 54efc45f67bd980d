'use client';
import { useSession } from 'next-auth/react';
import type { PublicSession } from '@/lib/session-token';

/** The signed-in user's public session (never holds tokens). */
export function useDashboardSession(): PublicSession {
  const { data } = useSession();
  if (!data?.project) throw new Error('useDashboardSession used outside the dashboard');
  // next-auth types `user` as optional; our session callback always fills it.
  return data as unknown as PublicSession;
}

/** Cache keys include the scope so a project or region switch never shows stale rows. */
export function useScopeKey(): string {
  const session = useDashboardSession();
  return `${session.project.id}@${session.region}`;
}
