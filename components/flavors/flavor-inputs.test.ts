import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import {
  accessChange,
  createFlavorInput,
  extraSpecLines,
  specsChange,
  specsToLines,
  updateMetadataInput,
} from './flavor-inputs';

const good = {
  name: 'm1.lab',
  id: 'auto',
  vcpus: '2',
  ram: '2048',
  disk: '20',
  ephemeral: '0',
  swap: '0',
  rxtx_factor: '1',
  is_public: true,
};
const errors = (change: Record<string, string | boolean>) =>
  validateForm(createFlavorInput, { ...good, ...change }).errors;

describe('Create Flavor input', () => {
  it('turns the typed text into numbers', () => {
    const result = validateForm(createFlavorInput, { ...good, rxtx_factor: '1.5' });
    expect(result.ok && result.data).toEqual({
      ...good,
      vcpus: 2,
      ram: 2048,
      disk: 20,
      ephemeral: 0,
      swap: 0,
      rxtx_factor: 1.5,
    });
  });

  it('refuses empty, zero, negative and huge numbers at the field', () => {
    expect(errors({ vcpus: '' })).toEqual({ vcpus: 'VCPUs is required.' });
    expect(errors({ vcpus: '0' })).toEqual({ vcpus: 'VCPUs must be at least 1.' });
    expect(errors({ ram: '-512' })).toEqual({ ram: 'RAM (MB) must be at least 1.' });
    expect(errors({ disk: '-1' })).toEqual({ disk: 'Root Disk (GB) cannot be negative.' });
    expect(errors({ disk: '0' })).toEqual({});
    expect(errors({ swap: '99999999999' })).toEqual({
      swap: 'Swap Disk (MB) must be at most 2,147,483,647.',
    });
    expect(errors({ vcpus: '9'.repeat(10_000) })).toEqual({
      vcpus: 'VCPUs must be at most 2,147,483,647.',
    });
    expect(errors({ vcpus: '1.5' })).toEqual({ vcpus: 'VCPUs must be a whole number.' });
    expect(errors({ rxtx_factor: '0' })).toEqual({
      rxtx_factor: 'RX/TX Factor must be greater than 0.',
    });
    expect(errors({ rxtx_factor: '' })).toEqual({ rxtx_factor: 'RX/TX Factor is required.' });
  });

  it('refuses empty, long and markup names and ids', () => {
    expect(errors({ name: '  ' })).toEqual({ name: 'Name is required.' });
    expect(errors({ name: 'n'.repeat(10_000) })).toEqual({
      name: 'Name must be 255 characters or fewer.',
    });
    expect(errors({ name: '<b>big</b>' })).toEqual({
      name: 'Name may only contain letters, numbers, spaces, underscores, periods and hyphens.',
    });
    expect(errors({ id: '' }).id).toMatch(/^ID is required/);
    expect(errors({ id: 'a/b' }).id).toMatch(/^ID may only contain/);
    expect(errors({ id: 'lab-1' })).toEqual({});
  });
});

describe('extra specs lines', () => {
  it('reads key=value lines, skipping blank ones', () => {
    expect(extraSpecLines.parse('hw:cpu_policy=dedicated\n\n quota:a = 1 \nk=')).toEqual({
      'hw:cpu_policy': 'dedicated',
      'quota:a': '1',
      k: '',
    });
  });

  it('names the wrong line', () => {
    const parse = (text: string) => extraSpecLines.safeParse(text).error?.issues[0]?.message;
    expect(parse('a=1\nnovalue')).toBe('Line 2: write it as key=value.');
    expect(parse('<b>=1')).toMatch(/^Line 1: the key may only contain/);
    expect(parse(`k=${'v'.repeat(256)}`)).toBe(
      'Line 1: the value must be 255 characters or fewer.',
    );
    expect(parse('a=1\na=2')).toBe('Line 2: "a" is given twice.');
    expect(parse('x'.repeat(100_001))).toBe('Too much text: at most 100,000 characters.');
  });

  it('works out what to set and what to unset', () => {
    const before = { a: '1', b: '2', c: '3' };
    expect(specsChange(before, { a: '1', b: '20', d: '4' })).toEqual({
      set: { b: '20', d: '4' },
      unset: ['c'],
    });
    expect(specsToLines({ b: '2', a: '1' })).toBe('a=1\nb=2');
    const input = updateMetadataInput.parse({ specs: 'a=1', current: '{"a":"0","z":"9"}' });
    expect(input).toEqual({ specs: { a: '1' }, current: { a: '0', z: '9' } });
    expect(updateMetadataInput.parse({ specs: '', current: 'not json' }).current).toEqual({});
  });

  it('works out which projects gain and lose access', () => {
    expect(accessChange(['p1', 'p2'], ['p2', 'p3'])).toEqual({ add: ['p3'], remove: ['p1'] });
  });
});
