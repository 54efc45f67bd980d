import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import { CLUSTER_DEFAULTS, clusterNetworkInput, clusterRequest } from './cluster-inputs';
import { createClusterEquivalents } from './clusters-equivalents';

const subnetsOf = (network: string) => ({ 'net-1': ['sub-1'], 'net-2': ['sub-2'] })[network];

const wizard = (network: Partial<Omit<typeof CLUSTER_DEFAULTS, 'labels'>>) =>
  clusterRequest({
    ...CLUSTER_DEFAULTS,
    name: 'k8s',
    cluster_template_id: 'tpl-1',
    keypair: 'key',
    ...network,
    labels: {},
  });

describe('Create Cluster: the Network step', () => {
  it('refuses a subnet of another network, at the subnet', () => {
    const step = clusterNetworkInput(subnetsOf);
    const values = { ...CLUSTER_DEFAULTS, fixed_network: 'net-1' };
    expect(validateForm(step, { ...values, fixed_subnet: 'sub-2' }).errors).toEqual({
      fixed_subnet: 'Choose a subnet of the chosen network.',
    });
    expect(validateForm(step, { ...values, fixed_subnet: 'sub-1' }).ok).toBe(true);
    expect(validateForm(step, { ...values, fixed_subnet: '' }).ok).toBe(true);
  });

  it('leaves the network and the Cluster API to the template unless chosen', () => {
    const request = wizard({});
    expect(request.fixedNetwork).toBeUndefined();
    expect(request.fixedSubnet).toBeUndefined();
    expect(request.floatingIpEnabled).toBeUndefined();
    // A subnet left from an earlier network choice is not sent alone.
    expect(wizard({ fixed_subnet: 'sub-1' }).fixedSubnet).toBeUndefined();
  });

  it('writes the chosen network, subnet and Cluster API as the CLI, SDK and HOT take them', () => {
    const request = wizard({
      fixed_network: 'net-1',
      fixed_subnet: 'sub-1',
      floating_ip_enabled: 'private',
      master_lb_enabled: true,
    });
    expect(request).toMatchObject({
      fixedNetwork: 'net-1',
      fixedSubnet: 'sub-1',
      floatingIpEnabled: false,
      masterLbEnabled: true,
    });
    const eq = createClusterEquivalents(request, 'my-template', {
      'net-1': 'private',
      'sub-1': 'private-subnet',
    });
    expect(eq.cli).toBe(
      [
        'openstack coe cluster create k8s',
        '  --cluster-template my-template',
        '  --keypair key',
        '  --master-count 1',
        '  --node-count 1',
        '  --master-lb-enabled',
        '  --fixed-network private',
        '  --fixed-subnet private-subnet',
        '  --floating-ip-disabled',
      ].join(' \\\n'),
    );
    expect(eq.sdk).toContain(
      [
        '    cluster_template_id="tpl-1",',
        '    keypair="key",',
        '    master_count=1,',
        '    node_count=1,',
        '    master_lb_enabled=True,',
        '    fixed_network="net-1",',
        '    fixed_subnet="sub-1",',
        '    floating_ip_enabled=False,',
        ')',
      ].join('\n'),
    );
    // Heat's OS::Magnum::Cluster has no such properties: the HOT says so instead.
    expect(eq.hot).not.toContain('fixed_network:');
    expect(eq.hot.split('\n').slice(-2)).toEqual([
      "# Heat's OS::Magnum::Cluster cannot set master_lb_enabled, fixed_network, fixed_subnet, floating_ip_enabled:",
      '# give them to the OS::Magnum::ClusterTemplate, or use the CLI or SDK.',
    ]);

    const open = createClusterEquivalents(wizard({ floating_ip_enabled: 'public' }));
    expect(open.cli).toContain('  --master-lb-disabled \\\n  --floating-ip-enabled');
    expect(open.sdk).toContain('    floating_ip_enabled=True,');
  });
});
