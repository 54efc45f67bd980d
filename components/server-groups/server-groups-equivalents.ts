// Project → Server Groups: the equivalent commands. Checked for real against the
// devcloud by server-groups-equivalents.real.ts.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

/** The client defaults to compute 2.1: soft policies need 2.15, rules 2.64. */
function cliVersion(policy: string, maxPerHost?: number): string {
  if (maxPerHost !== undefined) return '--os-compute-api-version 2.64 ';
  return policy.startsWith('soft-') ? '--os-compute-api-version 2.15 ' : '';
}

export function createServerGroupEquivalents(
  name: string,
  policy: string,
  maxPerHost?: number,
): Equivalents {
  const rule = maxPerHost !== undefined ? `--rule max_server_per_host=${maxPerHost} ` : '';
  const resource = hotName(name, 'server_group');
  return {
    cli: `openstack ${cliVersion(policy, maxPerHost)}server group create --policy ${policy} ${rule}${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'group = conn.compute.create_server_group(',
      `    name=${py(name)},`,
      `    policy=${py(policy)},`,
      ...(maxPerHost !== undefined ? [`    rules={"max_server_per_host": ${maxPerHost}},`] : []),
      ')',
      'print(group.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Nova::ServerGroup',
      '    properties:',
      `      name: ${yaml(name)}`,
      `      policies: [${policy}]`,
      ...(maxPerHost !== undefined
        ? ['      rules:', `        max_server_per_host: ${maxPerHost}`]
        : []),
      '',
      'outputs:',
      '  server_group_id:',
      `    value: { get_resource: ${resource} }`,
    ].join('\n'),
  };
}

export function deleteServerGroupEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack server group delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.compute.delete_server_group(${py(id)})`),
    ].join('\n'),
    hot: [
      '# A server group made by a stack goes away with it:',
      '# remove its OS::Nova::ServerGroup resource from the template, then',
      '# openstack stack update --template <template.yaml> <stack>',
    ].join('\n'),
  };
}
