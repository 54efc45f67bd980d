import { describe, expect, it } from 'vitest';
import {
  createProjectEquivalents,
  membersEquivalents,
  projectMembersEquivalents,
  quotaEquivalents,
} from './projects-equivalents';

describe('projects equivalents', () => {
  it('creates a project with the CLI, the SDK and OS::Keystone::Project', () => {
    const eq = createProjectEquivalents({
      name: 'lab 1',
      description: '',
      domain: 'default',
      enabled: false,
    });
    expect(eq.cli).toBe("openstack project create --domain default --disable 'lab 1'");
    expect(eq.sdk).toContain('conn.identity.create_project(\n    name="lab 1",');
    expect(eq.sdk).toContain('is_enabled=False');
    expect(eq.hot).toContain('type: OS::Keystone::Project');
    expect(eq.hot).toContain('enabled: false');
  });

  it("sets each service's quotas with its own SDK call and Heat resource", () => {
    const eq = quotaEquivalents('p1', { instances: 4, volumes: 3, network: 2, floatingip: 1 });
    expect(eq.cli).toBe(
      'openstack quota set --instances 4 --volumes 3 --networks 2 --floating-ips 1 p1',
    );
    expect(eq.sdk).toContain('conn.set_compute_quotas("p1", instances=4)');
    expect(eq.sdk).toContain('conn.set_volume_quotas("p1", volumes=3)');
    expect(eq.sdk).toContain('conn.set_network_quotas("p1", network=2, floatingip=1)');
    expect(eq.hot).toContain('type: OS::Nova::Quota');
    expect(eq.hot).toContain('type: OS::Cinder::Quota');
    expect(eq.hot).toContain('type: OS::Neutron::Quota');
  });

  it('grants and revokes roles one command each', () => {
    const eq = membersEquivalents('p1', 'u1', ['member'], ['reader']);
    expect(eq.cli).toBe(
      'openstack role add --project p1 --user u1 member\nopenstack role remove --project p1 --user u1 reader',
    );
    expect(eq.hot).toContain('OS::Keystone::UserRoleAssignment');
  });

  it('Manage Members: users and groups, each grant and revocation, the roles held after in HOT', () => {
    const eq = projectMembersEquivalents('p1', [
      {
        kind: 'user',
        actor: 'u1',
        grant: ['member', 'reader'],
        revoke: [],
        after: ['member', 'reader'],
      },
      { kind: 'user', actor: 'u2', grant: [], revoke: ['member'], after: [] },
      { kind: 'group', actor: 'g1', grant: ['member'], revoke: ['admin'], after: ['member'] },
    ]);
    expect(eq.cli.split('\n')).toEqual([
      'openstack role add --project p1 --user u1 member',
      'openstack role add --project p1 --user u1 reader',
      'openstack role remove --project p1 --user u2 member',
      'openstack role add --project p1 --group g1 member',
      'openstack role remove --project p1 --group g1 admin',
    ]);
    expect(eq.sdk).toContain(
      'conn.identity.unassign_project_role_from_group("p1", "g1", conn.identity.find_role("admin"))',
    );
    expect(eq.sdk).toContain(
      'conn.identity.assign_project_role_to_user("p1", "u1", conn.identity.find_role("reader"))',
    );
    expect(eq.hot).toContain('type: OS::Keystone::GroupRoleAssignment');
    expect(eq.hot).not.toContain('u2');
    expect(projectMembersEquivalents('p1', []).cli).toBe('# No change.');
  });
});
