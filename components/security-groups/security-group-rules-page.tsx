'use client';
// The Manage Rules page of one security group: its name and id, then its rules
// with Add Rule and Delete Rule(s).
import { useMemo } from 'react';
import useSWR from 'swr';
import { ResourceTable } from '@/components/resource/resource-table';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { OpenStackError } from '@/lib/openstack/errors';
import { PANELS } from '@/lib/panels';
import { rulesOf } from './security-group-rules';

export function SecurityGroupRulesPage({ id }: { id: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const rules = useMemo(() => rulesOf(id), [id]);
  const { data: group, error } = useSWR(
    [`detail:${PANELS.securityGroups.id}:${scopeKey}`, id],
    () => api.network.getSecurityGroup(id),
  );
  const panel = PANELS.securityGroups;
  const name = group?.name ?? id;
  const notFound = error instanceof OpenStackError && error.status === 404;
  return (
    <>
      <PageHeader
        title={`Manage Security Group Rules: ${name}`}
        crumbs={[
          { label: panel.dashboard },
          { label: panel.group },
          { label: panel.title, href: panel.path },
          { label: name },
        ]}
      />
      {error ? (
        <Alert
          tone="error"
          title={notFound ? 'Security Group not found' : 'Unable to retrieve security group.'}
        >
          {(error as Error).message}
        </Alert>
      ) : (
        <>
          <p className="mb-3 text-sm text-muted">
            Security Group ID <span className="font-mono">{id}</span>
            {group?.description ? <> · {group.description}</> : null}
          </p>
          <ResourceTable resource={rules} />
        </>
      )}
    </>
  );
}
