import { describe, expect, it } from 'vitest';
import { HeatError } from './errors';
import {
  findVersion,
  parseTemplate,
  referencedResources,
  resolve,
  templateVersion,
  type EvalContext,
} from './hot';
import { coerce, parameterSchemas, resolveParameters } from './parameters';

function ctx(version = '2018-08-31', params: Record<string, unknown> = {}): EvalContext {
  return {
    version: findVersion(version)!,
    path: 'outputs.x.value',
    files: { 'a.txt': 'A' },
    param: (n) => params[n],
    resourceRef: (n) => `id-of-${n}`,
    attribute: (n, a) => ({ n, a }),
    condition: (n) => n === 'yes',
  };
}

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    return (err as HeatError).message;
  }
  return 'no error';
};

describe('HOT versions and parsing', () => {
  it('knows the dates and the aliases, and refuses others in Heat words', () => {
    expect(findVersion('2013-05-23')?.date).toBe('2013-05-23');
    expect(findVersion('wallaby')?.date).toBe('2021-04-16');
    expect(findVersion('rocky')?.date).toBe('2018-08-31');
    expect(findVersion('2020-01-01')).toBeUndefined();
    expect(message(() => templateVersion({ heat_template_version: '2020-01-01' }))).toMatch(
      /^The template version is invalid: "heat_template_version: 2020-01-01"/,
    );
    // conditions came with 2016-10-14.
    expect(
      message(() => templateVersion({ heat_template_version: '2015-10-15', conditions: {} })),
    ).toBe('The template section is invalid: conditions');
  });

  it('reads JSON and YAML mappings only, with a version key', () => {
    expect(parseTemplate('{"heat_template_version": "2018-08-31"}')).toEqual({
      heat_template_version: '2018-08-31',
    });
    expect(message(() => parseTemplate('- a\n- b\n'))).toBe(
      'The template is not a JSON object or YAML mapping.',
    );
    expect(message(() => parseTemplate('resources: {}\n'))).toBe(
      'Template format version not found.',
    );
  });
});

describe('intrinsic functions', () => {
  it('resolves nested functions innermost first', () => {
    const c = ctx('2018-08-31', { name: 'web', list: ['a', 'b'] });
    expect(resolve({ list_join: [',', { get_param: 'list' }, ['c']] }, c)).toBe('a,b,c');
    expect(
      resolve(
        {
          str_replace: {
            template: 'x-NAME-NAMEs',
            params: { NAME: { get_param: 'name' }, NAMEs: 'many' },
          },
        },
        c,
      ),
    ).toBe('x-web-many');
    expect(resolve({ get_resource: 'net' }, c)).toBe('id-of-net');
    expect(resolve({ get_attr: ['srv', 'networks'] }, c)).toEqual({ n: 'srv', a: 'networks' });
    expect(resolve({ get_attr: ['srv', 'networks', 'n'] }, c)).toBe('srv');
    expect(resolve({ get_file: 'a.txt' }, c)).toBe('A');
    expect(resolve({ if: ['yes', 1, 2] }, c)).toBe(1);
    expect(resolve({ if: ['no', 1, 2] }, c)).toBe(2);
    expect(resolve({ map_merge: [{ a: 1 }, { b: 2 }, { a: 3 }] }, c)).toEqual({ a: 3, b: 2 });
    expect(resolve({ str_split: ['-', 'a-b-c'] }, c)).toEqual(['a', 'b', 'c']);
    expect(resolve({ repeat: { for_each: { X: [1, 2], Y: ['a'] }, template: 'X:Y' } }, c)).toEqual([
      '1:a',
      '2:a',
    ]);
    expect(resolve({ digest: ['md5', 'abc'] }, c)).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(
      resolve(
        {
          list_concat_unique: [
            [1, 2],
            [2, 3],
          ],
        },
        c,
      ),
    ).toEqual([1, 2, 3]);
  });

  it('leaves functions a version does not have as plain maps, and refuses yaql', () => {
    // str_split came with 2015-10-15.
    expect(resolve({ str_split: [',', 'a,b'] }, ctx('2015-04-30'))).toEqual({
      str_split: [',', 'a,b'],
    });
    expect(message(() => resolve({ yaql: { expression: '1' } }, ctx()))).toContain('yaql');
    expect(message(() => resolve({ get_file: 'b.txt' }, ctx()))).toBe(
      'outputs.x.value.get_file: No content found in the "files" section for get_file path: b.txt',
    );
  });

  it('finds the resources a value refers to', () => {
    expect(
      [
        ...referencedResources({ a: [{ get_resource: 'x' }, { b: { get_attr: ['y', 'z'] } }] }),
      ].sort(),
    ).toEqual(['x', 'y']);
  });
});

describe('parameters', () => {
  const schemas = parameterSchemas({
    parameters: {
      n: { type: 'number', default: 3, constraints: [{ range: { min: 1, max: 5 } }] },
      l: { type: 'comma_delimited_list', default: 'a, b' },
      b: { type: 'boolean', default: 'yes' },
      j: { type: 'json', default: '{"k": 1}' },
      s: { type: 'string', constraints: [{ allowed_values: ['x'], description: 'only x' }] },
    },
  });
  const none = { check: () => null };

  it('coerces values to their types and uses defaults', () => {
    expect(resolveParameters(schemas, { s: 'x' }, none)).toEqual({
      n: 3,
      l: ['a', 'b'],
      b: true,
      j: { k: 1 },
      s: 'x',
    });
    expect(coerce(schemas[0]!, '4')).toBe(4);
  });

  it("answers a constraint's own description when it has one", () => {
    expect(message(() => resolveParameters(schemas, { s: 'y' }, none))).toBe(
      "Parameter 's' is invalid: only x",
    );
    expect(message(() => resolveParameters(schemas, { s: 'x', b: 'maybe' }, none))).toMatch(
      /^Parameter 'b' is invalid: Unrecognized value "maybe"/,
    );
  });
});
