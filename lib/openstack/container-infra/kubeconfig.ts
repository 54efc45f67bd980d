// The kubeconfig "Get Cluster Config" hands out: the cluster's API address, its CA,
// and a client certificate its CA signed (as `openstack coe cluster config` writes).

export interface KubeconfigInput {
  clusterName: string;
  /** https://host:port, the cluster's api_address. */
  server: string;
  caPem: string;
  certPem: string;
  keyPem: string;
  user?: string;
}

/** Base64 of ASCII text (PEM), the same in the browser and on the server. */
function b64(text: string): string {
  return btoa(text.endsWith('\n') ? text : `${text}\n`);
}

/** YAML; strings are JSON-quoted, which YAML reads as they are. */
export function buildKubeconfig(input: KubeconfigInput): string {
  const name = JSON.stringify(input.clusterName);
  const user = JSON.stringify(input.user ?? 'admin');
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${b64(input.caPem)}`,
    `    server: ${JSON.stringify(input.server)}`,
    `  name: ${name}`,
    'contexts:',
    '- context:',
    `    cluster: ${name}`,
    `    user: ${user}`,
    '  name: default',
    'current-context: default',
    'preferences: {}',
    'users:',
    `- name: ${user}`,
    '  user:',
    `    client-certificate-data: ${b64(input.certPem)}`,
    `    client-key-data: ${b64(input.keyPem)}`,
    '',
  ].join('\n');
}
