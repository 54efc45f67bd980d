'use client';
// The Template tab: the template as Heat stored it, shown as YAML.
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { YamlBlock } from '@/components/ui/yaml-block';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Stack } from '@/lib/openstack/orchestration/heat-schemas';

export function StackTemplate({ stack }: { stack: Stack }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data, error } = useSWR(['stack-template', scopeKey, stack.id, stack.updated_time], () =>
    api.orchestration.getStackTemplate({ name: stack.stack_name, id: stack.id }),
  );
  if (error)
    return (
      <Alert tone="error" title="Unable to retrieve the stack's template.">
        {(error as Error).message}
      </Alert>
    );
  if (!data)
    return (
      <p className="text-sm text-muted">
        <Spinner label="Loading" /> Loading the template…
      </p>
    );
  return <YamlBlock value={data} label="Stack template" />;
}
