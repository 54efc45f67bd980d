'use client';
// "Create Network" for pages other than the Networks list (Network Topology's
// toolbar): the button and the wizard in place; `onCreated` (or the page's
// CreatedListener) refreshes what shows the networks.
import { CreateActionButton } from '@/components/resource/create-action-button';
import type { CreateAction } from '@/lib/resources/types';
import { CreateNetworkLazy } from './create-network/create-network-lazy';

const CREATE_NETWORK: CreateAction = {
  id: 'create',
  label: 'Create Network',
  launcher: CreateNetworkLazy,
};

export function CreateNetworkButton({ onCreated }: { onCreated?: () => void }) {
  return <CreateActionButton action={CREATE_NETWORK} onCreated={onCreated} />;
}
