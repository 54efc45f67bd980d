// The Clusters row actions beyond Delete: Resize, Upgrade and the certificate
// actions. api-ref: container-infra v1, "Manage Cluster" and "Manage certificates".
import { z } from 'zod';
import { formText } from '@/lib/forms/text';
import type { Cluster, ClusterSummary } from '@/lib/openstack/container-infra/cluster-schemas';
import { isClusterBusy } from '@/lib/openstack/container-infra/cluster-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { resizeInput, signCertificateInput, upgradeInput } from './cluster-inputs';
import {
  clusterConfigEquivalents,
  resizeClusterEquivalents,
  rotateCaEquivalents,
  showCaEquivalents,
  signCsrEquivalents,
  upgradeClusterEquivalents,
} from './clusters-equivalents';
import { fetchKubeconfig } from './kubeconfig';
import { PemResult, type TextResult } from './pem-result';
import { instancesLeft } from './use-cluster-choices';

export const clusterName = (c: ClusterSummary): string => c.name ?? c.uuid;
const first = (rows: ClusterSummary[]) => rows[0]!;

/** Magnum refuses actions on a cluster that is still changing or failed to create. */
function settled(c: ClusterSummary) {
  if (isClusterBusy(c.status)) return `The cluster is ${c.status}; wait until it settles.`;
  if (c.status === 'CREATE_FAILED') return 'The cluster failed to create; delete it and try again.';
  return true as const;
}

function ready(c: ClusterSummary) {
  const s = settled(c);
  if (s !== true) return s;
  return c.status.endsWith('_COMPLETE') ? (true as const) : `The cluster is ${c.status}.`;
}

const noFields = z.object({});
const result = (r: unknown, close: () => void) => (
  <PemResult result={r as TextResult} close={close} />
);

export const resizeCluster: RowAction<ClusterSummary> = formRowAction({
  id: 'resize',
  label: 'Resize Cluster',
  allowed: settled,
  form: async ({ api }, c) => {
    const limits = await api.compute.getLimits().catch(() => undefined);
    return {
      title: 'Resize Cluster',
      submitLabel: 'Resize',
      description: `Sets the number of worker nodes. Magnum adds or removes Nova servers through Heat; the cluster is UPDATE_IN_PROGRESS meanwhile. It has ${c.node_count} now.`,
      schema: resizeInput({ instancesLeft: instancesLeft(limits) }, c.node_count),
      defaults: { node_count: String(c.node_count) },
      fields: [{ name: 'node_count', label: 'Node Count', kind: 'number', required: true }],
    };
  },
  run: ({ api }, c, input) =>
    api.containerInfra.resizeCluster(c.uuid, { nodeCount: Number(input.node_count) }),
  success: (rows, input) =>
    `Resizing cluster "${clusterName(first(rows))}" to ${input.node_count} nodes.`,
  failure: (c) => `Unable to resize cluster "${clusterName(c)}"`,
  equivalents: (rows, values) =>
    resizeClusterEquivalents(first(rows).uuid, formText(values, 'node_count', '<count>')),
});

export const upgradeCluster: RowAction<ClusterSummary> = formRowAction({
  id: 'upgrade',
  label: 'Upgrade Cluster',
  allowed: settled,
  form: async ({ api }, c) => {
    const templates = await api.containerInfra.listClusterTemplates();
    const others = templates.filter((t) => t.uuid !== c.cluster_template_id);
    return {
      title: 'Upgrade Cluster',
      submitLabel: 'Upgrade',
      description:
        'Moves the cluster to another template of the same engine (a newer kube_tag, another image). Magnum upgrades the nodes in batches.',
      schema: upgradeInput,
      defaults: { cluster_template: '' },
      fields: [
        {
          name: 'cluster_template',
          label: 'New Cluster Template',
          kind: 'select',
          required: true,
          options: [
            {
              value: '',
              label: others.length ? 'Select a cluster template' : 'No other cluster template',
            },
            ...others.map((t) => ({ value: t.uuid, label: t.name ?? t.uuid })),
          ],
        },
      ],
    };
  },
  run: ({ api }, c, input) =>
    api.containerInfra.upgradeCluster(c.uuid, { clusterTemplate: input.cluster_template }),
  success: (rows) => `Upgrading cluster "${clusterName(first(rows))}".`,
  failure: (c) => `Unable to upgrade cluster "${clusterName(c)}"`,
  equivalents: (rows, values) =>
    upgradeClusterEquivalents(first(rows).uuid, formText(values, 'cluster_template', '<template>')),
});

