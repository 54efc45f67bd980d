'use client';
// Create Port: loads the network's subnets and the project's security groups,
// then shows the form with its live equivalents.
import { useEffect, useState, type ComponentType } from 'react';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormPending } from '@/components/ui/form-pending';
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

  return (
    <FormDialog
      spec={spec}
      open
      onClose={onClose}
      pendingTitle="Create Port"
      pending={
        <FormPending
          error={error}
          errorTitle='Unable to prepare "Create Port"'
          loading="Loading subnets and security groups…"
        />
      }
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
