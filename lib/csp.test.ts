import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './csp';

describe('contentSecurityPolicy', () => {
  it('forbids eval and framing of the dashboard in production', () => {
    const csp = contentSecurityPolicy('n0nce', { NODE_ENV: 'production' });
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("frame-src 'self'");
  });
  it('allows framing only the configured console origins, ignoring anything else', () => {
    const csp = contentSecurityPolicy('n0nce', {
      NODE_ENV: 'production',
      DASHBOARD_FRAME_SRC:
        "https://novnc.example:6080 'unsafe-inline' javascript:alert(1) http://127.0.0.1:8789",
    });
    expect(csp).toContain("frame-src 'self' https://novnc.example:6080 http://127.0.0.1:8789;");
    expect(csp).not.toContain('javascript:');
  });
  it('lets scripts run only with the nonce and what they load, never inline', () => {
    const csp = contentSecurityPolicy('n0nce', { NODE_ENV: 'production' });
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
  });
  it('makes a different 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});
