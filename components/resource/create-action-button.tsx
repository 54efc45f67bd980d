'use client';
// One create action of a resource definition (a form or a launcher) as a button
// with its dialog, for pages other than the resource's own list (the Network
// Topology's "Launch Instance"). After a success it calls `onCreated`, or the
// nearest CreatedListener: a server page can pass the button down as a slot
// while the client component around it refreshes its data.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import type { CreateAction, ResourceDefinition } from '@/lib/resources/types';
import { LazyCreateActionDialog } from './action-dialogs-lazy';

const CreatedContext = createContext<(() => void) | null>(null);

/** Whatever a CreateActionButton below creates calls `onCreated` (e.g. a graph re-fetches). */
export function CreatedListener({
  onCreated,
  children,
}: {
  onCreated: () => void;
  children: ReactNode;
}) {
  return <CreatedContext.Provider value={onCreated}>{children}</CreatedContext.Provider>;
}

/** The create action `id` of a definition; throws when the definition has none by that id. */
export function createActionOf<T>(resource: ResourceDefinition<T>, id: string): CreateAction {
  const action = resource.createActions.find((a) => a.id === id);
  if (!action) throw new Error(`${resource.singular} has no create action "${id}"`);
  return action;
}

export function CreateActionButton({
  action,
  onCreated,
  variant = 'default',
  size,
}: {
  action: CreateAction;
  onCreated?: () => void;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}) {
  const api = useApi();
  const session = useDashboardSession();
  const listener = useContext(CreatedContext);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size={size} onClick={() => setOpen(true)}>
        {variant === 'primary' && <span aria-hidden>+</span>}
        {action.label}
      </Button>
      {open && (
        <LazyCreateActionDialog
          action={action}
          ctx={{ api, session }}
          onClose={() => setOpen(false)}
          onCreated={() => (onCreated ?? listener)?.()}
        />
      )}
    </>
  );
}
