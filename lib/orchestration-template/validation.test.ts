import { describe, expect, it } from 'vitest';
import { parameterProblem, readTemplateParameters } from './parameters';
import { parametersFromValidation, type ValidationAnswer } from './validation';

// What the sandbox's Heat (and a real one) answers POST /validate for TEMPLATE.
const TEMPLATE = `heat_template_version: 2018-08-31
parameter_groups:
  - label: Sizing
    description: How big
    parameters: [count, flavor]
parameters:
  name:
    type: string
    label: Server name
    description: What to call it
    constraints:
      - length: {min: 3, max: 20}
  count:
    type: number
    default: 2
    constraints:
      - range: {min: 1, max: 5}
  flavor:
    type: string
    default: m1.tiny
    constraints:
      - custom_constraint: nova.flavor
  password:
    type: string
    hidden: true
  zones:
    type: comma_delimited_list
    default: [a, b]
  meta:
    type: json
    default: {k: v}
  debug:
    type: boolean
    default: true
  mode:
    type: string
    default: fast
    constraints:
      - allowed_values: [fast, slow]
resources: {}
`;

const ANSWER: ValidationAnswer = {
  Parameters: {
    name: {
      Type: 'String',
      Description: 'What to call it',
      Label: 'Server name',
      NoEcho: 'false',
      MinLength: 3,
      MaxLength: 20,
    },
    count: {
      Type: 'Number',
      Description: '',
      Label: 'count',
      NoEcho: 'false',
      Default: 2,
      MinValue: 1,
      MaxValue: 5,
    },
    flavor: {
      Type: 'String',
      Description: '',
      Label: 'flavor',
      NoEcho: 'false',
      Default: 'm1.tiny',
      CustomConstraint: 'nova.flavor',
    },
    password: { Type: 'String', Description: '', Label: 'password', NoEcho: 'true' },
    zones: {
      Type: 'CommaDelimitedList',
      Description: '',
      Label: 'zones',
      NoEcho: 'false',
      Default: ['a', 'b'],
    },
    meta: { Type: 'Json', Description: '', Label: 'meta', NoEcho: 'false', Default: { k: 'v' } },
    debug: { Type: 'Boolean', Description: '', Label: 'debug', NoEcho: 'false', Default: true },
    mode: {
      Type: 'String',
      Description: '',
      Label: 'mode',
      NoEcho: 'false',
      Default: 'fast',
      AllowedValues: ['fast', 'slow'],
    },
  },
  ParameterGroups: [{ label: 'Sizing', description: 'How big', parameters: ['count', 'flavor'] }],
};

