// Admin → Flavors: the equivalent commands. Checked for real against the devcloud,
// with admin credentials, by flavors-equivalents.real.ts.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

const ADMIN_NOTE =
  "# Flavors belong to the whole cloud: Nova's policy lets only admins change them.";

/** What the Create Flavor form holds, as text ready to print (placeholders when invalid). */
export interface FlavorPreview {
  name: string;
  /** undefined: Nova generates a UUID ("auto"). */
  id?: string;
  vcpus: string;
  ram: string;
  disk: string;
  ephemeral: string;
  swap: string;
  rxtxFactor: string;
  isPublic: boolean;
}

export function createFlavorEquivalents(f: FlavorPreview): Equivalents {
  const resource = hotName(f.name, 'flavor');
  const cli = [
    'openstack flavor create',
    ...(f.id ? [`--id ${sh(f.id)}`] : []),
    `--vcpus ${f.vcpus} --ram ${f.ram} --disk ${f.disk}`,
    `--ephemeral ${f.ephemeral} --swap ${f.swap} --rxtx-factor ${f.rxtxFactor}`,
    `${f.isPublic ? '--public' : '--private'} ${sh(f.name)}`,
  ];
  return {
    cli: [ADMIN_NOTE, cli.join(' \\\n    ')].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      'flavor = conn.compute.create_flavor(',
      `    name=${py(f.name)},`,
      ...(f.id ? [`    id=${py(f.id)},`] : []),
      `    vcpus=${f.vcpus},`,
      `    ram=${f.ram},`,
      `    disk=${f.disk},`,
      `    ephemeral=${f.ephemeral},`,
      `    swap=${f.swap},`,
      `    rxtx_factor=${f.rxtxFactor},`,
      `    is_public=${f.isPublic ? 'True' : 'False'},`,
      ')',
      'print(flavor.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      ADMIN_NOTE,
      'resources:',
      `  ${resource}:`,
      '    type: OS::Nova::Flavor',
      '    properties:',
      `      name: ${yaml(f.name)}`,
      ...(f.id ? [`      flavorid: ${yaml(f.id)}`] : []),
      `      vcpus: ${f.vcpus}`,
      `      ram: ${f.ram}`,
      `      disk: ${f.disk}`,
      `      ephemeral: ${f.ephemeral}`,
      `      swap: ${f.swap}`,
      `      rxtx_factor: ${f.rxtxFactor}`,
      `      is_public: ${f.isPublic}`,
      '',
      'outputs:',
      '  flavor_id:',
      `    value: { get_resource: ${resource} }`,
    ].join('\n'),
  };
}

export function updateMetadataEquivalents(
  flavorId: string,
  set: Record<string, string>,
  unset: string[],
): Equivalents {
  const setEntries = Object.entries(set);
  const cli = [
    ...(setEntries.length
      ? [
          `openstack flavor set ${setEntries.map(([k, v]) => `--property ${sh(`${k}=${v}`)}`).join(' ')} ${sh(flavorId)}`,
        ]
      : []),
    ...(unset.length
      ? [
          `openstack flavor unset ${unset.map((k) => `--property ${sh(k)}`).join(' ')} ${sh(flavorId)}`,
        ]
      : []),
  ];
  const sdk = [
    ...SDK_CONNECT_LINES,
    `flavor = conn.compute.get_flavor(${py(flavorId)})`,
    ...(setEntries.length
      ? [
          'conn.compute.create_flavor_extra_specs(flavor, {',
          ...setEntries.map(([k, v]) => `    ${py(k)}: ${py(v)},`),
          '})',
        ]
      : []),
    ...unset.map((k) => `conn.compute.delete_flavor_extra_specs_property(flavor, ${py(k)})`),
  ];
  const all = { ...set };
  return {
    cli: cli.length ? cli.join('\n') : '# Nothing to change.',
    sdk: sdk.join('\n'),
    hot: [
      '# A flavor made by a stack takes its extra specs from its template:',
      '# set them in the OS::Nova::Flavor resource, then',
      '# openstack stack update --template <template.yaml> <stack>',
      '    type: OS::Nova::Flavor',
      '    properties:',
      ...(Object.keys(all).length
        ? [
            '      extra_specs:',
            ...Object.entries(all).map(([k, v]) => `        ${yaml(k)}: ${yaml(v)}`),
          ]
        : ['      extra_specs: {}']),
    ].join('\n'),
  };
}

export function modifyAccessEquivalents(
  flavorId: string,
  add: string[],
  remove: string[],
  after: string[],
): Equivalents {
  const cli = [
    ...add.map((p) => `openstack flavor set --project ${sh(p)} ${sh(flavorId)}`),
    ...remove.map((p) => `openstack flavor unset --project ${sh(p)} ${sh(flavorId)}`),
  ];
  return {
    cli: cli.length ? cli.join('\n') : '# Nothing to change.',
    sdk: [
      ...SDK_CONNECT_LINES,
      `flavor = conn.compute.get_flavor(${py(flavorId)})`,
      ...add.map((p) => `conn.compute.flavor_add_tenant_access(flavor, ${py(p)})`),
      ...remove.map((p) => `conn.compute.flavor_remove_tenant_access(flavor, ${py(p)})`),
    ].join('\n'),
    hot: [
      '# A private flavor made by a stack lists its projects in its template:',
      '    type: OS::Nova::Flavor',
      '    properties:',
      '      is_public: false',
      ...(after.length
        ? ['      tenants:', ...after.map((p) => `        - ${yaml(p)}`)]
        : ['      tenants: []']),
    ].join('\n'),
  };
}

export function deleteFlavorEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack flavor delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.compute.delete_flavor(${py(id)})`)].join(
      '\n',
    ),
    hot: [
      '# A flavor made by a stack goes away with it:',
      '# remove its OS::Nova::Flavor resource from the template, then',
      '# openstack stack update --template <template.yaml> <stack>',
    ].join('\n'),
  };
}
