import { describe, expect, it } from 'vitest';
import { groupMembersEquivalents } from './groups-equivalents';

describe('group membership equivalents', () => {
  it('adds and removes users with the CLI and the SDK', () => {
    const eq = groupMembersEquivalents('g1', ['ada', 'bob'], ['eve']);
    expect(eq.cli).toBe('openstack group add user g1 ada bob\nopenstack group remove user g1 eve');
    expect(eq.sdk).toContain('conn.identity.add_user_to_group("ada", group)');
    expect(eq.sdk).toContain('conn.identity.remove_user_from_group("eve", group)');
  });

  it("points at the user resource's groups property: Heat has no membership type", () => {
    const { hot } = groupMembersEquivalents('g1', ['ada'], []);
    expect(hot).not.toMatch(/GroupUserAssignment/);
    expect(hot).toContain('OS::Keystone::User');
    expect(hot).toContain('groups: [g1]');
    // A comment only: nothing a student pastes into a stack makes a type Heat lacks.
    expect(hot.split('\n').every((line) => line.startsWith('#'))).toBe(true);
  });
});
