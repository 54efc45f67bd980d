import { describe, expect, it } from 'vitest';
import { cleanAcl } from './container-acl';
import { pythonTitle } from './format';
import { parseRanges } from './ranges';

describe('parseRanges', () => {
  it('reads a-b, a- and -n, clamping to the size', () => {
    expect(parseRanges('bytes=1-2', 5)).toEqual([{ start: 1, end: 2 }]);
    expect(parseRanges('bytes=3-', 5)).toEqual([{ start: 3, end: 4 }]);
    expect(parseRanges('bytes=-10', 5)).toEqual([{ start: 0, end: 4 }]);
    expect(parseRanges('bytes=4-100', 5)).toEqual([{ start: 4, end: 4 }]);
    expect(parseRanges('bytes=0-1, 3-4', 5)).toHaveLength(2);
  });

  it('ignores what does not parse and finds nothing past the end', () => {
    expect(parseRanges('bytes=abc', 5)).toBeNull();
    expect(parseRanges('bytes=3-1', 5)).toBeNull();
    expect(parseRanges('items=0-1', 5)).toBeNull();
    expect(parseRanges('bytes=5-', 5)).toEqual([]);
    expect(parseRanges('bytes=-0', 5)).toEqual([]);
  });
});

describe('cleanAcl', () => {
  it("normalises referrers and keeps user entries, as Swift's clean_acl", () => {
    expect(cleanAcl('X-Container-Read', ' .r:* , .rlistings,p1:u1 ')).toBe('.r:*,.rlistings,p1:u1');
    expect(cleanAcl('X-Container-Read', '.referrer:*.example.com')).toBe('.r:.example.com');
    expect(cleanAcl('X-Container-Read', '.foo')).toBe('.foo');
  });

  it('refuses an empty referrer, an unknown designator and referrers in write ACLs', () => {
    expect(() => cleanAcl('X-Container-Read', '.r:')).toThrow(
      "No host/domain value after referrer designation in ACL: '.r:'",
    );
    expect(() => cleanAcl('X-Container-Read', '.x:y')).toThrow(
      "Unknown designator '.x' in ACL: '.x:y'",
    );
    expect(() => cleanAcl('X-Container-Write', '.r:*')).toThrow(
      'Referrers not allowed in write ACL',
    );
  });
});

describe('pythonTitle', () => {
  it('capitalises after every non-letter, as str.title() does', () => {
    expect(pythonTitle('quota-bytes')).toBe('Quota-Bytes');
    expect(pythonTitle('my_key1x')).toBe('My_Key1X');
  });
});
