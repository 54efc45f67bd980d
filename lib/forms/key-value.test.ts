import { describe, expect, it } from 'vitest';
import { keyValueLines, toKeyValueLines } from './key-value';

describe('key=value lines', () => {
  const schema = keyValueLines({ maxKey: 5, maxValue: 5, maxItems: 2, label: 'line' });
  it('parses lines, skipping blanks and comments', () => {
    expect(schema.parse('a=1\n\n# note\n b = two ')).toEqual({ a: '1', b: 'two' });
    expect(toKeyValueLines({ a: '1', b: 'two' })).toBe('a=1\nb=two');
  });
  it('says which line is wrong', () => {
    const messages = (text: string) => schema.safeParse(text).error?.issues.map((i) => i.message);
    expect(messages('novalue')).toEqual(['Line 1: write it as key=value.']);
    expect(messages('a=1\nlongkey=1')).toEqual(['Line 2: the key is longer than 5 characters.']);
    expect(messages('a=123456')).toEqual(['Line 1: the value is longer than 5 characters.']);
    expect(messages('a=1\na=2')).toEqual(['Line 2: "a" is given twice.']);
    expect(messages('a=1\nb=2\nc=3')).toEqual(['At most 2 items are allowed.']);
  });
});
