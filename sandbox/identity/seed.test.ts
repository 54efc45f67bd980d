import { describe, expect, it } from 'vitest';
import { emptyState } from '../state';
import { effectiveRoles } from './assignments';
import { verifyPassword } from './passwords';
import { demoLogins, seedIdentity, studentLoginsLine, studentName, studentPassword } from './seed';

describe('class setup (SANDBOX_STUDENTS)', () => {
  it('names students with two digits, three from 100 on', () => {
    expect(studentName(1)).toBe('student01');
    expect(studentName(30)).toBe('student30');
    expect(studentName(200)).toBe('student200');
  });

  it('gives each student a member role on an own project, with the class password', async () => {
    const state = emptyState().identity;
    await seedIdentity(state, ['RegionOne'], 30, 'cl4ss-pw');
    const students = state.users.filter((u) => u.name.startsWith('student'));
    expect(students.map((u) => u.name)).toHaveLength(30);
    const student30 = students.find((u) => u.name === 'student30');
    const project = state.projects.find((p) => p.name === 'student30');
    expect(student30?.defaultProjectId).toBe(project?.id);
    expect(
      effectiveRoles(state, student30?.id ?? '', { type: 'project', id: project?.id ?? '' })
        .map((r) => r.name)
        .sort(),
    ).toEqual(['member', 'reader']);
    expect(await verifyPassword('cl4ss-pw', student30?.passwordHash ?? '')).toBe(true);
    expect(await verifyPassword('student30', student30?.passwordHash ?? '')).toBe(false);
  });

  it('falls back to the user name as password', async () => {
    const state = emptyState().identity;
    await seedIdentity(state, ['RegionOne'], 2);
    const student02 = state.users.find((u) => u.name === 'student02');
    expect(await verifyPassword('student02', student02?.passwordHash ?? '')).toBe(true);
    expect(studentPassword('student02')).toBe('student02');
    expect(studentPassword('student02', 'x')).toBe('x');
    expect(demoLogins(2, 'x').at(-1)).toEqual({
      user: 'student02',
      password: 'x',
      project: 'student02',
    });
  });

  it('sums a class up in one line: the pattern and the password', () => {
    expect(studentLoginsLine(0)).toBe('');
    expect(studentLoginsLine(1)).toBe(
      'student01 / password = user name -> each a member of its own project of the same name',
    );
    expect(studentLoginsLine(30, 'cl4ss')).toBe(
      'student01 … student30 / password cl4ss -> each a member of its own project of the same name',
    );
  });
});
