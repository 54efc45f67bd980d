// The bodies of stack create, preview and update (api-ref orchestration v1, "Stacks").

/** A template as text (YAML or JSON, Heat parses both) or already parsed. */
export type TemplateInput = string | Record<string, unknown>;

export interface StackSource {
  /** The template itself; or `templateUrl`. */
  template?: TemplateInput;
  templateUrl?: string;
  /** Files get_file and the environment refer to, by name. */
  files?: Record<string, string>;
  /** An environment as text (YAML) or parsed. */
  environment?: TemplateInput;
  parameters?: Record<string, unknown>;
}

export interface CreateStackInput extends StackSource {
  name: string;
  /** Minutes before Heat fails the stack. */
  timeoutMins?: number;
  /** Keep what was made when create fails (Heat's default true). */
  disableRollback?: boolean;
  tags?: string[];
}

export interface UpdateStackInput extends StackSource {
  timeoutMins?: number;
  disableRollback?: boolean;
  tags?: string[];
  /** PATCH only: parameters to reset to their defaults. */
  clearParameters?: string[];
}

function compact(pairs: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined));
}

function sourcePairs(input: StackSource): [string, unknown][] {
  return [
    ['template', input.template],
    ['template_url', input.templateUrl],
    ['files', input.files],
    ['environment', input.environment],
    ['parameters', input.parameters],
  ];
}

export function createStackBody(input: CreateStackInput): Record<string, unknown> {
  if (input.template === undefined && !input.templateUrl)
    throw new Error('A template or a template URL is required.');
  return compact([
    ['stack_name', input.name],
    ...sourcePairs(input),
    ['timeout_mins', input.timeoutMins],
    ['disable_rollback', input.disableRollback],
    ['tags', input.tags?.length ? input.tags.join(',') : undefined],
  ]);
}

/** PUT replaces the template (one is required); PATCH keeps what is left out. */
export function updateStackBody(
  input: UpdateStackInput,
  mode: 'replace' | 'patch',
): Record<string, unknown> {
  if (mode === 'replace' && input.template === undefined && !input.templateUrl)
    throw new Error('A template or a template URL is required.');
  return compact([
    ...sourcePairs(input),
    ['timeout_mins', input.timeoutMins],
    ['disable_rollback', input.disableRollback],
    ['tags', input.tags ? input.tags.join(',') : undefined],
    ['clear_parameters', mode === 'patch' ? input.clearParameters : undefined],
  ]);
}
