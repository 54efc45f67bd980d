import { describe, expect, it } from 'vitest';
import { flavorPreview } from './flavors';
import {
  createFlavorEquivalents,
  deleteFlavorEquivalents,
  modifyAccessEquivalents,
  updateMetadataEquivalents,
} from './flavors-equivalents';

const values = {
  name: 'm1.lab',
  id: 'auto',
  vcpus: '2',
  ram: '2048',
  disk: '20',
  ephemeral: '0',
  swap: '512',
  rxtx_factor: '1.5',
  is_public: false,
};

describe('flavor equivalents', () => {
  it('follow the Create Flavor form, with placeholders for what is not valid yet', () => {
    const eq = createFlavorEquivalents(flavorPreview(values));
    expect(eq.cli).toContain(
      'openstack flavor create \\\n    --vcpus 2 --ram 2048 --disk 20 \\\n    --ephemeral 0 --swap 512 --rxtx-factor 1.5 \\\n    --private m1.lab',
    );
    expect(eq.sdk).toContain('conn.compute.create_flavor(\n    name="m1.lab",\n    vcpus=2,');
    expect(eq.sdk).toContain('    is_public=False,');
    expect(eq.hot).toContain('    type: OS::Nova::Flavor');
    expect(eq.hot).toContain('      is_public: false');
    expect(eq.hot).not.toContain('flavorid');

    const typed = createFlavorEquivalents(
      flavorPreview({ ...values, id: 'lab-1', vcpus: '-1', name: "it's" }),
    );
    expect(typed.cli).toContain('--id lab-1 \\\n    --vcpus <vcpus>');
    expect(typed.cli).toContain(`--private 'it'"'"'s'`);
    expect(typed.sdk).toContain('    id="lab-1",');
    expect(typed.hot).toContain('      flavorid: lab-1');
  });

  it('set and unset extra specs', () => {
    const eq = updateMetadataEquivalents('42', { 'hw:cpu_policy': 'dedicated' }, ['old key']);
    expect(eq.cli).toBe(
      "openstack flavor set --property hw:cpu_policy=dedicated 42\nopenstack flavor unset --property 'old key' 42",
    );
    expect(eq.sdk).toContain('conn.compute.create_flavor_extra_specs(flavor, {');
    expect(eq.sdk).toContain('conn.compute.delete_flavor_extra_specs_property(flavor, "old key")');
    expect(updateMetadataEquivalents('42', {}, []).cli).toBe('# Nothing to change.');
  });

  it('grant and revoke project access; delete several', () => {
    const eq = modifyAccessEquivalents('42', ['p3'], ['p1'], ['p2', 'p3']);
    expect(eq.cli).toBe(
      'openstack flavor set --project p3 42\nopenstack flavor unset --project p1 42',
    );
    expect(eq.sdk).toContain('conn.compute.flavor_add_tenant_access(flavor, "p3")');
    expect(eq.hot).toContain('      tenants:\n        - p2\n        - p3');
    expect(deleteFlavorEquivalents(['1', 'x y']).cli).toBe("openstack flavor delete 1 'x y'");
  });
});
