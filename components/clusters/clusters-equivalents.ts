// What the Clusters actions do, as the openstack CLI (python-magnumclient's
// `coe` commands), openstacksdk and Heat (OS::Magnum::Cluster).
import {
  cliOptions,
  hotProperties,
  notInHot,
  sdkArguments,
  type EquivalentField,
  type Refs,
} from '@/lib/equivalents/field-table';
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import type { CreateClusterInput } from '@/lib/openstack/container-infra/clusters';

const MAGNUM = 'conn.container_infrastructure_management';
const noHot = (what: string) =>
  `# Heat has no resource for ${what}; run the CLI or SDK lines against the cluster.`;

type C = CreateClusterInput;

/** The cluster's fields after its name and template, in the order the snippets list them. */
const FIELDS: EquivalentField<C>[] = [
  { value: (c) => c.keypair, cli: '--keypair', sdk: 'keypair', hot: 'keypair' },
  { value: (c) => c.masterCount, cli: '--master-count', sdk: 'master_count', hot: 'master_count' },
  { value: (c) => c.nodeCount, cli: '--node-count', sdk: 'node_count', hot: 'node_count' },
  // Heat's OS::Magnum::Cluster has none of the properties below: notInHot() names them.
  {
    value: (c) => c.masterLbEnabled,
    cli: { on: '--master-lb-enabled', off: '--master-lb-disabled' },
    sdk: 'master_lb_enabled',
  },
  { value: (c) => c.fixedNetwork, cli: '--fixed-network', sdk: 'fixed_network', named: true },
  { value: (c) => c.fixedSubnet, cli: '--fixed-subnet', sdk: 'fixed_subnet', named: true },
  {
    value: (c) => c.floatingIpEnabled,
    cli: { on: '--floating-ip-enabled', off: '--floating-ip-disabled' },
    sdk: 'floating_ip_enabled',
  },
  { value: (c) => c.labels, cli: '--labels', sdk: 'labels' },
  {
    value: (c) => (c.labels && c.mergeLabels ? true : undefined),
    cli: { on: '--merge-labels' },
    sdk: 'merge_labels',
  },
];

export function createClusterEquivalents(
  c: C,
  templateName?: string,
  refs: Refs = {},
): Equivalents {
  const template = templateName ?? c.clusterTemplateId;
  const cli = [
    `openstack coe cluster create ${sh(c.name)}`,
    `  --cluster-template ${sh(template)}`,
    ...cliOptions(FIELDS, c, refs),
  ];
  const sdk = [
    ...SDK_CONNECT_LINES,
    "# openstacksdk's cloud layer sends Magnum's own attribute names.",
    'cluster = conn.create_coe_cluster(',
    `    ${py(c.name)},`,
    `    cluster_template_id=${py(c.clusterTemplateId)},`,
    ...sdkArguments(FIELDS, c).map((a) => `    ${a},`),
    ')',
    'print(cluster["id"])',
  ].join('\n');
  const missing = notInHot(FIELDS, c);
  const hot = [
    HOT_VERSION,
    'resources:',
    `  ${hotName(c.name, 'cluster')}:`,
    '    type: OS::Magnum::Cluster',
    '    properties:',
    `      name: ${yaml(c.name)}`,
    `      cluster_template: ${yaml(template)}`,
    ...hotProperties(FIELDS, c, refs),
    ...(missing.length
      ? [
          `# Heat's OS::Magnum::Cluster cannot set ${missing.join(', ')}:`,
          '# give them to the OS::Magnum::ClusterTemplate, or use the CLI or SDK.',
        ]
      : []),
  ].join('\n');
  return { cli: cli.join(' \\\n'), sdk, hot };
}

export function deleteClusterEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack coe cluster delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.delete_coe_cluster(${py(id)})`)].join(
      '\n',
    ),
    hot: [
      '# Remove the OS::Magnum::Cluster resource from its stack and update it,',
      '# or delete the whole stack:',
      'openstack stack delete <stack>',
    ].join('\n'),
  };
}

export function resizeClusterEquivalents(id: string, nodeCount: string): Equivalents {
  return {
    cli: `openstack coe cluster resize ${sh(id)} ${sh(nodeCount)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      '# The SDK has no resize call; its proxy sends the action itself.',
      `${MAGNUM}.post(`,
      `    ${py(`/clusters/${id}/actions/resize`)},`,
      `    json={"node_count": ${/^\d+$/.test(nodeCount) ? nodeCount : 'None'}},`,
      '    microversion="1.7",',
      ')',
    ].join('\n'),
    hot: [
      '# In the stack that made the cluster, set node_count and update it:',
      `#   node_count: ${nodeCount}`,
      'openstack stack update --existing -t template.yaml <stack>',
    ].join('\n'),
  };
}

export function upgradeClusterEquivalents(id: string, template: string): Equivalents {
  return {
    cli: `openstack coe cluster upgrade ${sh(id)} ${sh(template)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      '# The SDK has no upgrade call; its proxy sends the action itself.',
      `${MAGNUM}.post(`,
      `    ${py(`/clusters/${id}/actions/upgrade`)},`,
      `    json={"cluster_template": ${py(template)}},`,
      '    microversion="1.8",',
      ')',
    ].join('\n'),
    hot: noHot('upgrading a cluster'),
  };
}

export function showCaEquivalents(id: string): Equivalents {
  return {
    cli: `openstack coe ca show ${sh(id)}`,
    sdk: [...SDK_CONNECT_LINES, `print(conn.get_coe_cluster_certificate(${py(id)})["pem"])`].join(
      '\n',
    ),
    hot: noHot("a cluster's CA"),
  };
}

export function signCsrEquivalents(id: string): Equivalents {
  return {
    cli: `openstack coe ca sign ${sh(id)} client.csr > client.crt`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `cert = conn.sign_coe_cluster_certificate(${py(id)}, open("client.csr").read())`,
      'open("client.crt", "w").write(cert["pem"])',
    ].join('\n'),
    hot: noHot('signing certificates'),
  };
}

export function rotateCaEquivalents(ids: string[]): Equivalents {
  return {
    cli: ids.map((id) => `openstack coe ca rotate ${sh(id)}`).join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      '# The SDK has no rotate call; its proxy sends the PATCH itself.',
      ...ids.map((id) => `${MAGNUM}.patch(${py(`/certificates/${id}`)}, microversion="1.5")`),
    ].join('\n'),
    hot: noHot('rotating a CA'),
  };
}

export function clusterConfigEquivalents(id: string): Equivalents {
  return {
    cli: [
      '# Writes ./config (and the key and certificates) for kubectl:',
      `openstack coe cluster config ${sh(id)} --dir .`,
      'export KUBECONFIG=$PWD/config',
      'kubectl get nodes',
    ].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      '# The SDK has no config call: make a key and CSR, have the CA sign it, write a kubeconfig.',
      `cluster = conn.get_coe_cluster(${py(id)})`,
      'ca = conn.get_coe_cluster_certificate(cluster["id"])["pem"]',
      'cert = conn.sign_coe_cluster_certificate(cluster["id"], open("client.csr").read())["pem"]',
      'print(cluster["api_address"])',
    ].join('\n'),
    hot: noHot('a kubeconfig'),
  };
}
