'use client';
// Launch Stack (Horizon's two steps): Select Template — File, Direct Input in
// the YAML editor, or URL, with an optional environment and a Validate button
// that asks Heat — then Launch Stack, a form generated from the template's
// parameters: read from the text, or, for a URL (which Heat fetches, not the
// browser), from Heat's template validate. api-ref: orchestration v1, "Create
// stack", "Validate template", "Preview stack".
import { useCallback, useMemo, useState } from 'react';
import { CodeEditorField } from '@/components/ui/code-editor-field';
import { FormField } from '@/components/ui/form-field';
import { Wizard, type WizardStep } from '@/components/ui/wizard';
import type { FieldValue, FormValues } from '@/lib/forms/types';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import {
  customConstraint,
  readTemplateParameters,
  yamlProblems,
  type ParameterField,
  type ParameterSection,
} from '@/lib/orchestration-template/parameters';
import type { LauncherProps } from '@/lib/resources/types';
import { ParameterSections, PreviewStack, UrlParameters } from './launch-parameters';
import {
  LAUNCH_DEFAULTS,
  launchInput,
  parameterDefaults,
  parameterValues,
  templateParameters,
  templateSourceInput,
} from './stack-inputs';
import { launchStackEquivalents } from './stacks-equivalents';
import { TemplateFile, ValidateTemplate } from './template-source-parts';
import { awaitingParameters, urlSourceOf, withUrlRefusal } from './url-source';
import { usePickers } from './use-pickers';
import { useUrlParameters } from './use-url-parameters';

const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');

const problemsOf = (t: string) => yamlProblems(t);

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
  const { readingOf, validate, ensure } = useUrlParameters(api);

  /** The template's parameters as known now: from its text, or Heat's answer for its URL. */
  const fieldsOf = useCallback(
    (values: FormValues): ParameterField[] => {
      if (values.template_source !== 'url') return templateParameters(text(values.template_data));
      const reading = readingOf(values);
      return reading?.state === 'ok' ? reading.parameters : [];
    },
    [readingOf],
  );

  const steps = useMemo((): WizardStep[] => {
    return [
      {
        id: 'template',
        title: 'Select Template',
        required: true,
        schema: templateSourceInput,
        // Heat's refusal of a URL stands at the Template URL field.
        schemaFor: (values) => withUrlRefusal(templateSourceInput, readingOf(values)),
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
            help: 'Heat fetches the template from this address; the next step asks it for the parameters.',
            visible: (v) => v.template_source === 'url',
          },
        ],
        render: (values, setValue, errors) => {
          const source = urlSourceOf(values);
          const env = text(values.environment_data);
          return (
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
              <ValidateTemplate
                // A URL's answer is kept for the next step, and its refusal shown at the field.
                check={() =>
                  source
                    ? validate(source)
                    : api.orchestration.validateTemplate({
                        ...(values.template_source === 'url'
                          ? { templateUrl: text(values.template_url).trim() }
                          : { template: text(values.template_data) }),
                        ...(env.trim() ? { environment: env } : {}),
                      })
                }
                refusalAt={source ? 'Template URL' : undefined}
              />
            </div>
          );
        },
      },
      {
        id: 'launch',
        title: 'Launch Stack',
        required: true,
        schema: launchInput([]),
        schemaFor: (values) =>
          values.template_source === 'url'
            ? awaitingParameters(launchInput(fieldsOf(values)), readingOf(values))
            : launchInput(fieldsOf(values)),
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
          const form = (read: { sections: ParameterSection[] }) => (
            <ParameterSections
              sections={read.sections}
              pickers={pickers}
              values={values}
              setValue={setValue}
              errors={errors}
            />
          );
          const r =
            values.template_source === 'url'
              ? null
              : readTemplateParameters(text(values.template_data));
          return (
            <div className="space-y-4">
              {values.template_source === 'url' ? (
                <UrlParameters
                  source={urlSourceOf(values)}
                  reading={readingOf(values)}
                  ensure={ensure}
                >
                  {form}
                </UrlParameters>
              ) : r && r.ok ? (
                form(r)
              ) : (
                <p className="text-sm text-bad-fg">Correct the template first.</p>
              )}
              <PreviewStack api={api} values={values} fields={fieldsOf(values)} />
            </div>
          );
        },
      },
    ];
  }, [api, pickers, readingOf, validate, ensure, fieldsOf]);

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
      // The generated fields' defaults are computed on read (`withDefaults`):
      // the wizard holds only what the user typed.
      steps={steps.map((s) => ({
        ...s,
        render: s.render
          ? (values, setValue, errors) => {
              const list = fieldsOf(values);
              const wanted = [
                ...new Set(list.map(customConstraint).filter((c): c is string => !!c)),
              ];
              if (wanted.join() !== constraints.join())
                queueMicrotask(() => setConstraints(wanted));
              return s.render!(withDefaults(values, list), setValue, errors);
            }
          : undefined,
        schemaFor: s.schemaFor
          ? (values) => s.schemaFor!(withDefaults(values, fieldsOf(values)))
          : undefined,
      }))}
      defaults={LAUNCH_DEFAULTS}
      submitLabel="Launch"
      onSubmit={(input) => submit(input)}
      equivalents={(values) => {
        const fields = fieldsOf(values);
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

/** The form's values with each parameter's default where the user has not typed one. */
function withDefaults(values: FormValues, fields: ParameterField[]): FormValues {
  const defaults = parameterDefaults(fields);
  const out: FormValues = { ...values };
  for (const [k, v] of Object.entries(defaults)) if (!(k in values)) out[k] = v;
  return out;
}
