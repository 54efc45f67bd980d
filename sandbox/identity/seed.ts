import { uuidHex } from '../ids';
import { domainById, projectByName, userByName } from './lookup';
import { hashPassword } from './passwords';
import type { IdentityState, Project, Role, User } from '../state';

// The demo cloud, shaped like `keystone-manage bootstrap` plus the devcloud's
// demo objects. Every step is idempotent, so it also tops up a loaded state file.

export const DEFAULT_DOMAIN_ID = 'default';

export interface DemoLogin {
  user: string;
  password: string;
  project: string;
}

function ensureRole(state: IdentityState, name: string): Role {
  let role = state.roles.find((r) => r.name === name);
  if (!role) {
    role = { id: uuidHex(), name };
    state.roles.push(role);
  }
  return role;
}

function ensureImplied(state: IdentityState, prior: Role, implied: Role): void {
  if (
    !state.impliedRoles.some((i) => i.priorRoleId === prior.id && i.impliedRoleId === implied.id)
  ) {
    state.impliedRoles.push({ priorRoleId: prior.id, impliedRoleId: implied.id });
  }
}

function ensureProject(state: IdentityState, name: string, description: string): Project {
  let project = projectByName(state, name, DEFAULT_DOMAIN_ID);
  if (!project) {
    project = { id: uuidHex(), name, domainId: DEFAULT_DOMAIN_ID, description, enabled: true };
    state.projects.push(project);
  }
  return project;
}

async function ensureUser(
  state: IdentityState,
  name: string,
  password: string,
  project: Project,
): Promise<User> {
  let user = userByName(state, name, DEFAULT_DOMAIN_ID);
  if (!user) {
    user = {
      id: uuidHex(),
      name,
      domainId: DEFAULT_DOMAIN_ID,
      enabled: true,
      passwordHash: await hashPassword(password),
      defaultProjectId: project.id,
    };
    state.users.push(user);
  }
  return user;
}

function grant(
  state: IdentityState,
  user: User,
  role: Role,
  target: IdentityState['assignments'][number]['target'],
): void {
  const exists = state.assignments.some(
    (a) =>
      a.userId === user.id &&
      a.roleId === role.id &&
      JSON.stringify(a.target) === JSON.stringify(target),
  );
  if (!exists) state.assignments.push({ userId: user.id, roleId: role.id, target });
}

export function studentName(index: number): string {
  return `student${String(index).padStart(2, '0')}`;
}

/** A student's password: the class password when one is set, else the user name. */
export function studentPassword(name: string, classPassword: string | null = null): string {
  return classPassword ?? name;
}

/** One line for a banner: who the students are and how they sign in (not one line each). */
export function studentLoginsLine(students: number, classPassword: string | null = null): string {
  if (students < 1) return '';
  const first = studentName(1);
  const last = studentName(students);
  const who = students === 1 ? first : `${first} … ${last}`;
  const password = classPassword ? `password ${classPassword}` : 'password = user name';
  return `${who} / ${password} -> each a member of its own project of the same name`;
}

export async function seedIdentity(
  state: IdentityState,
  regions: readonly string[],
  students: number,
  classPassword: string | null = null,
): Promise<void> {
  if (!domainById(state, DEFAULT_DOMAIN_ID)) {
    state.domains.push({
      id: DEFAULT_DOMAIN_ID,
      name: 'Default',
      description: 'The default domain',
      enabled: true,
    });
  }
  const reader = ensureRole(state, 'reader');
  const member = ensureRole(state, 'member');
  const admin = ensureRole(state, 'admin');
  ensureImplied(state, member, reader);
  ensureImplied(state, admin, member);

  for (const id of regions) {
    if (!state.regions.some((r) => r.id === id)) state.regions.push({ id, description: '' });
  }

  const adminProject = ensureProject(
    state,
    'admin',
    'Bootstrap project for initializing the cloud.',
  );
  const adminUser = await ensureUser(state, 'admin', 'admin', adminProject);
  grant(state, adminUser, admin, { type: 'project', id: adminProject.id });
  grant(state, adminUser, admin, { type: 'system' });

  const demoProject = ensureProject(state, 'demo', 'demo project');
  const labProject = ensureProject(state, 'class-lab', 'shared project for class exercises');
  const demoUser = await ensureUser(state, 'demo', 'demo', demoProject);
  grant(state, demoUser, member, { type: 'project', id: demoProject.id });
  grant(state, demoUser, member, { type: 'project', id: labProject.id });

  for (let i = 1; i <= students; i += 1) {
    const name = studentName(i);
    const project = ensureProject(state, name, `project of ${name}`);
    const user = await ensureUser(state, name, studentPassword(name, classPassword), project);
    grant(state, user, member, { type: 'project', id: project.id });
  }
}

export function demoLogins(students: number, classPassword: string | null = null): DemoLogin[] {
  const logins: DemoLogin[] = [
    { user: 'admin', password: 'admin', project: 'admin' },
    { user: 'demo', password: 'demo', project: 'demo' },
  ];
  for (let i = 1; i <= students; i += 1) {
    const name = studentName(i);
    logins.push({ user: name, password: studentPassword(name, classPassword), project: name });
  }
  return logins;
}
