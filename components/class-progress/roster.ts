// Who is in the class: users with a role on a project (Keystone's role
// assignments, names included), whose user name starts with the teacher's filter.
import type { RoleAssignment } from '@/lib/openstack/identity/admin-schemas';

export interface Student {
  userId: string;
  userName: string;
  projectId: string;
  projectName: string;
}

/** The sandbox's students are student01 …; a real cloud's class may use any prefix. */
export const DEFAULT_STUDENT_FILTER = 'student';

/**
 * One row per user and project, sorted by user then project. A user counts when
 * the assignment is a user's (not a group's) on a project, and the user's name
 * starts with `filter` (case-insensitive); an empty filter takes every such user
 * but `admin`, the cloud's own administrator.
 */
export function classRoster(assignments: readonly RoleAssignment[], filter: string): Student[] {
  const prefix = filter.trim().toLowerCase();
  const rows = new Map<string, Student>();
  for (const a of assignments) {
    const user = a.user;
    const project = a.scope.project;
    if (!user || !project) continue;
    const userName = user.name ?? user.id;
    if (prefix ? !userName.toLowerCase().startsWith(prefix) : userName === 'admin') continue;
    const key = `${user.id} ${project.id}`;
    if (!rows.has(key)) {
      rows.set(key, {
        userId: user.id,
        userName,
        projectId: project.id,
        projectName: project.name ?? project.id,
      });
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.userName.localeCompare(b.userName, 'en', { numeric: true }) ||
      a.projectName.localeCompare(b.projectName, 'en', { numeric: true }),
  );
}
