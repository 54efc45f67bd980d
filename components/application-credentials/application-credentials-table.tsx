'use client';
import { useMemo } from 'react';
import { ResourceTable } from '@/components/resource/resource-table';
import type { ApplicationCredential } from '@/lib/openstack/identity/application-credential-schemas';
import type { InitialList } from '@/lib/resources/list-page';
import { applicationCredentials, type AppCredContext } from './application-credentials';

export function ApplicationCredentialsTable({
  context,
  initial,
}: {
  context: AppCredContext;
  initial?: InitialList<ApplicationCredential>;
}) {
  const { userId, authUrl, region } = context;
  const roles = context.roles.join(',');
  const resource = useMemo(
    () => applicationCredentials({ userId, authUrl, region, roles: roles ? roles.split(',') : [] }),
    [userId, authUrl, region, roles],
  );
  return <ResourceTable resource={resource} initial={initial} />;
}
