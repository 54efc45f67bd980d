import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '@/lib/openstack/identity/admin-schemas';
import { classRoster } from './roster';

const member = { id: 'r1', name: 'member' };
const reader = { id: 'r2', name: 'reader' };
function on(user: string, project: string, role = member): RoleAssignment {
  return {
    role,
    user: { id: `u-${user}`, name: user },
    scope: { project: { id: `p-${project}`, name: project } },
  };
}

const assignments: RoleAssignment[] = [
  on('student10', 'student10'),
  on('student02', 'student02'),
  on('student02', 'student02', reader),
  on('demo', 'demo'),
  on('admin', 'admin', { id: 'r0', name: 'admin' }),
  { role: member, group: { id: 'g1', name: 'students' }, scope: { project: { id: 'p-x' } } },
  { role: member, user: { id: 'u-student03', name: 'student03' }, scope: { domain: { id: 'd' } } },
];

describe('the class roster', () => {
  it('takes users on projects whose name starts with the filter, once per project, in order', () => {
    expect(classRoster(assignments, 'student')).toEqual([
      {
        userId: 'u-student02',
        userName: 'student02',
        projectId: 'p-student02',
        projectName: 'student02',
      },
      {
        userId: 'u-student10',
        userName: 'student10',
        projectId: 'p-student10',
        projectName: 'student10',
      },
    ]);
    expect(classRoster(assignments, ' STUDENT1').map((s) => s.userName)).toEqual(['student10']);
  });

  it('takes every user but admin with an empty filter, and no group or domain assignment', () => {
    expect(classRoster(assignments, '').map((s) => `${s.userName}@${s.projectName}`)).toEqual([
      'demo@demo',
      'student02@student02',
      'student10@student10',
    ]);
  });
});