export const showCertificate: RowAction<ClusterSummary> = formRowAction({
  id: 'show-ca',
  label: 'Show Certificate',
  allowed: ready,
  form: () => ({
    title: 'Show Certificate',
    submitLabel: 'Show Certificate',
    description:
      "The cluster's certificate authority (CA). kubectl and other clients trust the cluster's API server through it.",
    schema: noFields,
    defaults: {},
    fields: [],
  }),
  run: async ({ api }, c): Promise<TextResult> => ({
    title: `CA certificate of ${clusterName(c)}`,
    text: await api.containerInfra.getClusterCa(c.uuid),
    fileName: 'ca.pem',
  }),
  renderResult: result,
  success: (rows) => `Shown the CA of cluster "${clusterName(first(rows))}".`,
  failure: (c) => `Unable to show the certificate of cluster "${clusterName(c)}"`,
  equivalents: (rows) => showCaEquivalents(first(rows).uuid),
});

export const signCertificate: RowAction<ClusterSummary> = formRowAction({
  id: 'sign',
  label: 'Sign Certificate',
  allowed: ready,
  form: () => ({
    title: 'Sign Certificate',
    submitLabel: 'Sign',
    description:
      "Paste a certificate signing request (for example from openssl req -new); the cluster's CA signs it and the certificate is shown to copy or download.",
    schema: signCertificateInput,
    defaults: { csr: '' },
    fields: [
      {
        name: 'csr',
        label: 'Certificate Signing Request (CSR)',
        kind: 'textarea',
        rows: 10,
        monospace: true,
        required: true,
      },
    ],
  }),
  run: async ({ api }, c, input): Promise<TextResult> => ({
    title: 'Signed certificate',
    text: await api.containerInfra.signCertificate(c.uuid, input.csr),
    fileName: 'client.crt',
  }),
  renderResult: result,
  success: (rows) => `Signed a certificate with the CA of cluster "${clusterName(first(rows))}".`,
  failure: (c) => `Unable to sign a certificate for cluster "${clusterName(c)}"`,
  equivalents: (rows) => signCsrEquivalents(first(rows).uuid),
});

export const rotateCertificate: RowAction<ClusterSummary> = {
  id: 'rotate',
  label: 'Rotate Certificate',
  danger: true,
  allowed: ready,
  confirm: {
    title: 'Confirm Rotate Certificate',
    confirmLabel: 'Rotate Certificate',
    body: () =>
      'Magnum makes a new CA for the cluster. Certificates signed by the old one (and kubeconfigs made with them) stop working.',
  },
  run: ({ api }, c) => api.containerInfra.rotateClusterCa(c.uuid),
  success: (rows) => `Rotated the CA of cluster "${rows.map(clusterName).join(', ')}".`,
  failure: (c) => `Unable to rotate the certificate of cluster "${clusterName(c)}"`,
  equivalents: (rows) => rotateCaEquivalents(rows.map((c) => c.uuid)),
};

export const getClusterConfig: RowAction<ClusterSummary> = formRowAction({
  id: 'config',
  label: 'Get Cluster Config',
  allowed: ready,
  form: () => ({
    title: 'Get Cluster Config',
    submitLabel: 'Get Cluster Config',
    description:
      "Your browser makes a private key and a certificate request; the cluster's CA signs it, and a kubeconfig with the API address, the CA and your key is saved. The key is not sent anywhere.",
    schema: noFields,
    defaults: {},
    fields: [],
  }),
  run: async ({ api }, c): Promise<TextResult> => {
    const full: Cluster = await api.containerInfra.getCluster(c.uuid);
    return {
      title: `Kubeconfig for ${clusterName(c)}`,
      text: await fetchKubeconfig(api, full),
      fileName: 'config',
      secret: true,
    };
  },
  renderResult: result,
  success: (rows) => `Made a kubeconfig for cluster "${clusterName(first(rows))}".`,
  failure: (c) => `Unable to get the config of cluster "${clusterName(c)}"`,
  equivalents: (rows) => clusterConfigEquivalents(first(rows).uuid),
});
