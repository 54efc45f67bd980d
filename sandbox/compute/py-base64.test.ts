import { describe, expect, it } from 'vitest';
import { pyB64Decode } from './py-base64';

// Expected values were produced with CPython 3.11's binascii.a2b_base64.
describe('pyB64Decode', () => {
  it.each([
    ['YWJj', 'abc'],
    ['YWI=', 'ab'],
    ['YWI==', 'ab'],
    ['Y W J j', 'abc'],
    ['!!YWJj', 'abc'],
    ['=YWJj', 'abc'],
    ['YW==YWJj', 'a'],
    ['YWJj=YWJj', 'abcabc'],
    ['YWI=x', 'ab'],
  ])('decodes %j leniently', (input, expected) => {
    expect(pyB64Decode(input)?.toString()).toBe(expected);
  });

  it.each(['YWI', 'YW', 'Y', 'YW=I', 'YWJjZA='])('refuses %j (bad padding)', (input) => {
    expect(pyB64Decode(input)).toBeNull();
  });
});
