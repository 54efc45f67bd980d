'use client';
// "Create Router" as a button of its own, for pages other than the Routers list
// (the Network Topology toolbar): opens the same form in place.
import { CreateActionButton } from '@/components/resource/create-action-button';
import type { CreateAction } from '@/lib/resources/types';
import { CreateRouterLauncher } from './routers';

const CREATE_ROUTER: CreateAction = {
  id: 'create',
  label: 'Create Router',
  launcher: CreateRouterLauncher,
};

export function CreateRouterButton({ onCreated }: { onCreated?: () => void }) {
  return <CreateActionButton action={CREATE_ROUTER} onCreated={onCreated} />;
}
