import { describe, expect, it } from 'vitest';
import { groupInput, memberChange, parseIds } from './group-inputs';

describe('group inputs', () => {
  it('needs a name of at most 64 characters', () => {
    expect(groupInput.safeParse({ name: '', description: '' }).success).toBe(false);
    expect(groupInput.safeParse({ name: 'x'.repeat(65), description: '' }).success).toBe(false);
    expect(groupInput.parse({ name: ' ops ', description: '' }).name).toBe('ops');
  });

  it('adds the new members and removes the unticked ones', () => {
    expect(memberChange(['a', 'b'], ['b', 'c'])).toEqual({ add: ['c'], remove: ['a'] });
    expect(parseIds('["a"]')).toEqual(['a']);
    expect(parseIds('{')).toEqual([]);
  });
});
