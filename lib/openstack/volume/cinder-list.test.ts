import { describe, expect, it } from 'vitest';
import { cinderQuery, pageOf } from './cinder-list';
import { queryString } from '../http';

describe('Cinder list queries', () => {
  it('turns a list query into Cinder parameters', () => {
    const q = cinderQuery({
      limit: 20,
      marker: 'm',
      sortKey: 'name',
      sortDir: 'desc',
      filters: { status: 'available', bootable: true },
      metadata: { a: '1' },
      allProjects: true,
    });
    expect(queryString(q)).toBe(
      '?status=available&bootable=true&metadata=%7B%22a%22%3A%221%22%7D&all_tenants=1&limit=20&marker=m&sort=name%3Adesc',
    );
  });

  it('leaves out what was not asked, and sorts ascending by default', () => {
    expect(queryString(cinderQuery({}))).toBe('');
    expect(cinderQuery({ sortKey: 'size' }).sort).toBe('size:asc');
  });

  it('reads the next marker from <collection>_links', () => {
    const next = pageOf(
      [1],
      [{ rel: 'next', href: 'http://c/v3/p/volumes/detail?limit=1&marker=abc' }],
    );
    expect(next).toEqual({ items: [1], next: 'abc' });
    expect(pageOf([1], undefined).next).toBeUndefined();
  });
});
