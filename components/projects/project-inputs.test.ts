import { describe, expect, it } from 'vitest';
import { createProjectInput, quotaInput, roleChange } from './project-inputs';

describe('project inputs', () => {
  it('needs a name of at most 64 characters', () => {
    const ok = { description: '', domain: 'default', enabled: true };
    expect(createProjectInput.safeParse({ ...ok, name: ' ' }).success).toBe(false);
    expect(createProjectInput.safeParse({ ...ok, name: 'x'.repeat(65) }).success).toBe(false);
    expect(createProjectInput.parse({ ...ok, name: ' lab ' }).name).toBe('lab');
  });

  it('reads limits as whole numbers of -1 or more', () => {
    const schema = quotaInput(['cores']);
    expect(schema.parse({ cores: '20' })).toEqual({ cores: 20 });
    expect(schema.parse({ cores: '-1' })).toEqual({ cores: -1 });
    expect(schema.safeParse({ cores: '-2' }).success).toBe(false);
    expect(schema.safeParse({ cores: '1.5' }).success).toBe(false);
  });

  it('grants the missing roles and revokes the unticked ones', () => {
    expect(roleChange(['member', 'reader'], ['member', 'admin'])).toEqual({
      grant: ['admin'],
      revoke: ['reader'],
    });
  });
});
