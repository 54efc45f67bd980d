import { describe, expect, it } from 'vitest';
import { emptyState } from '../state';
import { effectiveRoles, projectsForUser } from './assignments';
import { seedIdentity } from './seed';

describe('role assignments', () => {
  it('expands implied roles like keystone-manage bootstrap (admin > member > reader)', async () => {
    const state = emptyState().identity;
    await seedIdentity(state, ['RegionOne'], 0);
    const admin = state.users.find((u) => u.name === 'admin');
    const adminProject = state.projects.find((p) => p.name === 'admin');
    expect(admin && adminProject).toBeTruthy();
    const names = effectiveRoles(state, admin?.id ?? '', {
      type: 'project',
      id: adminProject?.id ?? '',
    }).map((r) => r.name);
    expect(names).toEqual(['admin', 'member', 'reader']);
    expect(effectiveRoles(state, admin?.id ?? '', { type: 'system' }).map((r) => r.name)).toContain(
      'admin',
    );
  });

  it('lists the projects a user has a role on', async () => {
    const state = emptyState().identity;
    await seedIdentity(state, ['RegionOne'], 2);
    const demo = state.users.find((u) => u.name === 'demo');
    expect(
      projectsForUser(state, demo?.id ?? '')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['class-lab', 'demo']);
    const student = state.users.find((u) => u.name === 'student02');
    expect(projectsForUser(state, student?.id ?? '').map((p) => p.name)).toEqual(['student02']);
  });

  it('seeding twice changes nothing', async () => {
    const state = emptyState().identity;
    await seedIdentity(state, ['RegionOne', 'RegionTwo'], 1);
    const before = JSON.stringify(state);
    await seedIdentity(state, ['RegionOne', 'RegionTwo'], 1);
    expect(JSON.stringify(state)).toBe(before);
  });
});
