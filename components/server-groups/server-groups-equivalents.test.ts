import { describe, expect, it } from 'vitest';
import {
  createServerGroupEquivalents,
  deleteServerGroupEquivalents,
} from './server-groups-equivalents';

describe('server group equivalents', () => {
  it('ask the client for the microversion a policy or rule needs', () => {
    expect(createServerGroupEquivalents('web', 'affinity').cli).toBe(
      'openstack server group create --policy affinity web',
    );
    expect(createServerGroupEquivalents('web', 'soft-anti-affinity').cli).toBe(
      'openstack --os-compute-api-version 2.15 server group create --policy soft-anti-affinity web',
    );
    expect(createServerGroupEquivalents('my web', 'anti-affinity', 2).cli).toBe(
      "openstack --os-compute-api-version 2.64 server group create --policy anti-affinity --rule max_server_per_host=2 'my web'",
    );
  });

  it('give the SDK call and the Heat resource', () => {
    const eq = createServerGroupEquivalents('web', 'anti-affinity', 2);
    expect(eq.sdk).toContain('    policy="anti-affinity",\n    rules={"max_server_per_host": 2},');
    expect(eq.hot).toContain(
      '    type: OS::Nova::ServerGroup\n    properties:\n      name: web\n      policies: [anti-affinity]\n      rules:\n        max_server_per_host: 2',
    );
    expect(deleteServerGroupEquivalents(['a', 'b']).cli).toBe('openstack server group delete a b');
  });
});
