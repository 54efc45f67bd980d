// Admin → Volume Types: the equivalent commands. Checked for real against the
// devcloud by volume-types-equivalents.real.ts.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

export function createVolumeTypeEquivalents(
  name: string,
  description: string,
  isPublic: boolean,
): Equivalents {
  const resource = hotName(name, 'volume_type');
  return {
    cli: `openstack volume type create ${description ? `--description ${sh(description)} ` : ''}${isPublic ? '--public' : '--private'} ${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'volume_type = conn.block_storage.create_type(',
      `    name=${py(name)},`,
      ...(description ? [`    description=${py(description)},`] : []),
      `    is_public=${isPublic ? 'True' : 'False'},`,
      ')',
      'print(volume_type.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Cinder::VolumeType',
      '    properties:',
      `      name: ${yaml(name)}`,
      ...(description ? [`      description: ${yaml(description)}`] : []),
      `      is_public: ${isPublic ? 'true' : 'false'}`,
      '',
      'outputs:',
      '  volume_type_id:',
      `    value: { get_resource: ${resource} }`,
    ].join('\n'),
  };
}

export function extraSpecsEquivalents(
  id: string,
  set: Record<string, string>,
  unset: string[],
  /** All the specs after the change: a stack's template lists them all. */
  after: Record<string, string>,
): Equivalents {
  const setEntries = Object.entries(set);
  const cli = [
    ...(setEntries.length
      ? [
          `openstack volume type set ${setEntries.map(([k, v]) => `--property ${sh(`${k}=${v}`)}`).join(' ')} ${sh(id)}`,
        ]
      : []),
    ...(unset.length
      ? [
          `openstack volume type unset ${unset.map((k) => `--property ${sh(k)}`).join(' ')} ${sh(id)}`,
        ]
      : []),
  ];
  const sdk = [
    ...(setEntries.length
      ? [
          `conn.block_storage.update_type_extra_specs(${py(id)}, **{${setEntries.map(([k, v]) => `${py(k)}: ${py(v)}`).join(', ')}})`,
        ]
      : []),
    ...(unset.length
      ? [`conn.block_storage.delete_type_extra_specs(${py(id)}, [${unset.map(py).join(', ')}])`]
      : []),
  ];
  return {
    cli: cli.length ? cli.join('\n') : '# Nothing to change.',
    sdk: [...SDK_CONNECT_LINES, ...(sdk.length ? sdk : ['# Nothing to change.'])].join('\n'),
    hot: [
      '# In a stack, the extra specs are the metadata of its OS::Cinder::VolumeType:',
      '#     properties:',
      `#       metadata:${Object.keys(after).length ? '' : ' {}'}`,
      ...Object.entries(after).map(([k, v]) => `#         ${yaml(k)}: ${yaml(v)}`),
      '# then: openstack stack update --template <template.yaml> <stack>',
    ].join('\n'),
  };
}

export function deleteVolumeTypeEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack volume type delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.block_storage.delete_type(${py(id)})`),
    ].join('\n'),
    hot: [
      '# A volume type made by a stack goes away with it:',
      '# remove its OS::Cinder::VolumeType resource from the template, then',
      '# openstack stack update --template <template.yaml> <stack>',
    ].join('\n'),
  };
}
