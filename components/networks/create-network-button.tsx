'use client';
// "Create Network" for pages other than the Networks list (Network Topology's
// toolbar): the button, the wizard in place, a toast, and `onCreated` to refresh.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { CreateNetworkLazy } from './create-network/create-network-lazy';

export function CreateNetworkButton({ onCreated }: { onCreated?: () => void }) {
  const [open, setOpen] = useState(false);
  const toast = useToast();
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        <span aria-hidden>+</span>
        Create Network
      </Button>
      {open && (
        <CreateNetworkLazy
          open
          onClose={() => setOpen(false)}
          onCreated={(message) => {
            toast.notify('success', 'Success', message);
            onCreated?.();
          }}
        />
      )}
    </>
  );
}
