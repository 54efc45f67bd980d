import { describe, expect, it } from 'vitest';
import { HSTS_VALUE, hstsHeader, servedOverHttps } from './transport-security';

describe('servedOverHttps (Secure cookies)', () => {
  it('is on exactly when the public URL is https', () => {
    expect(servedOverHttps({ NEXTAUTH_URL: 'https://dashboard.example.edu' })).toBe(true);
    expect(servedOverHttps({ NEXTAUTH_URL: 'HTTPS://Dashboard.example.edu' })).toBe(true);
    expect(servedOverHttps({ NEXTAUTH_URL: 'http://127.0.0.1:3000' })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
  });
});

describe('hstsHeader', () => {
  it('is sent when the public URL is https', () => {
    expect(hstsHeader(null, { NEXTAUTH_URL: 'https://dashboard.example.edu' })).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toMatch(/^max-age=\d{8,}$/);
  });
  it('is sent when a TLS proxy forwarded an https request', () => {
    expect(hstsHeader('https', {})).toBe(HSTS_VALUE);
    expect(hstsHeader('https, http', { NEXTAUTH_URL: 'http://x' })).toBe(HSTS_VALUE);
  });
  it('is not sent on plain http', () => {
    expect(hstsHeader(null, { NEXTAUTH_URL: 'http://127.0.0.1:3000' })).toBeNull();
    expect(hstsHeader('http', {})).toBeNull();
  });
});
