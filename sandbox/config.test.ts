import { describe, expect, it } from 'vitest';
import { optionsFromEnv, resolveOptions } from './config';
import { compareNames, sameName } from './names';
import { keystoneTime, novaTime } from './time';
import { regionalPort } from './topology';

describe('options', () => {
  it('reads the SANDBOX_* environment', () => {
    expect(
      optionsFromEnv({
        SANDBOX_HOST: '0.0.0.0',
        SANDBOX_PORT: '9000',
        SANDBOX_TOKEN_TTL: '60',
        SANDBOX_STUDENTS: '3',
        SANDBOX_STATE: '/tmp/s.json',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 9000,
      tokenTtlSeconds: 60,
      students: 3,
      statePath: '/tmp/s.json',
    });
    expect(optionsFromEnv({})).toEqual({});
    expect(() => optionsFromEnv({ SANDBOX_PORT: 'x' })).toThrow(/SANDBOX_PORT/);
  });

  it('reads SANDBOX_STUDENT_PASSWORD for a class password', () => {
    expect(optionsFromEnv({ SANDBOX_STUDENTS: '30', SANDBOX_STUDENT_PASSWORD: 'cl4ss' })).toEqual({
      students: 30,
      studentPassword: 'cl4ss',
    });
    expect(optionsFromEnv({ SANDBOX_STUDENT_PASSWORD: '' })).toEqual({});
    expect(resolveOptions({ studentPassword: 'cl4ss' }).studentPassword).toBe('cl4ss');
    expect(() => resolveOptions({ studentPassword: 'two words' })).toThrow(/studentPassword/);
  });

  it('reads SANDBOX_BOOT_MS for the Nova boot time', () => {
    expect(optionsFromEnv({ SANDBOX_BOOT_MS: '250' })).toEqual({ bootMs: 250 });
    expect(resolveOptions({ bootMs: 0 }).bootMs).toBe(0);
    expect(() => resolveOptions({ bootMs: -5 })).toThrow(/bootMs/);
  });

  it('fills defaults and rejects nonsense', () => {
    expect(resolveOptions({})).toEqual({
      host: '127.0.0.1',
      port: 8788,
      tokenTtlSeconds: 3600,
      students: 0,
      studentPassword: null,
      statePath: null,
      quiet: false,
      bootMs: 3000,
      faults: false,
    });
    expect(() => resolveOptions({ students: -1 })).toThrow(/students/);
    expect(resolveOptions({ students: 200 }).students).toBe(200);
    expect(() => resolveOptions({ students: 201 })).toThrow(/students must be .* 0 to 200/);
    expect(() => resolveOptions({ tokenTtlSeconds: 0 })).toThrow(/tokenTtlSeconds/);
  });
});

describe('topology', () => {
  it('gives every regional service a fixed slot per region', () => {
    expect(regionalPort(8788, 'RegionOne', 'compute')).toBe(8789);
    expect(regionalPort(8788, 'RegionTwo', 'compute')).toBe(8799);
    expect(regionalPort(8788, 'RegionOne', 'placement')).toBe(8796);
    expect(regionalPort(8788, 'RegionTwo', 'placement')).toBe(8806);
  });
});

describe('timestamps and names', () => {
  it('formats times like Keystone and Nova', () => {
    const ms = Date.UTC(2026, 10, 26, 10, 0, 0, 123);
    expect(keystoneTime(ms)).toBe('2026-11-26T10:00:00.123000Z');
    expect(novaTime(ms)).toBe('2026-11-26T10:00:00.000000');
  });

  it('compares names like a utf8_general_ci column', () => {
    expect(sameName('Demo', 'demo')).toBe(true);
    expect(compareNames('ab', 'a_b')).toBeLessThan(0);
  });
});
