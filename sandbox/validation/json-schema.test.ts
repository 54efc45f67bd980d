import { describe, expect, it } from 'vitest';
import { firstSchemaError, pySearch, type JsonSchema } from './json-schema';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    thing: {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 3 },
        kind: { type: 'string', enum: ['a', 'b'] },
        tags: { type: 'array', items: { type: 'string' } },
      },
      required: ['name'],
      additionalProperties: false,
    },
  },
  required: ['thing'],
};

describe('firstSchemaError', () => {
  it('accepts a valid instance', () => {
    expect(firstSchemaError(schema, { thing: { name: 'x', kind: 'a', tags: ['t'] } })).toBeNull();
  });

  it('reports the first error in keyword order with its path', () => {
    expect(firstSchemaError(schema, [])).toMatchObject({
      message: "[] is not of type 'object'",
      path: [],
    });
    expect(firstSchemaError(schema, {})).toMatchObject({
      message: "'thing' is a required property",
    });
    expect(firstSchemaError(schema, { thing: { name: 5 } })).toMatchObject({
      message: "5 is not of type 'string'",
      path: ['thing', 'name'],
    });
    expect(firstSchemaError(schema, { thing: { name: '' } })?.message).toBe("'' is too short");
    expect(firstSchemaError(schema, { thing: { name: 'long' } })?.message).toBe(
      "'long' is too long",
    );
    expect(firstSchemaError(schema, { thing: { name: 'x', kind: 'c' } })?.message).toBe(
      "'c' is not one of ['a', 'b']",
    );
    expect(firstSchemaError(schema, { thing: { name: 'x', tags: ['ok', 3] } })).toMatchObject({
      path: ['thing', 'tags', 1],
    });
  });

  it('checks properties before required and additionalProperties', () => {
    expect(firstSchemaError(schema, { thing: { kind: 'z', extra: 1 } })?.message).toBe(
      "'z' is not one of ['a', 'b']",
    );
    expect(firstSchemaError(schema, { thing: { name: 'x', extra: 1, more: 2 } })?.message).toBe(
      "Additional properties are not allowed ('extra', 'more' were unexpected)",
    );
  });

  it('lists union types and supports patterns, minimum and formats', () => {
    expect(firstSchemaError({ type: ['object', 'string'] }, 1)?.message).toBe(
      "1 is not of type 'object', 'string'",
    );
    expect(firstSchemaError({ pattern: '^[0-9]*$' }, 'x1')?.message).toBe(
      "'x1' does not match '^[0-9]*$'",
    );
    expect(firstSchemaError({ minimum: 0 }, '-1', { numericStrings: true })?.message).toBe(
      '-1 is less than the minimum of 0',
    );
    const cause = firstSchemaError({ format: 'even' }, 3, {
      formats: { even: (v) => (v === 2 ? null : 'odd') },
    });
    expect(cause).toMatchObject({ message: "3 is not a 'even'", cause: 'odd' });
  });

  it('walks allOf sub-schemas in order', () => {
    const both: JsonSchema = { allOf: [{ type: 'string' }, { minLength: 2 }] };
    expect(firstSchemaError(both, 1)?.message).toBe("1 is not of type 'string'");
    expect(firstSchemaError(both, 'a')?.message).toBe("'a' is too short");
  });
});

describe('pySearch', () => {
  it("lets `$` match before one trailing newline, like Python's re", () => {
    expect(pySearch('^[a-z]+$', 'abc')).toBe(true);
    expect(pySearch('^[a-z]+$', 'abc\n')).toBe(true);
    expect(pySearch('^[a-z]+$', 'abc\n\n')).toBe(false);
  });
});
