'use client';
// Launch Stack (Horizon's two steps): Select Template — File, Direct Input in
// the YAML editor, or URL, with an optional environment and a Validate button
// that asks Heat — then Launch Stack, a form generated from the template's
// parameters. api-ref: orchestration v1, "Create stack", "Validate template",
// "Preview stack".
import { useMemo, useState, type ChangeEvent } from 'react';
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CodeEditorField } from '@/components/ui/code-editor-field';
import { FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { Wizard, type WizardStep } from '@/components/ui/wizard';
import type { FieldValue, FormValues } from '@/lib/forms/types';
import type { FieldErrors } from '@/lib/forms/validate';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Api } from '@/lib/openstack/api';
import {
  customConstraint,
  readTemplateParameters,
  yamlProblems,
  type ParameterField,
  type ParameterSection,
} from '@/lib/orchestration-template/parameters';
import type { LauncherProps } from '@/lib/resources/types';
import {
  LAUNCH_DEFAULTS,
  launchInput,
  parameterDefaults,
  parameterFieldSpec,
  parameterValues,
  paramKey,
  templateSourceInput,
} from './stack-inputs';
import { launchStackEquivalents } from './stacks-equivalents';

const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');

type Pickers = Record<string, { value: string; label: string }[] | undefined>;

/** Real flavors, images, networks and key pairs for the custom constraints the template uses. */
function usePickers(api: Api, scopeKey: string, wanted: string[]): Pickers {
  const want = (c: string) => wanted.includes(c);
  const opts = (names: (string | null | undefined)[]) =>
    [...new Set(names.filter((n): n is string => !!n))].map((n) => ({ value: n, label: n }));
  const flavors = useSWR(want('nova.flavor') ? ['stack-flavors', scopeKey] : null, () =>
    api.compute.listFlavors({ limit: 1000 }),
  );
  const images = useSWR(want('glance.image') ? ['stack-images', scopeKey] : null, () =>
    api.image.listImages({ limit: 1000 }),
  );
  const networks = useSWR(want('neutron.network') ? ['stack-networks', scopeKey] : null, () =>
    api.network.listNetworks(),
  );
  const keypairs = useSWR(want('nova.keypair') ? ['stack-keypairs', scopeKey] : null, () =>
    api.compute.listKeypairs({ limit: 1000 }),
  );
  return {
    'nova.flavor': flavors.data && opts(flavors.data.items.map((f) => f.name)),
    'glance.image': images.data && opts(images.data.items.map((i) => i.name)),
    'neutron.network': networks.data && opts(networks.data.map((n) => n.name)),
    'nova.keypair': keypairs.data && opts(keypairs.data.items.map((k) => k.name)),
  };
}

