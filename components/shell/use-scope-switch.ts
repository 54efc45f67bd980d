'use client';
// Project and region switches re-scope through Keystone on the server (next-auth's
// session update, through its endpoint), then reload the page so every cache starts from the new scope.
import { useState } from 'react';
import { useToast } from '@/components/ui/toast';
import { updateSession } from '@/lib/client/auth-endpoints';
import type { PublicSession } from '@/lib/session-token';

/** Detail pages name resources of the old scope: go back to their panel. */
function pageAfterSwitch(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  return parts.length > 2 ? `/${parts.slice(0, 2).join('/')}` : pathname;
}

export function useScopeSwitch() {
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  async function switchTo(change: { projectId: string } | { region: string }) {
    setBusy(true);
    try {
      const next = (await updateSession(change)) as PublicSession | null;
      if (!next || next.scopeError) {
        toast.notify(
          'error',
          'Unable to switch',
          next?.scopeError ?? 'The session could not be updated.',
        );
        return;
      }
      window.location.assign(pageAfterSwitch(window.location.pathname));
    } finally {
      setBusy(false);
    }
  }

  return { switchTo, busy };
}
