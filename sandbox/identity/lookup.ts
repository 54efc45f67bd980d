import { sameName } from '../names';
import type { Domain, IdentityState, Project, User } from '../state';

export function domainById(state: IdentityState, id: string): Domain | undefined {
  return state.domains.find((d) => d.id === id);
}

export function domainByName(state: IdentityState, name: string): Domain | undefined {
  return state.domains.find((d) => sameName(d.name, name));
}

export function projectById(state: IdentityState, id: string): Project | undefined {
  return state.projects.find((p) => p.id === id);
}

export function projectByName(
  state: IdentityState,
  name: string,
  domainId: string,
): Project | undefined {
  return state.projects.find((p) => p.domainId === domainId && sameName(p.name, name));
}

export function userById(state: IdentityState, id: string): User | undefined {
  return state.users.find((u) => u.id === id);
}

export function userByName(state: IdentityState, name: string, domainId: string): User | undefined {
  return state.users.find((u) => u.domainId === domainId && sameName(u.name, name));
}