function ValidateTemplate({ api, values }: { api: Api; values: FormValues }) {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'ok'; text: string }
    | { kind: 'error'; text: string }
  >({ kind: 'idle' });
  async function validate() {
    setState({ kind: 'busy' });
    const env = text(values.environment_data);
    try {
      const answer = await api.orchestration.validateTemplate({
        ...(values.template_source === 'url'
          ? { templateUrl: text(values.template_url).trim() }
          : { template: text(values.template_data) }),
        ...(env.trim() ? { environment: env } : {}),
      });
      const params = Object.keys(answer.Parameters ?? {}).length;
      setState({
        kind: 'ok',
        text: `${answer.Description ? `${answer.Description} ` : ''}(${params} parameter${params === 1 ? '' : 's'})`,
      });
    } catch (e) {
      setState({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={validate} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' && <Spinner label="Validating" />}
        Validate
      </Button>
      <div aria-live="polite">
        {state.kind === 'ok' && (
          <Alert tone="success" title="The template is valid.">
            {state.text}
          </Alert>
        )}
        {state.kind === 'error' && (
          <Alert tone="error" title="The template is not valid.">
            {state.text}
          </Alert>
        )}
      </div>
    </div>
  );
}

function TemplateFile({ onLoad }: { onLoad: (text: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > 512 * 1024) {
      setError(`${file.name} is larger than 512 KB.`);
      return;
    }
    setError(null);
    onLoad(await file.text());
  }
  return (
    <div className="space-y-1">
      <label className="block text-sm font-medium">
        Template File
        <input
          type="file"
          accept=".yaml,.yml,.json,.template"
          onChange={load}
          className="mt-1 block text-sm"
        />
      </label>
      {error && (
        <p role="alert" className="text-xs text-bad-fg">
          {error}
        </p>
      )}
    </div>
  );
}

const problemsOf = (t: string) => yamlProblems(t);

function ParameterSections({
  sections,
  pickers,
  values,
  setValue,
  errors,
}: {
  sections: ParameterSection[];
  pickers: Pickers;
  values: FormValues;
  setValue: (name: string, value: FieldValue) => void;
  errors: FieldErrors;
}) {
  if (sections.length === 0)
    return <p className="text-sm text-muted">The template has no parameters.</p>;
  return (
    <>
      {sections.map((section, i) => {
        const fields = section.parameters.map((p) => (
          <FormField
            key={p.name}
            field={parameterFieldSpec(p, pickers)}
            value={values[paramKey(p.name)]}
            error={errors[paramKey(p.name)]}
            onChange={(v) => setValue(paramKey(p.name), v)}
          />
        ));
        return section.label ? (
          <fieldset
            key={`${section.label}-${i}`}
            className="space-y-3 rounded border border-line p-3"
          >
            <legend className="px-1 text-sm font-semibold">{section.label}</legend>
            {section.description && <p className="text-xs text-muted">{section.description}</p>}
            {fields}
          </fieldset>
        ) : (
          <div key={`rest-${i}`} className="space-y-3">
            {fields}
          </div>
        );
      })}
    </>
  );
}

function PreviewStack({
  api,
  values,
  fields,
}: {
  api: Api;
  values: FormValues;
  fields: ParameterField[];
}) {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'ok'; resources: { name: string; type: string }[] }
    | { kind: 'error'; text: string }
  >({ kind: 'idle' });
  async function preview() {
    setState({ kind: 'busy' });
    try {
      const env = text(values.environment_data);
      const answer = await api.orchestration.previewStack({
        name: text(values.stack_name).trim() || 'preview',
        ...(values.template_source === 'url'
          ? { templateUrl: text(values.template_url).trim() }
          : { template: text(values.template_data) }),
        ...(env.trim() ? { environment: env } : {}),
        parameters: parameterValues(fields, values),
      });
      setState({
        kind: 'ok',
        resources: answer.resources.flatMap((r) =>
          Array.isArray(r) ? [] : [{ name: r.resource_name, type: r.resource_type }],
        ),
      });
    } catch (e) {
      setState({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={preview} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' && <Spinner label="Previewing" />}
        Preview Stack
      </Button>
      <div aria-live="polite">
        {state.kind === 'ok' && (
          <section aria-label="Stack preview" className="text-sm">
            <p className="font-medium">Heat would create {state.resources.length} resources:</p>
            <ul className="list-disc pl-5">
              {state.resources.map((r) => (
                <li key={r.name}>
                  {r.name} ({r.type})
                </li>
              ))}
            </ul>
          </section>
        )}
        {state.kind === 'error' && (
          <Alert tone="error" title="Unable to preview the stack.">
            {state.text}
          </Alert>
        )}
      </div>
    </div>
  );
}

export function LaunchStack(props: LauncherProps) {
  if (!props.open) return null;
  return <OpenLaunchStack {...props} />;
}

function OpenLaunchStack({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const scopeKey = useScopeKey();
  // The custom constraints of the last template read, for the pickers' data.
  const [constraints, setConstraints] = useState<string[]>([]);
  const pickers = usePickers(api, scopeKey, constraints);

  const steps = useMemo((): WizardStep[] => {
    const reading = (values: FormValues) => readTemplateParameters(text(values.template_data));
    const fieldsOf = (values: FormValues) => {
      if (values.template_source === 'url') return [];
      const r = reading(values);
      return r.ok ? r.parameters : [];
    };
    return [
      {
        id: 'template',
        title: 'Select Template',
        required: true,
        schema: templateSourceInput,
        help: 'A Heat template (HOT, in YAML) describes resources — networks, servers, volumes — and how they depend on each other; Heat creates them in order as one stack.',
        fields: [
          {
            name: 'template_source',
            label: 'Template Source',
            kind: 'select',
            options: [
              { value: 'file', label: 'File' },
              { value: 'raw', label: 'Direct Input' },
              { value: 'url', label: 'URL' },
            ],
          },
          {
            name: 'template_url',
            label: 'Template URL',
            kind: 'text',
            required: true,
            placeholder: 'https://…/template.yaml',
            visible: (v) => v.template_source === 'url',
          },
        ],
        render: (values, setValue, errors) => (
          <div className="space-y-4">
            {values.template_source === 'file' && (
              <TemplateFile onLoad={(t) => setValue('template_data', t)} />
            )}
            {values.template_source !== 'url' && (
              <CodeEditorField
                label="Template Data"
                value={text(values.template_data)}
                onChange={(t) => setValue('template_data', t)}
                problems={problemsOf}
                error={errors.template_data}
                help="YAML or JSON. Mistakes are marked at their line as you type."
              />
            )}
            <FormField
              field={{
                name: 'environment_data',
                label: 'Environment Data',
                kind: 'file-text',
                rows: 4,
                monospace: true,
                accept: '.yaml,.yml,.json',
                help: 'Optional: parameter values and resource type mappings (parameters:, resource_registry:).',
              }}
              value={values.environment_data}
              error={errors.environment_data}
              onChange={(v) => setValue('environment_data', v)}
            />
            <ValidateTemplate api={api} values={values} />
          </div>
        ),
      },
      {
        id: 'launch',
        title: 'Launch Stack',
        required: true,
        schema: launchInput([]),
        schemaFor: (values) => launchInput(fieldsOf(values)),
        help: 'The fields below the stack settings come from the template’s parameters: their types, defaults and constraints are the template’s own.',
        fields: [
          { name: 'stack_name', label: 'Stack Name', kind: 'text', required: true },
          {
            name: 'timeout_mins',
            label: 'Creation Timeout (minutes)',
            kind: 'number',
            required: true,
          },
          { name: 'rollback', label: 'Rollback On Failure', kind: 'checkbox' },
        ],
        render: (values, setValue, errors) => {
          const r = values.template_source === 'url' ? null : reading(values);
          return (
            <div className="space-y-4">
              {values.template_source === 'url' ? (
                <p className="text-sm text-muted">
                  A template from a URL is read by Heat: its parameters take their defaults.
                </p>
              ) : r && r.ok ? (
                <ParameterSections
                  sections={r.sections}
                  pickers={pickers}
                  values={values}
                  setValue={setValue}
                  errors={errors}
                />
              ) : (
                <p className="text-sm text-bad-fg">Correct the template first.</p>
              )}
              <PreviewStack api={api} values={values} fields={fieldsOf(values)} />
            </div>
          );
        },
      },
    ];
  }, [api, pickers]);

  // Fill the generated fields' defaults when the template changes: a wrapper
  // around the wizard's setter is not available, so defaults are computed on
  // read in `withDefaults` below.
  async function submit(input: Record<string, unknown>) {
    const v = input as {
      template_source: 'file' | 'raw' | 'url';
      template_data: string;
      template_url: string;
      environment_data: string;
      stack_name: string;
      timeout_mins: number;
      rollback: boolean;
      parameters: Record<string, string>;
    };
    await api.orchestration.createStack({
      name: v.stack_name,
      ...(v.template_source === 'url'
        ? { templateUrl: v.template_url.trim() }
        : { template: v.template_data }),
      ...(v.environment_data.trim() ? { environment: v.environment_data } : {}),
      parameters: v.parameters,
      timeoutMins: v.timeout_mins,
      disableRollback: !v.rollback,
    });
    onCreated(`Stack creation started: ${v.stack_name}`);
  }

  return (
    <Wizard
      open={open}
      onClose={onClose}
      title="Launch Stack"
      size="xl"
      steps={steps.map((s) => ({
        ...s,
        render: s.render
          ? (values, setValue, errors) => {
              const t = text(values.template_data);
              const fields = values.template_source === 'url' ? [] : readTemplateParameters(t);
              const list = Array.isArray(fields) ? fields : fields.ok ? fields.parameters : [];
              const wanted = [
                ...new Set(list.map(customConstraint).filter((c): c is string => !!c)),
              ];
              if (wanted.join() !== constraints.join())
                queueMicrotask(() => setConstraints(wanted));
              return s.render!(withDefaults(values, list), setValue, errors);
            }
          : undefined,
        schemaFor: s.schemaFor
          ? (values) => s.schemaFor!(withDefaults(values, fieldsOfValues(values)))
          : undefined,
      }))}
      defaults={LAUNCH_DEFAULTS}
      submitLabel="Launch"
      onSubmit={(input) => submit(input)}
      equivalents={(values) => {
        const fields = fieldsOfValues(values);
        const all = withDefaults(values, fields);
        const timeout = Number(text(all.timeout_mins));
        return launchStackEquivalents({
          name: text(all.stack_name).trim(),
          template: text(all.template_data),
          ...(all.template_source === 'url' ? { templateUrl: text(all.template_url).trim() } : {}),
          hasEnvironment: text(all.environment_data).trim() !== '',
          parameters: parameterValues(fields, all),
          timeoutMins: Number.isFinite(timeout) && timeout > 0 ? timeout : 60,
          rollback: all.rollback === true,
        });
      }}
    />
  );
}

function fieldsOfValues(values: FormValues): ParameterField[] {
  if (values.template_source === 'url') return [];
  const r = readTemplateParameters(text(values.template_data));
  return r.ok ? r.parameters : [];
}

/** The form's values with each parameter's default where the user has not typed one. */
function withDefaults(values: FormValues, fields: ParameterField[]): FormValues {
  const defaults = parameterDefaults(fields);
  const out: FormValues = { ...values };
  for (const [k, v] of Object.entries(defaults)) if (!(k in values)) out[k] = v;
  return out;
}
