// What Create/Update/Delete Cluster Template do, as the openstack CLI
// (python-magnumclient's `coe` commands), openstacksdk and Heat (OS::Magnum::ClusterTemplate).
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import type { CreateClusterTemplateInput } from '@/lib/openstack/container-infra/cluster-templates';

/** Names the CLI takes for ids (image, flavor, network) where the form knows them. */
export type TemplateRefs = Record<string, string>;

const ref = (refs: TemplateRefs, id: string) => refs[id] ?? id;

function labelsText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

export function createTemplateEquivalents(
  t: CreateClusterTemplateInput,
  refs: TemplateRefs = {},
): Equivalents {
  const cli: string[] = [`openstack coe cluster template create ${sh(t.name)}`];
  const opt = (flag: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') cli.push(`  ${flag} ${sh(String(value))}`);
  };
  opt('--coe', t.coe);
  opt('--image', ref(refs, t.imageId));
  opt('--keypair', t.keypairId);
  opt('--flavor', t.flavorId && ref(refs, t.flavorId));
  opt('--master-flavor', t.masterFlavorId && ref(refs, t.masterFlavorId));
  opt('--docker-volume-size', t.dockerVolumeSize);
  opt('--volume-driver', t.volumeDriver);
  opt('--network-driver', t.networkDriver);
  opt('--external-network', t.externalNetworkId && ref(refs, t.externalNetworkId));
  opt('--fixed-network', t.fixedNetwork && ref(refs, t.fixedNetwork));
  opt('--fixed-subnet', t.fixedSubnet && ref(refs, t.fixedSubnet));
  opt('--dns-nameserver', t.dnsNameserver);
  if (t.floatingIpEnabled === false) cli.push('  --floating-ip-disabled');
  if (t.masterLbEnabled) cli.push('  --master-lb-enabled');
  for (const [k, v] of Object.entries(t.labels ?? {})) cli.push(`  --labels ${sh(`${k}=${v}`)}`);
  if (t.isPublic) cli.push('  --public');
  if (t.hidden) cli.push('  --hidden');

  const attrs: [string, string][] = [
    ['image_id', py(t.imageId)],
    ['coe', py(t.coe)],
  ];
  const pyOpt = (key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === '') return;
    const text =
      typeof value === 'string'
        ? py(value)
        : typeof value === 'boolean'
          ? value
            ? 'True'
            : 'False'
          : String(value);
    attrs.push([key, text]);
  };
  pyOpt('keypair_id', t.keypairId);
  pyOpt('flavor_id', t.flavorId);
  pyOpt('master_flavor_id', t.masterFlavorId);
  pyOpt('docker_volume_size', t.dockerVolumeSize);
  pyOpt('volume_driver', t.volumeDriver);
  pyOpt('network_driver', t.networkDriver);
  pyOpt('external_network_id', t.externalNetworkId);
  pyOpt('fixed_network', t.fixedNetwork);
  pyOpt('fixed_subnet', t.fixedSubnet);
  pyOpt('dns_nameserver', t.dnsNameserver);
  pyOpt('floating_ip_enabled', t.floatingIpEnabled);
  pyOpt('master_lb_enabled', t.masterLbEnabled);
  if (t.labels && Object.keys(t.labels).length) attrs.push(['labels', JSON.stringify(t.labels)]);
  pyOpt('public', t.isPublic);
  pyOpt('hidden', t.hidden);
  const sdk = [
    ...SDK_CONNECT_LINES,
    "# openstacksdk's cloud layer sends Magnum's own attribute names.",
    'template = conn.create_coe_cluster_template(',
    `    ${py(t.name)},`,
    ...attrs.map(([k, v]) => `    ${k}=${v},`),
    ')',
    'print(template["id"])',
  ].join('\n');

  const props: string[] = [
    `      name: ${yaml(t.name)}`,
    `      coe: ${yaml(t.coe)}`,
    // Heat's default is devicemapper, which Magnum refuses without a docker volume;
    // Heat's resource allows only devicemapper and overlay.
    '      docker_storage_driver: overlay',
  ];
  const hotOpt = (key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === '') return;
    props.push(`      ${key}: ${typeof value === 'string' ? yaml(value) : String(value)}`);
  };
  hotOpt('image', ref(refs, t.imageId));
  hotOpt('keypair', t.keypairId);
  hotOpt('flavor', t.flavorId && ref(refs, t.flavorId));
  hotOpt('master_flavor', t.masterFlavorId && ref(refs, t.masterFlavorId));
  hotOpt('docker_volume_size', t.dockerVolumeSize);
  hotOpt('volume_driver', t.volumeDriver);
  hotOpt('network_driver', t.networkDriver);
  hotOpt('external_network', t.externalNetworkId && ref(refs, t.externalNetworkId));
  hotOpt('fixed_network', t.fixedNetwork && ref(refs, t.fixedNetwork));
  hotOpt('fixed_subnet', t.fixedSubnet && ref(refs, t.fixedSubnet));
  hotOpt('dns_nameserver', t.dnsNameserver);
  hotOpt('floating_ip_enabled', t.floatingIpEnabled);
  hotOpt('master_lb_enabled', t.masterLbEnabled);
  if (t.labels && Object.keys(t.labels).length) {
    props.push('      labels:');
    for (const [k, v] of Object.entries(t.labels)) props.push(`        ${yaml(k)}: ${yaml(v)}`);
  }
  hotOpt('public', t.isPublic);
  const hot = [
    HOT_VERSION,
    'resources:',
    `  ${hotName(t.name, 'cluster_template')}:`,
    '    type: OS::Magnum::ClusterTemplate',
    '    properties:',
    ...props,
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
