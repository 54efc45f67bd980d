'use client';
// Opens a create action: its form dialog, or the component it names (a wizard).
import { FormDialog } from '@/components/ui/form-dialog';
import type { ActionContext, CreateAction } from '@/lib/resources/types';
import { useActionOutcome } from './use-action-outcome';

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
  const { succeeded, attempt } = useActionOutcome();
  if ('launcher' in action) {
    const Launcher = action.launcher;
    return (
      <Launcher
        open
        onClose={onClose}
        onCreated={(message) => {
          succeeded(message);
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
        const result = await attempt(() => action.run(ctx, input));
        succeeded(action.success(input, result));
        onCreated();
        return result;
      }}
    />
  );
}
