import { describe, expect, it } from 'vitest';
import { memberEntries, membersChange, parseMembers } from './members';

describe('members field value', () => {
  it('keeps a member with no role and round-trips roles', () => {
    const value = memberEntries(
      new Map([
        ['u1', ['member', 'reader']],
        ['u2', []],
      ]),
    );
    expect(value).toEqual(['u1/', 'u1/member', 'u1/reader', 'u2/']);
    expect([...parseMembers(value)]).toEqual([
      ['u1', ['member', 'reader']],
      ['u2', []],
    ]);
    expect(parseMembers('nonsense').size).toBe(0);
  });

  it('lists the grants and revocations per member', () => {
    const before = new Map([
      ['u1', ['member', 'reader']],
      ['u2', ['member']],
    ]);
    const after = new Map([
      ['u1', ['member']],
      ['u3', ['admin', 'member']],
    ]);
    expect(membersChange(before, after)).toEqual([
      { actor: 'u1', grant: [], revoke: ['reader'] },
      { actor: 'u2', grant: [], revoke: ['member'] },
      { actor: 'u3', grant: ['admin', 'member'], revoke: [] },
    ]);
    expect(membersChange(before, before)).toEqual([]);
  });
});
