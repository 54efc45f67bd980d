import { afterEach, describe, expect, it, vi } from 'vitest';
import { negotiatedMicroversion } from './microversion-cache';

const doc = { versions: [{ id: 'v2.1', status: 'CURRENT', version: '2.93', min_version: '2.1' }] };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('negotiatedMicroversion', () => {
  it('does not keep an outage: a 503 version document is asked again at the next call', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('{}', { status: 503 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(doc), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const endpoint = 'http://127.0.0.1:1/v2.1';
    expect(await negotiatedMicroversion('compute', endpoint)).toBeUndefined();
    expect(await negotiatedMicroversion('compute', endpoint)).toBe('2.90');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps an answer: the version document is read once', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify(doc), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const endpoint = 'http://127.0.0.1:2/v2.1';
    expect(await negotiatedMicroversion('compute', endpoint)).toBe('2.90');
    expect(await negotiatedMicroversion('compute', endpoint)).toBe('2.90');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
