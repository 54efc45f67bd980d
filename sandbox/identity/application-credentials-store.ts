import type { ApplicationCredentialRecord, IdentityState, TokenRecord } from '../state';

// Application credentials as Keystone's application_credential backend keeps them,
// and what the token code asks of them (alive? which roles?).

export function applicationCredentialById(
  state: IdentityState,
  id: string,
): ApplicationCredentialRecord | undefined {
  return state.applicationCredentials.find((c) => c.id === id);
}

export function isExpired(cred: ApplicationCredentialRecord, now: number): boolean {
  return cred.expiresAt !== null && now >= cred.expiresAt;
}

/**
 * A token minted with an application credential lives only while the credential
 * does: deleting the credential revokes its tokens, and so does its expiry.
 */
export function applicationCredentialAlive(
  state: IdentityState,
  token: TokenRecord,
  now: number,
): boolean {
  if (token.applicationCredentialId === undefined) return true;
  const cred = applicationCredentialById(state, token.applicationCredentialId);
  return cred !== undefined && !isExpired(cred, now);
}
