import { describe, expect, it } from 'vitest';
import { emptyState } from '../state';
import { issueToken, lookupToken, pruneTokens } from './tokens';

function identity() {
  const state = emptyState().identity;
  state.domains.push({ id: 'default', name: 'Default', description: '', enabled: true });
  state.users.push({
    id: 'u1',
    name: 'demo',
    domainId: 'default',
    enabled: true,
    passwordHash: '',
    defaultProjectId: null,
  });
  state.projects.push({
    id: 'p1',
    name: 'demo',
    domainId: 'default',
    description: '',
    enabled: true,
  });
  state.roles.push({ id: 'r1', name: 'member' });
  state.assignments.push({ userId: 'u1', roleId: 'r1', target: { type: 'project', id: 'p1' } });
  return state;
}

describe('tokens', () => {
  it('issues Fernet-shaped tokens that expire after the TTL', () => {
    const state = identity();
    const token = issueToken(
      state,
      { userId: 'u1', methods: ['password'], scope: { type: 'unscoped' } },
      1000,
      60,
    );
    expect(token.id).toMatch(/^gAAAAA[A-Za-z0-9_-]{150,}$/);
    expect(token.expiresAt).toBe(61000);
    expect(token.auditIds).toHaveLength(1);
    expect(lookupToken(state, token.id, 60999)).toEqual({ ok: true, token });
    expect(lookupToken(state, token.id, 61000)).toEqual({
      ok: false,
      message: 'Failed to validate token',
    });
    expect(lookupToken(state, token.id, 61000, 172800)).toEqual({ ok: true, token });
  });

  it("answers with Keystone's TokenNotFound texts", () => {
    const state = identity();
    const token = issueToken(
      state,
      { userId: 'u1', methods: ['password'], scope: { type: 'project', id: 'p1' } },
      0,
      60,
    );
    expect(lookupToken(state, undefined, 0)).toEqual({
      ok: false,
      message: 'No token in the request',
    });
    expect(lookupToken(state, 'gAAAAAnope', 0)).toEqual({
      ok: false,
      message: 'Could not recognize Fernet token',
    });
    state.assignments = [];
    expect(lookupToken(state, token.id, 0)).toEqual({
      ok: false,
      message: `Could not find token: ${token.id}.`,
    });
    token.revoked = true;
    expect(lookupToken(state, token.id, 0)).toEqual({
      ok: false,
      message: 'Failed to validate token',
    });
  });

  it('keeps the parent audit id and a given expiry when re-scoping', () => {
    const state = identity();
    const token = issueToken(
      state,
      {
        userId: 'u1',
        methods: ['token', 'password'],
        scope: { type: 'unscoped' },
        expiresAt: 5000,
        parentAuditId: 'parent',
      },
      0,
      3600,
    );
    expect(token.expiresAt).toBe(5000);
    expect(token.auditIds[1]).toBe('parent');
  });

  it('prunes tokens past the allow_expired window', () => {
    const state = identity();
    issueToken(state, { userId: 'u1', methods: ['password'], scope: { type: 'unscoped' } }, 0, 1);
    pruneTokens(state, 1000 + 172800 * 1000 - 1);
    expect(state.tokens).toHaveLength(1);
    pruneTokens(state, 1000 + 172800 * 1000);
    expect(state.tokens).toHaveLength(0);
  });
});
