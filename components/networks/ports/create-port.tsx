'use client';
// Create Port: loads the network's subnets and the project's security groups,
// then shows the form with its live equivalents.
import { useEffect, useState, type ComponentType } from 'react';
import { Alert } from '@/components/ui/alert';
import { Dialog, DialogBody } from '@/components/ui/dialog';
import { FormDialog } from '@/components/ui/form-dialog';
import { Spinner } from '@/components/ui/spinner';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { FormSpec } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import type { LauncherProps } from '@/lib/resources/types';
import { createPortEquivalents } from '../networks-equivalents';
import { createPortForm, loadPortChoices } from './port-form';
import { portCreateRequest } from './port-inputs';
import type { NetworkRef } from '../subnets/subnets';

export function createPortLauncher(network: NetworkRef): ComponentType<LauncherProps> {
  return function CreatePort(props: LauncherProps) {
    return props.open ? <CreatePortDialog network={network} {...props} /> : null;
  };
}

function CreatePortDialog({
  network,
  onClose,
  onCreated,
}: LauncherProps & { network: NetworkRef }) {
  const api = useApi();
  const session = useDashboardSession();
  const [spec, setSpec] = useState<FormSpec<ReturnType<typeof createPortForm>['schema']> | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadPortChoices(api, network.id, session.project.id)
      .then(({ subnets, groups }) => live && setSpec(createPortForm(subnets, groups)))
      .catch((e: unknown) => {
        if (handleSessionExpiry(e)) return;
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
    };
  }, [api, network.id, session.project.id]);

  if (!spec) {
    return (
      <Dialog open onClose={onClose} title="Create Port">
        <DialogBody>
          {error ? (
            <Alert tone="error" title='Unable to prepare "Create Port"'>
              {error}
            </Alert>
          ) : (
            <p className="text-sm text-muted">
              <Spinner label="Loading" /> Loading subnets and security groups…
            </p>
          )}
        </DialogBody>
      </Dialog>
    );
  }
  return (
    <FormDialog
      spec={spec}
      open
      onClose={onClose}
      equivalents={(values) => createPortEquivalents(portCreateRequest(values, network.id))}
      onSubmit={async (values) => {
        try {
          const port = await api.network.createPort(portCreateRequest(values, network.id));
          onCreated(`Created port "${port.name || port.id}".`);
          return port;
        } catch (e) {
          handleSessionExpiry(e);
          throw e;
        }
      }}
    />
  );
}
