import { describe, expect, it } from 'vitest';
import { nextLink, quotePlus } from './links';

describe('nextLink', () => {
  const base = 'http://h/v2.1/os-keypairs';

  it('links the next page only when the page is full', () => {
    expect(nextLink(base, new URLSearchParams('limit=2'), 1, 'a', 1000)).toEqual([]);
    expect(nextLink(base, new URLSearchParams('limit=2'), 2, 'b', 1000)).toEqual([
      { rel: 'next', href: `${base}?limit=2&marker=b` },
    ]);
    expect(nextLink(base, new URLSearchParams(''), 1000, 'z', 1000)).toEqual([
      { rel: 'next', href: `${base}?marker=z` },
    ]);
    expect(nextLink(base, new URLSearchParams('limit=0'), 0, undefined, 1000)).toEqual([]);
  });

  it('keeps the other parameters sorted and replaces the marker', () => {
    const query = new URLSearchParams('user_id=u2&marker=a&limit=1');
    expect(nextLink(base, query, 1, 'my key', 1000)[0]?.href).toBe(
      `${base}?limit=1&marker=my+key&user_id=u2`,
    );
  });

  it("quotes like Python's quote_plus", () => {
    expect(quotePlus("a b!'()*~._-@")).toBe('a+b%21%27%28%29%2A~._-%40');
  });
});
