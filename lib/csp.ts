// The Content-Security-Policy of every page, built per request: scripts run only
// with the request's nonce (Next puts it on its own script tags when it finds it
// in the request's CSP header) and what those load ('strict-dynamic'); the frame
// sources (DASHBOARD_FRAME_SRC) can change without a rebuild. No 'unsafe-eval'
// in production.
/** The origins DASHBOARD_FRAME_SRC allows to be framed (anything but a bare http(s) origin is ignored). */
export function frameSources(env: Record<string, string | undefined> = process.env): string[] {
  return (env.DASHBOARD_FRAME_SRC ?? '')
    .split(/\s+/)
    .filter((origin) => /^https?:\/\/[^\s/'";]+$/.test(origin));
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(
  nonce: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const isProd = env.NODE_ENV === 'production';
  const framed = frameSources(env);
  return [
    "default-src 'self'",
    // 'self' is for browsers without CSP level 3 ('strict-dynamic' overrides it);
    // eval is only needed by the dev server.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isProd ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isProd ? '' : ' ws: wss:'}`,
    ["frame-src 'self'", ...framed].join(' '),
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}
