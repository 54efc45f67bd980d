import { describe, expect, it } from 'vitest';
import { createUserEquivalents, deleteUserEquivalents } from './users-equivalents';

describe('users equivalents', () => {
  it('creates the user, prompts for the password and grants the role', () => {
    const eq = createUserEquivalents({
      name: 'ada',
      email: 'ada@example.org',
      description: '',
      project: 'p1',
      role: 'member',
      enabled: true,
    });
    expect(eq.cli).toBe(
      'openstack user create --domain default --password-prompt --email ada@example.org --project p1 --enable ada\nopenstack role add --project p1 --user ada member',
    );
    expect(eq.sdk).toContain('password="<password>"');
    expect(eq.hot).toContain('type: OS::Keystone::User');
    expect(eq.hot).toContain('hidden: true');
  });

  it('deletes several users in one command', () => {
    expect(deleteUserEquivalents(['a', 'b']).cli).toBe('openstack user delete a b');
  });
});
