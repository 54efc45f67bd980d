import { describe, expect, it } from 'vitest';
import { pyRepr, pyStr } from './py-repr';

describe('pyRepr', () => {
  it('renders scalars as Python does', () => {
    expect(pyRepr(null)).toBe('None');
    expect(pyRepr(true)).toBe('True');
    expect(pyRepr(false)).toBe('False');
    expect(pyRepr(42)).toBe('42');
    expect(pyRepr(1.5)).toBe('1.5');
  });

  it('quotes strings like repr()', () => {
    expect(pyRepr('abc')).toBe("'abc'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(pyRepr('a\nb\tc\\')).toBe("'a\\nb\\tc\\\\'");
    expect(pyRepr('\u0001')).toBe("'\\x01'");
    expect(pyRepr('\u200b')).toBe("'\\u200b'");
    expect(pyRepr('é ü')).toBe("'é ü'");
  });

  it('renders lists and dicts', () => {
    expect(pyRepr([1, 'a', null])).toBe("[1, 'a', None]");
    expect(pyRepr({ name: 'k', n: [true] })).toBe("{'name': 'k', 'n': [True]}");
    expect(pyRepr({})).toBe('{}');
  });

  it('str() keeps strings raw', () => {
    expect(pyStr('raw text')).toBe('raw text');
    expect(pyStr({ a: 1 })).toBe("{'a': 1}");
  });
});
