import { applicationCredentialById, isExpired } from './application-credentials-store';
import { expectingToFind, notFound, unauthorized } from './errors';
import { domainById, domainByName, userById, userByName } from './lookup';
import { verifyPassword } from './passwords';
import { sameName } from '../names';
import type { IdentityState, User } from '../state';

// keystone/auth/plugins/application_credential.py with AppCredInfo: by id and
// secret, or by name and secret with the owning user (by id, or name and domain).
// Every failure after the request's shape is checked is Keystone's plain 401.

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function owner(state: IdentityState, info: unknown): User {
  if (!isJson(info)) throw expectingToFind('user', 'application credential');
  if (!present(info.id) && !present(info.name)) throw expectingToFind('id or name', 'user');
  let user: User | undefined;
  if (present(info.id)) user = userById(state, String(info.id));
  else {
    const domainInfo = isJson(info.domain) ? info.domain : undefined;
    if (!domainInfo) throw expectingToFind('domain', 'user');
    const domain = present(domainInfo.id)
      ? domainById(state, String(domainInfo.id))
      : domainByName(state, String(domainInfo.name));
    if (!domain?.enabled) throw unauthorized();
    user = userByName(state, String(info.name), domain.id);
  }
  if (!user?.enabled) throw unauthorized();
  return user;
}

export async function applicationCredentialMethod(
  state: IdentityState,
  payload: unknown,
  now: number,
): Promise<{
  userId: string;
  methods: string[];
  applicationCredential: { id: string; projectId: string; expiresAt: number | null };
}> {
  const info = isJson(payload) ? payload : {};
  if (!present(info.id) && !present(info.name))
    throw expectingToFind('id or name', 'application credential');
  if (!present(info.secret)) throw expectingToFind('secret', 'application credential');
  const cred = present(info.id)
    ? applicationCredentialById(state, String(info.id))
    : (() => {
        const user = owner(state, info.user);
        return state.applicationCredentials.find(
          (c) => c.userId === user.id && sameName(c.name, String(info.name)),
        );
      })();
  // An unknown id is the backend's ApplicationCredentialNotFound, which Keystone lets through.
  if (!cred && present(info.id))
    throw notFound(`Could not find Application Credential: ${String(info.id)}.`);
  if (!cred || isExpired(cred, now)) throw unauthorized();
  const user = userById(state, cred.userId);
  if (!user?.enabled || !domainById(state, user.domainId)?.enabled) throw unauthorized();
  if (!(await verifyPassword(String(info.secret), cred.secretHash))) throw unauthorized();
  return {
    userId: cred.userId,
    methods: ['application_credential'],
    applicationCredential: { id: cred.id, projectId: cred.projectId, expiresAt: cred.expiresAt },
  };
}
