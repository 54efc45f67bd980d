// HTTPS-only settings, decided in one place: when the dashboard's public URL
// (NEXTAUTH_URL) is https — served over TLS itself or behind a TLS proxy — its
// cookies are Secure (and __Secure- named) and pages send Strict-Transport-Security.

type Env = Record<string, string | undefined>;

export const HSTS_VALUE = 'max-age=31536000';

/** True when the dashboard's public URL is https. */
export function servedOverHttps(env: Env = process.env): boolean {
  return env.NEXTAUTH_URL?.trim().toLowerCase().startsWith('https://') ?? false;
}

/**
 * The Strict-Transport-Security value, or null. Also when a TLS proxy says the
 * request came over https (X-Forwarded-Proto): browsers ignore the header on
 * plain http, so a forged value there changes nothing.
 */
export function hstsHeader(forwardedProto: string | null = null, env: Env = process.env) {
  const proto = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return servedOverHttps(env) || proto === 'https' ? HSTS_VALUE : null;
}
