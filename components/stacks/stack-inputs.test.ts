import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import { readTemplateParameters } from '@/lib/orchestration-template/parameters';
import {
  launchInput,
  parameterDefaults,
  parameterFieldSpec,
  paramKey,
  templateSourceInput,
} from './stack-inputs';

const TEMPLATE = `heat_template_version: 2018-08-31
parameters:
  net_name:
    type: string
    label: Network Name
    constraints:
      - length: {min: 3, max: 20}
  size:
    type: number
    default: 2
    constraints:
      - range: {min: 1, max: 5}
  secret:
    type: string
    hidden: true
    default: s3cret
  flavor:
    type: string
    default: m1.tiny
    constraints:
      - custom_constraint: nova.flavor
  mode:
    type: string
    default: a
    constraints:
      - allowed_values: [a, b]
resources: {}
`;

const reading = readTemplateParameters(TEMPLATE);
if (!reading.ok) throw new Error('template should parse');
const fields = reading.parameters;
const by = new Map(fields.map((f) => [f.name, f]));
const settings = { stack_name: 'demo', timeout_mins: '60', rollback: false };

describe('templateSourceInput', () => {
  it('marks a YAML error at the template field with its line', () => {
    const r = validateForm(templateSourceInput, {
      template_source: 'raw',
      template_data: 'a:\n  b: 1\n c: 2\n',
    });
    expect(r.ok).toBe(false);
    expect(r.errors.template_data).toBe('Line 3: All mapping items must start at the same column');
  });
  it('asks for a template or a URL', () => {
    expect(
      validateForm(templateSourceInput, { template_source: 'raw', template_data: '' }).errors
        .template_data,
    ).toBe('Enter the template (YAML or JSON).');
    expect(
      validateForm(templateSourceInput, { template_source: 'url', template_url: 'nope' }).errors
        .template_url,
    ).toBe('Enter a valid URL (http:// or https://).');
  });
});

describe('launchInput', () => {
  it('puts each constraint violation at its parameter field, in Heat words', () => {
    const r = validateForm(launchInput(fields), {
      ...settings,
      ...parameterDefaults(fields),
      [paramKey('net_name')]: 'ab',
      [paramKey('size')]: '9',
    });
    expect(r.ok).toBe(false);
    expect(r.errors[paramKey('net_name')]).toBe('The length must be in the range 3 to 20.');
    expect(r.errors[paramKey('size')]).toBe('The value must be in the range 1 to 5.');
  });
  it('requires a value for a parameter without a default', () => {
    const r = validateForm(launchInput(fields), { ...settings, ...parameterDefaults(fields) });
    expect(r.errors[paramKey('net_name')]).toBe('The Parameter (net_name) was not provided.');
  });
  it('refuses a stack name Heat refuses', () => {
    const r = validateForm(launchInput(fields), { ...settings, stack_name: '1abc' });
    expect(r.errors.stack_name).toMatch(/must start with a letter/);
  });
  it('outputs the settings and the parameters as text', () => {
    const r = validateForm(launchInput(fields), {
      ...settings,
      ...parameterDefaults(fields),
      [paramKey('net_name')]: 'my-net',
    });
    expect(r.ok && r.data).toEqual({
      stack_name: 'demo',
      timeout_mins: 60,
      rollback: false,
      parameters: { net_name: 'my-net', size: '2', secret: 's3cret', flavor: 'm1.tiny', mode: 'a' },
    });
  });
});

describe('parameterFieldSpec', () => {
  it('makes hidden parameters password fields and allowed values a select', () => {
    expect(parameterFieldSpec(by.get('secret')!).kind).toBe('password');
    const mode = parameterFieldSpec(by.get('mode')!);
    expect(mode.kind).toBe('select');
    expect(mode.options?.map((o) => o.value)).toEqual(['', 'a', 'b']);
  });
  it('offers the real resources for a custom constraint once loaded', () => {
    expect(parameterFieldSpec(by.get('flavor')!).kind).toBe('text');
    const picked = parameterFieldSpec(by.get('flavor')!, {
      'nova.flavor': [{ value: 'm1.tiny', label: 'm1.tiny' }],
    });
    expect(picked.kind).toBe('select');
    expect(picked.label).toBe('flavor');
    expect(parameterFieldSpec(by.get('net_name')!)).toMatchObject({
      label: 'Network Name',
      required: true,
      kind: 'text',
    });
  });
});

describe('launchInput with other fields empty', () => {
  it('still marks a parameter violating its constraint while the stack name is empty', () => {
    const r = validateForm(launchInput(fields), {
      stack_name: '',
      timeout_mins: '60',
      rollback: false,
      [paramKey('net_name')]: 'ab',
    });
    expect(r.errors.stack_name).toBe('Enter a stack name.');
    expect(r.errors[paramKey('net_name')]).toBe('The length must be in the range 3 to 20.');
  });
});

describe('launchInput with untouched parameter fields', () => {
  it('takes an absent field as the default, or as missing when there is none', () => {
    const ok = validateForm(launchInput(fields), { ...settings, [paramKey('net_name')]: 'my-net' });
    expect(ok.ok && ok.data.parameters).toEqual({ net_name: 'my-net' });
    const missing = validateForm(launchInput(fields), settings);
    expect(missing.errors).toEqual({
      [paramKey('net_name')]: 'The Parameter (net_name) was not provided.',
    });
  });
});
