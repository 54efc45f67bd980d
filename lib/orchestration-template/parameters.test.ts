import { describe, expect, it } from 'vitest';
import {
  customConstraint,
  parameterProblem,
  readTemplateParameters,
  yamlProblems,
} from './parameters';

const TEMPLATE = `heat_template_version: 2018-08-31
parameter_groups:
  - label: Network
    description: Where it lives
    parameters: [cidr, net_name]
parameters:
  net_name:
    type: string
    label: Network name
    default: demo-net
    constraints:
      - length: {min: 3, max: 20}
  cidr:
    type: string
    default: 10.0.0.0/24
    constraints:
      - allowed_pattern: "[0-9./]+"
        description: A CIDR such as 10.0.0.0/24
  size:
    type: number
    default: 2
    constraints:
      - range: {min: 1, max: 5}
  flavor:
    type: string
    constraints:
      - custom_constraint: nova.flavor
  secret:
    type: string
    hidden: true
  debug:
    type: boolean
    default: "yes"
  names:
    type: comma_delimited_list
    default: [a, b]
    constraints:
      - allowed_values: [a, b, c]
resources: {}
`;

describe('readTemplateParameters', () => {
  const reading = readTemplateParameters(TEMPLATE);
  if (!reading.ok) throw new Error('template should parse');

  it('puts grouped parameters in their section, in the group order, then the rest', () => {
    expect(reading.sections.map((s) => s.label)).toEqual(['Network', undefined]);
    expect(reading.sections[0]?.description).toBe('Where it lives');
    expect(reading.sections[0]?.parameters.map((p) => p.name)).toEqual(['cidr', 'net_name']);
    expect(reading.sections[1]?.parameters.map((p) => p.name)).toEqual([
      'size',
      'flavor',
      'secret',
      'debug',
      'names',
    ]);
  });

  it('reads types, labels, defaults, hidden and constraints', () => {
    const by = new Map(reading.parameters.map((p) => [p.name, p]));
    expect(by.get('net_name')).toMatchObject({
      type: 'string',
      label: 'Network name',
      default: 'demo-net',
      hidden: false,
      constraints: [{ kind: 'length', min: 3, max: 20 }],
    });
    expect(by.get('cidr')?.label).toBe('cidr');
    expect(by.get('size')).toMatchObject({ type: 'number', default: '2' });
    expect(by.get('secret')?.hidden).toBe(true);
    expect(by.get('debug')?.default).toBe(true);
    expect(by.get('names')?.default).toBe('a,b');
    expect(customConstraint(by.get('flavor')!)).toBe('nova.flavor');
    expect(by.get('flavor')?.default).toBeUndefined();
  });

  it('gives the YAML problem at its line instead of fields', () => {
    const bad = readTemplateParameters(
      'heat_template_version: 2018-08-31\nparameters:\n  a: [1, 2\n',
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reads a template without parameters as no sections', () => {
    const r = readTemplateParameters('heat_template_version: 2018-08-31\nresources: {}\n');
    expect(r).toEqual({ ok: true, sections: [], parameters: [] });
  });
});

describe('yamlProblems', () => {
  it('marks a bad indentation at its line', () => {
    const problems = yamlProblems('a: 1\nb:\n  c: 2\n d: 3\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.line).toBe(4);
  });
  it('marks a duplicate key', () => {
    expect(yamlProblems('a: 1\na: 2\n')[0]?.line).toBe(2);
  });
  it('finds nothing wrong in good YAML', () => {
    expect(yamlProblems(TEMPLATE)).toEqual([]);
  });
});

describe('parameterProblem', () => {
  const reading = readTemplateParameters(TEMPLATE);
  if (!reading.ok) throw new Error('template should parse');
  const by = new Map(reading.parameters.map((p) => [p.name, p]));

  it('checks range and number with Heat words', () => {
    expect(parameterProblem(by.get('size')!, '3')).toBeNull();
    expect(parameterProblem(by.get('size')!, '9')).toBe('The value must be in the range 1 to 5.');
    expect(parameterProblem(by.get('size')!, 'x')).toMatch(/not an integer or a number/);
  });
  it('checks length', () => {
    expect(parameterProblem(by.get('net_name')!, 'ab')).toBe(
      'The length must be in the range 3 to 20.',
    );
    expect(parameterProblem(by.get('net_name')!, 'abc')).toBeNull();
  });
  it('uses the constraint description when there is one, and matches the whole value', () => {
    expect(parameterProblem(by.get('cidr')!, '10.0.0.0/24')).toBeNull();
    expect(parameterProblem(by.get('cidr')!, '10.0.0.0/24x')).toBe('A CIDR such as 10.0.0.0/24');
  });
  it('checks every list item against allowed values', () => {
    expect(parameterProblem(by.get('names')!, 'a,c')).toBeNull();
    expect(parameterProblem(by.get('names')!, 'a,z')).toBe('Allowed values: a, b, c');
  });
  it('leaves custom constraints and booleans alone', () => {
    expect(parameterProblem(by.get('flavor')!, 'anything')).toBeNull();
    expect(parameterProblem(by.get('debug')!, true)).toBeNull();
  });
});
