'use client';
// A create action whose form needs the cloud first (a router's external networks,
// Swift's storage policies): built when opened, then the generic form dialog.
import { useEffect, useState } from 'react';
import { useActionOutcome } from '@/components/resource/use-action-outcome';
import { Alert } from '@/components/ui/alert';
import { Dialog, DialogBody } from '@/components/ui/dialog';
import { FormDialog } from '@/components/ui/form-dialog';
import { Spinner } from '@/components/ui/spinner';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { FormSpec } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import type { LauncherProps } from '@/lib/resources/types';
import type { AsyncFormAction } from './async-form-action';

export function FormLauncher({
  action,
  open,
  onClose,
  onCreated,
}: LauncherProps & { action: AsyncFormAction }) {
  const api = useApi();
  const session = useDashboardSession();
  const { attempt } = useActionOutcome();
  const [spec, setSpec] = useState<FormSpec | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ctx = { api, session };

  useEffect(() => {
    if (!open) return;
    let live = true;
    action
      .build({ api, session })
      .then((built) => live && setSpec(built))
      .catch((e: unknown) => {
        if (handleSessionExpiry(e)) return;
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
    };
    // The form is built once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action, open]);

  if (!spec) {
    return (
      <Dialog open={open} onClose={onClose} title={action.title}>
        <DialogBody>
          {error ? (
            <Alert tone="error" title={`Unable to prepare "${action.title}"`}>
              {error}
            </Alert>
          ) : (
            <p className="text-sm text-muted">
              <Spinner label="Loading" /> Loading…
            </p>
          )}
        </DialogBody>
      </Dialog>
    );
  }

  return (
    <FormDialog
      spec={spec}
      open={open}
      onClose={onClose}
      equivalents={action.equivalents ? (values) => action.equivalents!(values, ctx) : undefined}
      onSubmit={async (input) => {
        const result = await attempt(() => action.run(ctx, input));
        onCreated(action.success(input, result));
        return result;
      }}
    />
  );
}
