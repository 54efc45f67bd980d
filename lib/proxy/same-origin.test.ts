import { afterEach, describe, expect, it } from 'vitest';
import { crossOriginRefusal } from './same-origin';

const URL_ = 'http://localhost:3000/api/os/compute/os-keypairs';

function headers(init: Record<string, string>): Headers {
  return new Headers({ host: 'localhost:3000', ...init });
}

describe('crossOriginRefusal', () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
  });

  it('lets reads through without an Origin', () => {
    expect(crossOriginRefusal('GET', headers({}), URL_)).toBeNull();
    expect(crossOriginRefusal('HEAD', headers({}), URL_)).toBeNull();
  });

  it('refuses a mutation without an Origin header', () => {
    expect(crossOriginRefusal('POST', headers({}), URL_)).toMatch(/no Origin header/);
    expect(crossOriginRefusal('DELETE', headers({}), URL_)).toMatch(/no Origin header/);
  });

  it('refuses a foreign Origin and cross-site fetch metadata', () => {
    expect(crossOriginRefusal('POST', headers({ origin: 'https://evil.example' }), URL_)).toBe(
      'Cross-origin request from https://evil.example refused.',
    );
    expect(
      crossOriginRefusal(
        'PUT',
        headers({ origin: 'http://localhost:3000', 'sec-fetch-site': 'cross-site' }),
        URL_,
      ),
    ).toBe('Cross-site request refused.');
  });

  it('accepts its own origin, including the configured public URL behind a proxy', () => {
    expect(
      crossOriginRefusal('POST', headers({ origin: 'http://localhost:3000' }), URL_),
    ).toBeNull();
    process.env.NEXTAUTH_URL = 'https://cloud.example.edu';
    expect(
      crossOriginRefusal('PATCH', headers({ origin: 'https://cloud.example.edu' }), URL_),
    ).toBeNull();
  });
});
