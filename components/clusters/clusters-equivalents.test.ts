import { describe, expect, it } from 'vitest';
import {
  clusterConfigEquivalents,
  createClusterEquivalents,
  resizeClusterEquivalents,
  rotateCaEquivalents,
  showCaEquivalents,
  signCsrEquivalents,
  upgradeClusterEquivalents,
} from './clusters-equivalents';

describe('cluster equivalents', () => {
  it('names the template and quotes what the shell would split', () => {
    const eq = createClusterEquivalents(
      {
        name: 'k8s',
        clusterTemplateId: 'uuid-1',
        keypair: 'my key',
        masterCount: 1,
        nodeCount: 2,
        labels: { kube_tag: 'v1.27.3' },
        mergeLabels: true,
      },
      'my-template',
    );
    expect(eq.cli).toBe(
      [
        'openstack coe cluster create k8s',
        '  --cluster-template my-template',
        "  --keypair 'my key'",
        '  --master-count 1',
        '  --node-count 2',
        '  --labels kube_tag=v1.27.3',
        '  --merge-labels',
      ].join(' \\\n'),
    );
    expect(eq.sdk).toContain('conn.create_coe_cluster(');
    expect(eq.sdk).toContain('cluster_template_id="uuid-1"');
    expect(eq.hot).toContain('type: OS::Magnum::Cluster');
    expect(eq.hot).toContain('cluster_template: my-template');
  });

  // These cannot run on the devcloud (its clusters never complete; see
  // tests/contract/KNOWN-DIFFERENCES.md): their text is checked here, word for word,
  // against python-magnumclient's `openstack coe` usage lines.
  it('resizes by node count', () => {
    const eq = resizeClusterEquivalents('c1', '3');
    expect(eq.cli).toBe('openstack coe cluster resize c1 3');
    expect(eq.sdk.split('\n').slice(-6)).toEqual([
      '# The SDK has no resize call; its proxy sends the action itself.',
      'conn.container_infrastructure_management.post(',
      '    "/clusters/c1/actions/resize",',
      '    json={"node_count": 3},',
      '    microversion="1.7",',
      ')',
    ]);
  });

  it('upgrades to another template by name or id', () => {
    const eq = upgradeClusterEquivalents('c1', 'new tpl');
    expect(eq.cli).toBe("openstack coe cluster upgrade c1 'new tpl'");
    expect(eq.sdk).toContain('    json={"cluster_template": "new tpl"},\n    microversion="1.8",');
  });

  it('shows, signs with and rotates the CA as `openstack coe ca` spells it', () => {
    expect(showCaEquivalents('c1').cli).toBe('openstack coe ca show c1');
    expect(signCsrEquivalents('c1').cli).toBe('openstack coe ca sign c1 client.csr > client.crt');
    expect(signCsrEquivalents('c1').sdk).toContain(
      'cert = conn.sign_coe_cluster_certificate("c1", open("client.csr").read())',
    );
    expect(rotateCaEquivalents(['c1', 'c2']).cli).toBe(
      'openstack coe ca rotate c1\nopenstack coe ca rotate c2',
    );
    expect(rotateCaEquivalents(['c1']).sdk).toContain(
      'conn.container_infrastructure_management.patch("/certificates/c1", microversion="1.5")',
    );
    expect(clusterConfigEquivalents('c1').cli).toContain(
      'openstack coe cluster config c1 --dir .\nexport KUBECONFIG=$PWD/config',
    );
  });
});
