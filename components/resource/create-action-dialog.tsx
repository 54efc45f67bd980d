'use client';
// Opens a create action: its form dialog, or the component it names (a wizard).
import { FormDialog } from '@/components/ui/form-dialog';
import { useToast } from '@/components/ui/toast';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { ActionContext, CreateAction } from '@/lib/resources/types';

export function CreateActionDialog({
  action,
  ctx,
  onClose,
  onCreated,
}: {
  action: CreateAction;
  ctx: ActionContext;
  onClose: () => void;
  onCreated: () => void;
}) {
  const toast = useToast();
  if ('launcher' in action) {
    const Launcher = action.launcher;
    return (
      <Launcher
        open
        onClose={onClose}
        onCreated={(message) => {
          toast.notify('success', 'Success', message);
          onCreated();
        }}
      />
    );
  }
  return (
    <FormDialog
      spec={action.form}
      open
      onClose={onClose}
      equivalents={action.equivalents}
      renderResult={action.renderResult}
      onSubmit={async (input) => {
        try {
          const result = await action.run(ctx, input);
          toast.notify('success', 'Success', action.success(input, result));
          onCreated();
          return result;
        } catch (error) {
          handleSessionExpiry(error);
          throw error;
        }
      }}
    />
  );
}
