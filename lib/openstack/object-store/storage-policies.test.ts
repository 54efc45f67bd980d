import { describe, expect, it } from 'vitest';
import { readStoragePolicies, storagePolicies, swiftInfoUrl } from './storage-policies';

describe('swiftInfoUrl', () => {
  it('finds /info at the proxy root, keeping a mount path', () => {
    expect(swiftInfoUrl('http://127.0.0.1:8080/v1/AUTH_abc')).toBe('http://127.0.0.1:8080/info');
    expect(swiftInfoUrl('https://cloud.example/swift/v1/AUTH_abc')).toBe(
      'https://cloud.example/swift/info',
    );
    expect(swiftInfoUrl('https://cloud.example:8443/v1')).toBe('https://cloud.example:8443/info');
  });
});

describe('storagePolicies', () => {
  it("lists Swift's policies and its default", () => {
    const info = {
      swift: {
        version: '2.30.1',
        policies: [
          { name: 'gold', aliases: 'gold, g' },
          { name: 'Policy-0', aliases: 'Policy-0', default: true },
        ],
      },
    };
    expect(storagePolicies(info)).toEqual({ names: ['gold', 'Policy-0'], defaultName: 'Policy-0' });
  });

  it('has no policies when Swift lists none', () => {
    expect(storagePolicies({ swift: {} })).toEqual({ names: [], defaultName: undefined });
  });

  it('refuses a document that is not Swift info', () => {
    expect(() => storagePolicies({ nova: {} })).toThrow();
  });
});

describe('readStoragePolicies', () => {
  it('reads /info without a token and says when Swift refuses', async () => {
    const asked: string[] = [];
    const ok: typeof fetch = async (input, init) => {
      asked.push(String(input));
      expect(new Headers(init?.headers).has('X-Auth-Token')).toBe(false);
      return Response.json({ swift: { policies: [{ name: 'p', default: true }] } });
    };
    expect(await readStoragePolicies('http://swift:8080/v1/AUTH_x', ok)).toEqual({
      names: ['p'],
      defaultName: 'p',
    });
    expect(asked).toEqual(['http://swift:8080/info']);

    const refused: typeof fetch = async () =>
      new Response('nope', { status: 404, statusText: 'Not Found' });
    await expect(readStoragePolicies('http://swift:8080/v1/AUTH_x', refused)).rejects.toThrow(
      "Swift's /info answered 404 Not Found",
    );
  });
});
