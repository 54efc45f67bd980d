'use client';
// The Template tab of a resource type: the HOT skeleton Heat generates for it
// (a parameter per property, the resource, an output per attribute).
import useSWR from 'swr';
import { stringify } from 'yaml';
import { Alert } from '@/components/ui/alert';
import { CopyButton } from '@/components/ui/copy-button';
import { Spinner } from '@/components/ui/spinner';
import { YamlBlock } from '@/components/ui/yaml-block';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';

export function ResourceTypeTemplate({ type }: { type: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data, error } = useSWR(['resource-type-template', scopeKey, type], () =>
    api.orchestration.getResourceTypeTemplate(type),
  );
  if (error)
    return (
      <Alert tone="error" title="Unable to retrieve the resource type's template.">
        {(error as Error).message}
      </Alert>
    );
  if (!data)
    return (
      <p className="text-sm text-muted">
        <Spinner label="Loading" /> Loading the template…
      </p>
    );
  const text = stringify(data);
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between text-sm text-muted">
        <span>A HOT template using every property and attribute of {type}.</span>
        <CopyButton text={text} label="Copy template" />
      </div>
      <YamlBlock value={data} label="Resource type template" />
    </div>
  );
}
