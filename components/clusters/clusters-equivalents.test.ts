import { describe, expect, it } from 'vitest';
import { createClusterEquivalents, resizeClusterEquivalents } from './clusters-equivalents';

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

  it('resizes by node count', () => {
    expect(resizeClusterEquivalents('c1', '3').cli).toBe('openstack coe cluster resize c1 3');
  });
});
