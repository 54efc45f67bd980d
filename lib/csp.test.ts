import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('contentSecurityPolicy', () => {
  it('forbids eval and framing of the dashboard in production', () => {
    const csp = contentSecurityPolicy({ NODE_ENV: 'production' });
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("frame-src 'self'");
  });
  it('allows framing only the configured console origins, ignoring anything else', () => {
    const csp = contentSecurityPolicy({
      NODE_ENV: 'production',
      DASHBOARD_FRAME_SRC:
        "https://novnc.example:6080 'unsafe-inline' javascript:alert(1) http://127.0.0.1:8789",
    });
    expect(csp).toContain("frame-src 'self' https://novnc.example:6080 http://127.0.0.1:8789;");
    expect(csp).not.toContain('javascript:');
  });
});
