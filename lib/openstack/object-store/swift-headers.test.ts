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

  it('sends a UTF-8 value as its bytes and reads it back', () => {
    const sent = metadataHeaders('Container', { Title: 'données 数据' })['X-Container-Meta-Title'];
    expect(sent).toBe('donn\u00c3\u00a9es \u00e6\u0095\u00b0\u00e6\u008d\u00ae');
    expect(
      readMetadata(new Headers({ 'X-Container-Meta-Title': sent ?? '' }), 'Container'),
    ).toEqual({
      Title: 'données 数据',
    });
    expect(readMetadata(new Headers({ 'X-Object-Meta-Latin': 'caf\u00e9' }), 'Object')).toEqual({
      Latin: 'café',
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
