import { describe, expect, it } from 'vitest';
import {
  isPublicReadAcl,
  metadataHeaders,
  PUBLIC_READ_ACL,
  readMetadata,
  timestampDate,
} from './swift-headers';

describe('Swift metadata headers', () => {
  it('reads X-<Scope>-Meta-* in the case Swift shows them', () => {
    const headers = new Headers({
      'X-Container-Meta-Color': 'blue',
      'X-Container-Meta-Quota-Bytes': '100',
      'X-Container-Read': '.r:*',
      'X-Object-Meta-Other': 'no',
    });
    expect(readMetadata(headers, 'Container')).toEqual({ Color: 'blue', 'Quota-Bytes': '100' });
  });

  it('writes the set and the removed keys', () => {
    expect(metadataHeaders('Object', { Owner: 'ann' }, ['Old'])).toEqual({
      'X-Object-Meta-Owner': 'ann',
      'X-Remove-Object-Meta-Old': 'x',
    });
  });

  it('calls a container public only when anyone may read it', () => {
    expect(isPublicReadAcl(PUBLIC_READ_ACL)).toBe(true);
    expect(isPublicReadAcl('.rlistings, .r:*')).toBe(true);
    expect(isPublicReadAcl('.rlistings')).toBe(false);
    expect(isPublicReadAcl('.r:example.com')).toBe(false);
    expect(isPublicReadAcl('demo:demo')).toBe(false);
    expect(isPublicReadAcl(undefined)).toBe(false);
  });

  it('turns X-Timestamp into a date', () => {
    expect(timestampDate(new Headers({ 'X-Timestamp': '1796568154.93348' }))).toBe(
      '2026-12-06T14:42:34.933Z',
    );
    expect(timestampDate(new Headers())).toBeUndefined();
  });
});
