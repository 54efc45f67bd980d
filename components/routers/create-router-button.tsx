'use client';
// "Create Router" as a button of its own, for pages other than the Routers list
// (the Network Topology toolbar): opens the same form in place.
import { useState } from 'react';
import { LazyCreateActionDialog } from '@/components/resource/action-dialogs-lazy';
import { Button } from '@/components/ui/button';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import type { CreateAction } from '@/lib/resources/types';
import { CreateRouterLauncher } from './routers';

const CREATE_ROUTER: CreateAction = {
  id: 'create',
  label: 'Create Router',
  launcher: CreateRouterLauncher,
};

export function CreateRouterButton({ onCreated }: { onCreated?: () => void }) {
  const api = useApi();
  const session = useDashboardSession();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Create Router</Button>
      {open && (
        <LazyCreateActionDialog
          action={CREATE_ROUTER}
          ctx={{ api, session }}
          onClose={() => setOpen(false)}
          onCreated={() => onCreated?.()}
        />
      )}
    </>
  );
}
