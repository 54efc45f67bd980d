import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import {
  clusterInfoInput,
  clusterManagementInput,
  clusterSizeInput,
  signCertificateInput,
} from './cluster-inputs';
import { instancesLeft } from './use-cluster-choices';

describe('Create Cluster field checks', () => {
  it('refuses 0 workers and more servers than the instance quota leaves, at the node count', () => {
    const size = clusterSizeInput({ instancesLeft: 9 });
    expect(validateForm(size, { master_count: '1', node_count: '0' }).errors).toEqual({
      node_count: 'The number of worker nodes must be at least 1.',
    });
    expect(validateForm(size, { master_count: '1', node_count: '1000' }).errors.node_count).toMatch(
      /^This cluster needs 1001 servers .* allows 9 more/,
    );
    expect(validateForm(size, { master_count: '1', node_count: '8' }).ok).toBe(true);
    expect(validateForm(clusterSizeInput({}), { master_count: '1', node_count: '1000' }).ok).toBe(
      true,
    );
  });

  it('needs a key pair only when the chosen template has none', () => {
    const schema = clusterManagementInput((id) => (id === 'with' ? 'k' : null));
    expect(validateForm(schema, { keypair: '', cluster_template_id: 'with' }).ok).toBe(true);
    expect(
      validateForm(schema, { keypair: '', cluster_template_id: 'without' }).errors.keypair,
    ).toMatch(/^The chosen cluster template has no key pair/);
    expect(validateForm(schema, { keypair: 'mine', cluster_template_id: 'without' }).ok).toBe(true);
  });

  it("takes Magnum's cluster name pattern, so markup is refused at the field", () => {
    const ok = validateForm(clusterInfoInput, { name: 'k8s-1', cluster_template_id: 't' });
    expect(ok.ok).toBe(true);
    const bad = validateForm(clusterInfoInput, { name: '<b>x</b>', cluster_template_id: 't' });
    expect(bad.errors.name).toMatch(/^Start with a letter/);
  });

  it('accepts only a PEM CSR', () => {
    expect(validateForm(signCertificateInput, { csr: 'hello' }).ok).toBe(false);
    const csr = '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n';
    expect(validateForm(signCertificateInput, { csr }).ok).toBe(true);
  });

  it("reads Nova's limits: unlimited and unknown quotas set no bound", () => {
    expect(instancesLeft({ maxTotalInstances: 10, totalInstancesUsed: 3 })).toBe(7);
    expect(instancesLeft({ maxTotalInstances: -1, totalInstancesUsed: 3 })).toBeUndefined();
    expect(instancesLeft(undefined)).toBeUndefined();
  });
});
