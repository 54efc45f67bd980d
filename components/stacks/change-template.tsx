'use client';
// Change Stack Template: the new template (the current one to start from), then
// Heat's preview of what the update would add, delete, replace or update, and
// only then the update itself. api-ref: orchestration v1, "Preview stack
// update" and "Update stack (PATCH)": the stack keeps its parameter values.
import { useState } from 'react';
import { stringify } from 'yaml';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useApi } from '@/lib/hooks/use-api';
import type { Stack, UpdatePreview } from '@/lib/openstack/orchestration/heat-schemas';
import { yamlProblems } from '@/lib/orchestration-template/parameters';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { isBusy } from './stack-status';
import { changeTemplateEquivalents } from './stacks-equivalents';

const changeTemplateInput = z.object({
  template: z
    .string()
    .trim()
    .min(1, 'Enter the template (YAML or JSON).')
    .superRefine((text, ctx) => {
      const problem = yamlProblems(text)[0];
      if (problem)
        ctx.addIssue({ code: 'custom', message: `Line ${problem.line}: ${problem.message}` });
    }),
});

interface Previewed {
  stack: { name: string; id: string };
  template: string;
  changes: UpdatePreview;
}

const KINDS: { key: keyof UpdatePreview; label: string }[] = [
  { key: 'added', label: 'Added' },
  { key: 'deleted', label: 'Deleted' },
  { key: 'replaced', label: 'Replaced' },
  { key: 'updated', label: 'Updated' },
  { key: 'unchanged', label: 'Unchanged' },
];

function ChangePreview({ previewed, close }: { previewed: Previewed; close: () => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function apply() {
    setBusy(true);
    setError(null);
    try {
      await api.orchestration.updateStack(
        previewed.stack,
        { template: previewed.template },
        'patch',
      );
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }
  return (
    <div className="space-y-3">
      <section aria-label="Changes" className="space-y-2 text-sm">
        {KINDS.map(({ key, label }) => (
          <div key={key}>
            <h3 className="font-medium">
              {label} ({previewed.changes[key].length})
            </h3>
            {previewed.changes[key].length > 0 && (
              <ul className="list-disc pl-5">
                {previewed.changes[key].map((r) => (
                  <li key={r.resource_name}>
                    {r.resource_name}
                    {r.resource_type ? ` (${r.resource_type})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
      {error && (
        <Alert tone="error" title="Unable to update the stack.">
          {error}
        </Alert>
      )}
      <div className="flex justify-end gap-2">
        <Button onClick={close}>Cancel</Button>
        <Button variant="primary" onClick={apply} disabled={busy}>
          {busy && <Spinner label="Updating" />}
          Update Stack
        </Button>
      </div>
    </div>
  );
}

export const changeStackTemplate: RowAction<Stack> = formRowAction({
  id: 'change-template',
  label: 'Change Stack Template',
  allowed: (s) => (isBusy(s.stack_status) ? 'The stack is busy.' : true),
  form: async ({ api }, s) => {
    const current = await api.orchestration.getStackTemplate({ name: s.stack_name, id: s.id });
    return {
      title: `Change Template of ${s.stack_name}`,
      submitLabel: 'Preview Changes',
      description:
        'Heat first shows which resources the new template adds, deletes, replaces or updates; the stack keeps its parameter values.',
      schema: changeTemplateInput,
      defaults: { template: stringify(current) },
      fields: [
        {
          name: 'template',
          label: 'Template Data',
          kind: 'file-text',
          rows: 16,
          monospace: true,
          accept: '.yaml,.yml,.json',
          required: true,
          help: 'YAML or JSON. Mistakes are marked at their line as you type.',
          code: { problems: yamlProblems },
        },
      ],
    };
  },
  run: async ({ api }, s, input): Promise<Previewed> => {
    const stack = { name: s.stack_name, id: s.id };
    const changes = await api.orchestration.previewStackUpdate(
      stack,
      { template: input.template },
      'patch',
    );
    return { stack, template: input.template, changes };
  },
  renderResult: (result, close) => <ChangePreview previewed={result as Previewed} close={close} />,
  success: (rows) => `Previewed the changes to stack: ${rows.map((s) => s.stack_name).join(', ')}`,
  failure: (s) => `Unable to preview the changes to stack: ${s.stack_name}`,
  equivalents: (rows, values) =>
    changeTemplateEquivalents(
      rows[0]?.stack_name ?? '',
      typeof values?.template === 'string' ? values.template : '',
    ),
});
