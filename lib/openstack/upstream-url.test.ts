import { describe, expect, it } from 'vitest';
import { buildUpstreamUrl, UnsafePathError } from './upstream-url';

const NOVA = 'http://127.0.0.1:8774/v2.1';
const SWIFT = 'http://127.0.0.1:8080/v1/AUTH_abc';

describe('buildUpstreamUrl', () => {
  it('appends the path below the catalog endpoint', () => {
    expect(buildUpstreamUrl(NOVA, 'servers/detail', '?limit=5').toString()).toBe(
      'http://127.0.0.1:8774/v2.1/servers/detail?limit=5',
    );
    expect(buildUpstreamUrl(`${NOVA}/`, 'os-keypairs/my%20key', '').pathname).toBe(
      '/v2.1/os-keypairs/my%20key',
    );
  });

  it.each([
    ['../identity', 'dot segment'],
    ['servers/../../v3', 'dot segment'],
    ['%2e%2e/v3', 'encoded'],
    ['%2E%2E%2Fv3', 'encoded'],
    ['servers%2f..%2f..', 'encoded'],
    ['..%5c..%5cetc', 'encoded'],
    ['servers\\..\\x', 'backslash'],
    ['servers//x', 'empty segment'],
    ['//evil.example/x', 'empty segment'],
    ['http://evil.example/x', 'scheme'],
    ['servers/%00', 'encoded'],
    ['servers/%0d%0aX-Injected:1', 'control'],
    ['servers/%E0%A4%A', 'malformed'],
  ])('refuses %s', (path) => {
    expect(() => buildUpstreamUrl(NOVA, path, '')).toThrow(UnsafePathError);
  });

  it('keeps an @ or a colon inside the path on the catalog host', () => {
    const url = buildUpstreamUrl(NOVA, '@evil.example/x', '');
    expect(url.host).toBe('127.0.0.1:8774');
    expect(buildUpstreamUrl(SWIFT, 'photos/a:b.jpg', '').host).toBe('127.0.0.1:8080');
  });

  it('allows a trailing slash (version documents) and object names with dots', () => {
    expect(buildUpstreamUrl(NOVA, '', '').pathname).toBe('/v2.1/');
    expect(buildUpstreamUrl(SWIFT, 'c/notes.v2.txt', '').pathname).toBe(
      '/v1/AUTH_abc/c/notes.v2.txt',
    );
  });
});