describe('parametersFromValidation', () => {
  const read = parametersFromValidation(ANSWER);
  const by = new Map(read.parameters.map((p) => [p.name, p]));

  it('gives the same fields as reading the template itself', () => {
    const fromText = readTemplateParameters(TEMPLATE);
    if (!fromText.ok) throw new Error('template should parse');
    expect(read).toEqual({ sections: fromText.sections, parameters: fromText.parameters });
  });

  it('maps the five types', () => {
    expect(read.parameters.map((p) => [p.name, p.type])).toEqual([
      ['name', 'string'],
      ['count', 'number'],
      ['flavor', 'string'],
      ['password', 'string'],
      ['zones', 'comma_delimited_list'],
      ['meta', 'json'],
      ['debug', 'boolean'],
      ['mode', 'string'],
    ]);
  });

  it('shows defaults as the form does: numbers and lists as text, JSON as text, booleans', () => {
    expect(by.get('name')?.default).toBeUndefined();
    expect(by.get('count')?.default).toBe('2');
    expect(by.get('zones')?.default).toBe('a,b');
    expect(by.get('meta')?.default).toBe('{"k":"v"}');
    expect(by.get('debug')?.default).toBe(true);
    const strings = parametersFromValidation({
      Parameters: {
        zones: { Type: 'CommaDelimitedList', Default: 'x,y' },
        on: { Type: 'Boolean', Default: 'false' },
        meta: { Type: 'Json', Default: '{"a": 1}' },
      },
    }).parameters;
    expect(strings.map((p) => p.default)).toEqual(['x,y', false, '{"a": 1}']);
  });

  it('prefers the environment’s value (Value) to the template’s default', () => {
    const [p] = parametersFromValidation({
      Parameters: { name: { Type: 'String', Default: 'a', Value: 'from-env' } },
    }).parameters;
    expect(p?.default).toBe('from-env');
  });

  it('reads NoEcho "true" as hidden, labels and descriptions (the name when none)', () => {
    expect(by.get('password')?.hidden).toBe(true);
    expect(by.get('name')).toMatchObject({
      hidden: false,
      label: 'Server name',
      description: 'What to call it',
    });
    expect(by.get('count')?.label).toBe('count');
    expect(by.get('count')).not.toHaveProperty('description');
    const [bare] = parametersFromValidation({ Parameters: { x: { Type: 'String' } } }).parameters;
    expect(bare).toEqual({
      name: 'x',
      type: 'string',
      label: 'x',
      hidden: false,
      immutable: false,
      constraints: [],
    });
  });

  it('turns allowed values, length, range and custom constraints into constraints', () => {
    expect(by.get('mode')?.constraints).toEqual([
      { kind: 'allowed_values', values: ['fast', 'slow'] },
    ]);
    expect(by.get('name')?.constraints).toEqual([{ kind: 'length', min: 3, max: 20 }]);
    expect(by.get('count')?.constraints).toEqual([{ kind: 'range', min: 1, max: 5 }]);
    expect(by.get('flavor')?.constraints).toEqual([
      { kind: 'custom_constraint', name: 'nova.flavor' },
    ]);
    expect(parameterProblem(by.get('count')!, '9')).toBe('The value must be in the range 1 to 5.');
    expect(parameterProblem(by.get('name')!, 'ab')).toBe(
      'The length must be in the range 3 to 20.',
    );
  });

  it('keeps one-sided bounds, numeric allowed values as text, the pattern and the description', () => {
    const [p] = parametersFromValidation({
      Parameters: {
        size: {
          Type: 'Number',
          MinValue: 1,
          AllowedValues: [1, 2, 4],
          ConstraintDescription: 'A power of two, at least 1.',
        },
        code: { Type: 'String', AllowedPattern: '[A-Z]+', MaxLength: 4, Immutable: true },
      },
    }).parameters;
    expect(p?.constraints).toEqual([
      { kind: 'range', min: 1, max: undefined, description: 'A power of two, at least 1.' },
      {
        kind: 'allowed_values',
        values: ['1', '2', '4'],
        description: 'A power of two, at least 1.',
      },
    ]);
    expect(parameterProblem(p!, '3')).toBe('A power of two, at least 1.');
    const code = parametersFromValidation({
      Parameters: {
        code: { Type: 'String', AllowedPattern: '[A-Z]+', MaxLength: 4, Immutable: true },
      },
    }).parameters[0];
    expect(code?.immutable).toBe(true);
    expect(code?.constraints).toEqual([
      { kind: 'length', min: undefined, max: 4 },
      { kind: 'allowed_pattern', pattern: '[A-Z]+' },
    ]);
    expect(parameterProblem(code!, 'abc')).toBe('Value must match pattern: [A-Z]+');
  });

  it('orders the sections by parameter group, then the ungrouped in the answer’s order', () => {
    const { sections } = parametersFromValidation({
      Parameters: {
        a: { Type: 'String' },
        b: { Type: 'String' },
        c: { Type: 'String' },
        d: { Type: 'String' },
      },
      ParameterGroups: [
        { label: 'Second first', parameters: ['c', 'a'] },
        { label: 'Then', description: 'more', parameters: ['d', 'missing'] },
      ],
    });
    expect(sections.map((s) => [s.label, s.description, s.parameters.map((p) => p.name)])).toEqual([
      ['Second first', undefined, ['c', 'a']],
      ['Then', 'more', ['d']],
      [undefined, undefined, ['b']],
    ]);
  });

  it('reads an answer without parameters or groups as no sections', () => {
    expect(parametersFromValidation({ Parameters: {} })).toEqual({ sections: [], parameters: [] });
    expect(parametersFromValidation({ Parameters: null, ParameterGroups: null })).toEqual({
      sections: [],
      parameters: [],
    });
  });

  it('reads an unknown type as a string', () => {
    expect(
      parametersFromValidation({ Parameters: { x: { Type: 'Odd' } } }).parameters[0]?.type,
    ).toBe('string');
  });
});
