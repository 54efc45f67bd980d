// The Content-Security-Policy of every page, built per request so the frame
// sources (the cloud's console proxy, DASHBOARD_FRAME_SRC) can change without a
// rebuild. No 'unsafe-eval' in production.
/** The origins DASHBOARD_FRAME_SRC allows to be framed (anything but a bare http(s) origin is ignored). */
export function frameSources(env: Record<string, string | undefined> = process.env): string[] {
  return (env.DASHBOARD_FRAME_SRC ?? '')
    .split(/\s+/)
    .filter((origin) => /^https?:\/\/[^\s/'";]+$/.test(origin));
}

export function contentSecurityPolicy(
  env: Record<string, string | undefined> = process.env,
): string {
  const isProd = env.NODE_ENV === 'production';
  const framed = frameSources(env);
  return [
    "default-src 'self'",
    // Next.js injects inline bootstrap scripts; eval is only needed by the dev server.
    `script-src 'self' 'unsafe-inline'${isProd ? '' : " 'unsafe-eval'"}`,
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
