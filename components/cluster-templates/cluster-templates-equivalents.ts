// What Create/Update/Delete Cluster Template do, as the openstack CLI
// (python-magnumclient's `coe` commands), openstacksdk and Heat (OS::Magnum::ClusterTemplate).
import {
  cliOptions,
  hotProperties,
  sdkArguments,
  type EquivalentField,
  type Refs,
} from '@/lib/equivalents/field-table';
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import type { CreateClusterTemplateInput } from '@/lib/openstack/container-infra/cluster-templates';

/** Names the CLI takes for ids (image, flavor, network) where the form knows them. */
export type TemplateRefs = Refs;

function labelsText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

type T = CreateClusterTemplateInput;

const COE: EquivalentField<T> = { value: (t) => t.coe, cli: '--coe', sdk: 'coe', hot: 'coe' };
const IMAGE: EquivalentField<T> = {
  value: (t) => t.imageId,
  cli: '--image',
  sdk: 'image_id',
  hot: 'image',
  named: true,
};

/** The template's fields after its name, in the order the snippets list them. */
const FIELDS: EquivalentField<T>[] = [
  COE,
  // Heat's default is devicemapper, which Magnum refuses without a docker volume;
  // Heat's resource allows only devicemapper and overlay.
  { value: () => 'overlay', hot: 'docker_storage_driver' },
  IMAGE,
  { value: (t) => t.keypairId, cli: '--keypair', sdk: 'keypair_id', hot: 'keypair' },
  { value: (t) => t.flavorId, cli: '--flavor', sdk: 'flavor_id', hot: 'flavor', named: true },
  {
    value: (t) => t.masterFlavorId,
    cli: '--master-flavor',
    sdk: 'master_flavor_id',
    hot: 'master_flavor',
    named: true,
  },
  {
    value: (t) => t.dockerVolumeSize,
    cli: '--docker-volume-size',
    sdk: 'docker_volume_size',
    hot: 'docker_volume_size',
  },
  {
    value: (t) => t.volumeDriver,
    cli: '--volume-driver',
    sdk: 'volume_driver',
    hot: 'volume_driver',
  },
  {
    value: (t) => t.networkDriver,
    cli: '--network-driver',
    sdk: 'network_driver',
    hot: 'network_driver',
  },
  {
    value: (t) => t.externalNetworkId,
    cli: '--external-network',
    sdk: 'external_network_id',
    hot: 'external_network',
    named: true,
  },
  {
    value: (t) => t.fixedNetwork,
    cli: '--fixed-network',
    sdk: 'fixed_network',
    hot: 'fixed_network',
    named: true,
  },
  {
    value: (t) => t.fixedSubnet,
    cli: '--fixed-subnet',
    sdk: 'fixed_subnet',
    hot: 'fixed_subnet',
    named: true,
  },
  {
    value: (t) => t.dnsNameserver,
    cli: '--dns-nameserver',
    sdk: 'dns_nameserver',
    hot: 'dns_nameserver',
  },
  {
    value: (t) => t.floatingIpEnabled,
    cli: { off: '--floating-ip-disabled' },
    sdk: 'floating_ip_enabled',
    hot: 'floating_ip_enabled',
  },
  {
    value: (t) => t.masterLbEnabled,
    cli: { on: '--master-lb-enabled' },
    sdk: 'master_lb_enabled',
    hot: 'master_lb_enabled',
  },
  { value: (t) => t.labels, cli: '--labels', sdk: 'labels', hot: 'labels' },
  { value: (t) => t.isPublic, cli: { on: '--public' }, sdk: 'public', hot: 'public' },
  // Heat's OS::Magnum::ClusterTemplate has no hidden property.
  { value: (t) => t.hidden, cli: { on: '--hidden' }, sdk: 'hidden' },
];

/** openstacksdk's call reads best with the image and engine first. */
const SDK_FIELDS = [IMAGE, COE, ...FIELDS.filter((f) => f !== IMAGE && f !== COE)];

export function createTemplateEquivalents(t: T, refs: TemplateRefs = {}): Equivalents {
  const cli = [
    `openstack coe cluster template create ${sh(t.name)}`,
    ...cliOptions(FIELDS, t, refs),
  ];
  const sdk = [
    ...SDK_CONNECT_LINES,
    "# openstacksdk's cloud layer sends Magnum's own attribute names.",
    'template = conn.create_coe_cluster_template(',
    `    ${py(t.name)},`,
    ...sdkArguments(SDK_FIELDS, t).map((a) => `    ${a},`),
    ')',
    'print(template["id"])',
  ].join('\n');
  const hot = [
    HOT_VERSION,
    'resources:',
    `  ${hotName(t.name, 'cluster_template')}:`,
    '    type: OS::Magnum::ClusterTemplate',
    '    properties:',
    `      name: ${yaml(t.name)}`,
    ...hotProperties(FIELDS, t, refs),
  ].join('\n');
  return { cli: cli.join(' \\\n'), sdk, hot };
}

export function updateTemplateEquivalents(
  id: string,
  name: string,
  labels: Record<string, string>,
): Equivalents {
  const cli = [
    `openstack coe cluster template update ${sh(id)} replace name=${sh(name)}`,
    Object.keys(labels).length
      ? `openstack coe cluster template update ${sh(id)} replace ${sh(`labels=${labelsText(labels)}`)}`
      : `openstack coe cluster template update ${sh(id)} remove labels`,
  ].join('\n');
  const sdk = [
    ...SDK_CONNECT_LINES,
    '# Magnum takes patch values as text: the labels go as JSON.',
    'conn.update_coe_cluster_template(',
    `    ${py(id)},`,
    '    "replace",',
    `    name=${py(name)},`,
    `    labels=${py(JSON.stringify(labels))},`,
    ')',
  ].join('\n');
  const hot = [
    '# In the stack that made the template, change its properties and update the stack:',
    '#   name: ' + yaml(name),
    ...(Object.keys(labels).length ? [`#   labels: {${labelsText(labels)}}`] : []),
    `openstack stack update --existing -t template.yaml <stack>`,
  ].join('\n');
  return { cli, sdk, hot };
}

export function deleteTemplateEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack coe cluster template delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.delete_coe_cluster_template(${py(id)})`),
    ].join('\n'),
    hot: [
      '# Remove the OS::Magnum::ClusterTemplate resource from its stack and update it,',
      '# or delete the whole stack:',
      'openstack stack delete <stack>',
    ].join('\n'),
  };
}
