// The CLI, openstacksdk and Heat text of the Stacks panel's actions.
import { SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

export interface LaunchStackDraft {
  name: string;
  /** The template text, or its URL. */
  template: string;
  templateUrl?: string;
  hasEnvironment: boolean;
  parameters: Record<string, string>;
  timeoutMins: number;
  rollback: boolean;
}

export function launchStackEquivalents(d: LaunchStackDraft): Equivalents {
  const name = d.name || '<stack name>';
  const source = d.templateUrl ? d.templateUrl : 'template.yaml';
  const cli = [
    `openstack stack create -t ${sh(source)}`,
    ...(d.hasEnvironment ? ['-e environment.yaml'] : []),
    ...Object.entries(d.parameters).map(([k, v]) => `--parameter ${sh(`${k}=${v}`)}`),
    `--timeout ${d.timeoutMins}`,
    ...(d.rollback ? ['--enable-rollback'] : []),
    '--wait',
    sh(name),
  ].join(' \\\n  ');
  const params = Object.entries(d.parameters).map(([k, v]) => `        ${py(k)}: ${py(v)},`);
  const sdk = [
    ...SDK_CONNECT_LINES,
    '',
    'stack = conn.create_stack(',
    `    ${py(name)},`,
    `    template_${d.templateUrl ? 'url' : 'file'}=${py(source)},`,
    ...(d.hasEnvironment ? ['    environment_files=["environment.yaml"],'] : []),
    `    rollback=${d.rollback ? 'True' : 'False'},`,
    `    timeout=${d.timeoutMins * 60},`,
    '    wait=True,',
    ...(params.length ? ['    **{', ...params, '    },'] : []),
    ')',
  ].join('\n');
  const hot = d.templateUrl
    ? `# The template is read from ${d.templateUrl}`
    : d.template || '# The template (template.yaml) goes here.';
  return { cli, sdk, hot };
}

export function deleteStackEquivalents(names: string[]): Equivalents {
  return {
    cli: `openstack stack delete --yes --wait ${names.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      '',
      ...names.map((n) => `conn.delete_stack(${py(n)}, wait=True)`),
    ].join('\n'),
    hot: '# Deleting a stack deletes every resource it made, in reverse dependency order.',
  };
}

const SDK_ACTION: Record<'suspend' | 'resume' | 'check', string> = {
  suspend: 'suspend_stack',
  resume: 'resume_stack',
  check: 'check_stack',
};

export function stackActionEquivalents(
  action: 'suspend' | 'resume' | 'check',
  names: string[],
): Equivalents {
  return {
    cli: `openstack stack ${action} --wait ${names.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      '',
      ...names.flatMap((n) => [
        `stack = conn.orchestration.find_stack(${py(n)})`,
        `conn.orchestration.${SDK_ACTION[action]}(stack)`,
      ]),
    ].join('\n'),
    hot: `# ${action[0]!.toUpperCase()}${action.slice(1)} acts on a stack; a template does not describe it.`,
  };
}

export function changeTemplateEquivalents(name: string, template: string): Equivalents {
  return {
    cli: [
      `openstack stack update --existing -t template.yaml --dry-run ${sh(name)}`,
      `openstack stack update --existing -t template.yaml --wait ${sh(name)}`,
    ].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      '',
      `conn.update_stack(${py(name)}, template_file="template.yaml", wait=True)`,
    ].join('\n'),
    hot: template || '# The new template (template.yaml) goes here.',
  };
}
