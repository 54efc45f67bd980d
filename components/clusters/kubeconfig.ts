// A kubeconfig for a Magnum cluster, as `openstack coe cluster config` writes
// one: the API address, the cluster's CA, and a client certificate its CA signed.
import type { Api } from '@/lib/openstack/api';
import type { Cluster } from '@/lib/openstack/container-infra/cluster-schemas';
import { makeClientCsr } from './client-csr';

const b64 = (text: string) => btoa(unescape(encodeURIComponent(text)));
const quoted = (s: string) => JSON.stringify(s);

export function kubeconfigText(input: {
  clusterName: string;
  server: string;
  caPem: string;
  certPem: string;
  keyPem: string;
}): string {
  const user = 'admin';
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${b64(input.caPem)}`,
    `    server: ${quoted(input.server)}`,
    `  name: ${quoted(input.clusterName)}`,
    'contexts:',
    '- context:',
    `    cluster: ${quoted(input.clusterName)}`,
    `    user: ${user}`,
    '  name: default',
    'current-context: default',
    'users:',
    `- name: ${user}`,
    '  user:',
    `    client-certificate-data: ${b64(input.certPem)}`,
    `    client-key-data: ${b64(input.keyPem)}`,
    '',
  ].join('\n');
}

/** Makes a key in the browser, has the cluster's CA sign its CSR, and returns the kubeconfig. */
export async function buildKubeconfig(api: Api, cluster: Cluster): Promise<string> {
  if (!cluster.api_address)
    throw new Error(
      `Cluster "${cluster.name ?? cluster.uuid}" has no API address yet (status ${cluster.status}).`,
    );
  const { keyPem, csrPem } = await makeClientCsr('admin', 'system:masters');
  const [caPem, certPem] = await Promise.all([
    api.containerInfra.getClusterCa(cluster.uuid),
    api.containerInfra.signCertificate(cluster.uuid, csrPem),
  ]);
  return kubeconfigText({
    clusterName: cluster.name ?? cluster.uuid,
    server: cluster.api_address,
    caPem,
    certPem,
    keyPem,
  });
}
