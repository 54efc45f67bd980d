import { randomBytes, randomUUID } from 'node:crypto';

/** Keystone-style id: a uuid4 as 32 hex characters. */
export function uuidHex(): string {
  return randomUUID().replaceAll('-', '');
}

export function requestId(): string {
  return `req-${randomUUID()}`;
}

/** Keystone audit ids are url-safe base64 of 16 random bytes without padding. */
export function auditId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * An opaque token shaped like a Fernet token (Keystone strips the '=' padding), so
 * clients that size or log tokens see what a real cloud gives them.
 */
export function fernetLikeToken(): string {
  return `gAAAAAB${randomBytes(135).toString('base64url')}`;
}
