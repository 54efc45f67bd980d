// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { recordOutcome } from './record';
import {
  clearSessionLog,
  MAX_ENTRIES,
  readSessionLog,
  recordChange,
  setSessionLogUser,
} from './store';

afterEach(() => {
  setSessionLogUser(null);
  localStorage.clear();
});

describe('session log store', () => {
  it('keeps each user’s log apart and clears it', () => {
    setSessionLogUser('u1');
    recordChange({ action: 'Create Network', ok: true });
    setSessionLogUser('u2');
    recordChange({ action: 'Delete Key Pair', ok: false, error: 'No' });
    expect(readSessionLog('u1').map((e) => e.action)).toEqual(['Create Network']);
    expect(readSessionLog('u2').map((e) => e.action)).toEqual(['Delete Key Pair']);
    clearSessionLog('u2');
    expect(readSessionLog('u2')).toEqual([]);
    expect(readSessionLog('u1')).toHaveLength(1);
  });

  it('records nothing before the user is known', () => {
    recordChange({ action: 'Create Network', ok: true });
    expect(localStorage.length).toBe(0);
  });

  it('is capped', () => {
    setSessionLogUser('u1');
    for (let i = 0; i < MAX_ENTRIES + 5; i += 1) recordChange({ action: `A${i}`, ok: true });
    const log = readSessionLog();
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log[0]?.action).toBe('A5');
  });

  it('records an outcome redacted, with the resource and the cloud’s error', () => {
    setSessionLogUser('u1');
    recordOutcome({
      action: 'Create User',
      values: { name: 'alice', password: 'hunter22' },
      equivalents: () => ({
        cli: 'openstack user create --password hunter22 alice',
        sdk: '',
        hot: '',
      }),
      subject: { id: 'abc', name: 'alice' },
    });
    recordOutcome({
      action: 'Create Network',
      values: { name: 'n' },
      error: new Error('Quota exceeded'),
    });
    const [ok, failed] = readSessionLog();
    expect(ok?.equivalents?.cli).toBe('openstack user create --password <redacted> alice');
    expect(JSON.stringify(localStorage)).not.toContain('hunter22');
    expect(ok?.resource).toEqual({ name: 'alice', id: 'abc' });
    expect(failed).toMatchObject({ ok: false, error: 'Quota exceeded', resource: { name: 'n' } });
  });
});
