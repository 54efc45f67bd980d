import { describe, expect, it } from 'vitest';
import { MAX_LIMIT } from './limits';
import { novaPage } from './paging';

const ids = Array.from({ length: 5 }, (_, i) => `id-${i}`);

function call(query: string) {
  return { req: { query: new URLSearchParams(query) } } as Parameters<typeof novaPage>[0];
}

const paging = {
  collection: 'http://nova/v2.1/servers',
  keyOf: (id: string) => id,
  unknownMarker: (marker: string) => new Error(`marker [${marker}] not found`),
};

describe('novaPage', () => {
  it('pages after the last marker with the last limit and links the next page when full', () => {
    const page = novaPage(call('marker=id-3&limit=2&marker=id-0'), ids, paging);
    expect(page.items).toEqual(['id-1', 'id-2']);
    expect(page.links).toEqual([
      { rel: 'next', href: 'http://nova/v2.1/servers?limit=2&marker=id-2' },
    ]);
  });

  it('has no next link on a short last page', () => {
    expect(novaPage(call('limit=3&marker=id-2'), ids, paging)).toEqual({
      items: ['id-3', 'id-4'],
      links: [],
    });
  });

  it('caps the page at max_limit', () => {
    const many = Array.from({ length: MAX_LIMIT + 5 }, (_, i) => `id-${i}`);
    const page = novaPage(call(`limit=${MAX_LIMIT + 5}`), many, paging);
    expect(page.items).toHaveLength(MAX_LIMIT);
    expect(page.links[0]?.href).toContain(`marker=id-${MAX_LIMIT - 1}`);
  });

  it('throws the API’s own error for an unknown marker', () => {
    expect(() => novaPage(call('marker=nope'), ids, paging)).toThrow('marker [nope] not found');
  });
});
