import { describe, expect, it } from 'vitest';
import { forwardRequestHeaders, forwardResponseHeaders } from './headers';

describe('Swift headers through the proxy', () => {
  it('passes the headers the object-store client sends', () => {
    const out = forwardRequestHeaders(
      new Headers({
        'X-Container-Read': '.r:*,.rlistings',
        'X-Storage-Policy': 'Policy-0',
        'X-Container-Meta-Color': 'blue',
        'X-Remove-Container-Meta-Color': 'x',
        'X-Object-Meta-Owner': 'ann',
        ETag: 'b1946ac92492d2347c6235b4d2611184',
        'X-Copy-From': '/c/a%20b',
        Range: 'bytes=0-3',
        Cookie: 'session=secret',
        'X-Auth-Token': 'stolen',
      }),
    );
    expect(Object.fromEntries(out)).toEqual({
      'accept-encoding': 'identity',
      etag: 'b1946ac92492d2347c6235b4d2611184',
      range: 'bytes=0-3',
      'x-container-meta-color': 'blue',
      'x-container-read': '.r:*,.rlistings',
      'x-copy-from': '/c/a%20b',
      'x-object-meta-owner': 'ann',
      'x-remove-container-meta-color': 'x',
      'x-storage-policy': 'Policy-0',
    });
  });

  it("passes Swift's answer headers back and nothing else", () => {
    const out = forwardResponseHeaders(
      new Headers({
        'X-Container-Object-Count': '3',
        'X-Storage-Policy': 'Policy-0',
        ETag: 'abc',
        'Content-Range': 'bytes 1-3/6',
        'Set-Cookie': 'x=y',
      }),
    );
    expect(out.get('x-storage-policy')).toBe('Policy-0');
    expect(out.get('x-container-object-count')).toBe('3');
    expect(out.get('etag')).toBe('abc');
    expect(out.get('content-range')).toBe('bytes 1-3/6');
    expect(out.get('set-cookie')).toBeNull();
  });
});
