import { describe, expect, it } from 'vitest';
import { buildKubeconfig } from './kubeconfig';

describe('buildKubeconfig', () => {
  it('holds the server, the CA and the client pair, base64-encoded', () => {
    const text = buildKubeconfig({
      clusterName: 'k8s',
      server: 'https://10.0.0.5:6443',
      caPem: 'CA',
      certPem: 'CERT',
      keyPem: 'KEY',
    });
    expect(text).toContain('server: "https://10.0.0.5:6443"');
    expect(text).toContain(`certificate-authority-data: ${btoa('CA\n')}`);
    expect(text).toContain(`client-certificate-data: ${btoa('CERT\n')}`);
    expect(text).toContain(`client-key-data: ${btoa('KEY\n')}`);
    expect(text).toContain('current-context: default');
  });
});
