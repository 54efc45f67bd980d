import { pyRepr } from './py-repr';

// A Draft 4 subset that reports the *first* error in the order Python's jsonschema
// (which Keystone and Nova use) finds it, with the same message texts, so the
// sandbox's 400 bodies read like the real services'.

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

export interface JsonSchema {
  type?: JsonType | readonly JsonType[];
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: readonly unknown[];
  /** Python regex source: shown in messages and compiled as a JS RegExp. */
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  patternProperties?: Readonly<Record<string, JsonSchema>>;
  oneOf?: readonly JsonSchema[];
  format?: string;
  allOf?: readonly JsonSchema[];
}

export interface SchemaError {
  message: string;
  /** Path from the validated root to the failing instance. */
  path: (string | number)[];
  instance: unknown;
  /** Set when a format checker supplied its own explanation (Nova's InvalidName). */
  cause?: string;
}

/** A format checker returns null when valid, or the explanation ('' for none) when not. */
export type FormatChecker = (instance: unknown) => string | null;

export interface ValidateOptions {
  formats?: Readonly<Record<string, FormatChecker>>;
  /** Nova compares numeric strings against minimum/maximum; plain jsonschema does not. */
  numericStrings?: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
  }
}

const regexCache = new Map<string, RegExp>();

/** Python's re.search with `$` also matching before one trailing newline. */
export function pySearch(pattern: string, value: string): boolean {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    regexCache.set(pattern, re);
  }
  return re.test(value) || (value.endsWith('\n') && re.test(value.slice(0, -1)));
}

function pyLength(value: string): number {
  return [...value].length;
}

function pyEquals(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function numberFrom(value: unknown, numericStrings: boolean): number | null {
  if (typeof value === 'number') return value;
  if (numericStrings && typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function* check(
  schema: JsonSchema,
  instance: unknown,
  path: (string | number)[],
  options: ValidateOptions,
): Generator<SchemaError> {
  const fail = (message: string, cause?: string): SchemaError => ({
    message,
    path,
    instance,
    ...(cause === undefined ? {} : { cause }),
  });
  for (const keyword of Object.keys(schema) as (keyof JsonSchema)[]) {
    switch (keyword) {
      case 'type': {
        const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
        if (!types.some((t) => isType(instance, t))) {
          yield fail(
            `${pyRepr(instance)} is not of type ${types.map((t) => pyRepr(t)).join(', ')}`,
          );
        }
        break;
      }
      case 'properties':
        if (isObject(instance)) {
          for (const [name, sub] of Object.entries(schema.properties ?? {})) {
            if (Object.hasOwn(instance, name)) {
              yield* check(sub, instance[name], [...path, name], options);
            }
          }
        }
        break;
      case 'patternProperties':
        if (isObject(instance)) {
          for (const [pattern, sub] of Object.entries(schema.patternProperties ?? {})) {
            for (const [name, value] of Object.entries(instance)) {
              if (pySearch(pattern, name)) yield* check(sub, value, [...path, name], options);
            }
          }
        }
        break;
      case 'minProperties':
        if (isObject(instance) && Object.keys(instance).length < (schema.minProperties ?? 0)) {
          yield fail(`${pyRepr(instance)} does not have enough properties`);
        }
        break;
      case 'maxProperties':
        if (
          isObject(instance) &&
          Object.keys(instance).length > (schema.maxProperties ?? Infinity)
        ) {
          yield fail(`${pyRepr(instance)} has too many properties`);
        }
        break;
      case 'oneOf': {
        const subs = schema.oneOf ?? [];
        const valid = subs.filter((sub) => check(sub, instance, path, options).next().done);
        if (valid.length === 0) {
          yield fail(`${pyRepr(instance)} is not valid under any of the given schemas`);
        } else if (valid.length > 1) {
          yield fail(
            `${pyRepr(instance)} is valid under each of ${valid.map((v) => pyRepr(v)).join(', ')}`,
          );
        }
        break;
      }
      case 'required':
        if (isObject(instance)) {
          for (const name of schema.required ?? []) {
            if (!Object.hasOwn(instance, name))
              yield fail(`${pyRepr(name)} is a required property`);
          }
        }
        break;
      case 'additionalProperties':
        if (isObject(instance) && schema.additionalProperties === false) {
          const known = schema.properties ?? {};
          const patterns = Object.keys(schema.patternProperties ?? {});
          const extras = Object.keys(instance).filter(
            (k) => !Object.hasOwn(known, k) && !patterns.some((p) => pySearch(p, k)),
          );
          if (extras.length > 0 && patterns.length > 0) {
            const verb = extras.length === 1 ? 'does' : 'do';
            yield fail(
              `${[...extras]
                .sort()
                .map((e) => pyRepr(e))
                .join(', ')} ${verb} not match any of the regexes: ${[...patterns]
                .sort()
                .map((p) => pyRepr(p))
                .join(', ')}`,
            );
          } else if (extras.length > 0) {
            const verb = extras.length === 1 ? 'was' : 'were';
            yield fail(
              `Additional properties are not allowed (${extras.map((e) => pyRepr(e)).join(', ')} ${verb} unexpected)`,
            );
          }
        }
        break;
      case 'items':
        if (Array.isArray(instance) && schema.items) {
          for (const [index, item] of instance.entries()) {
            yield* check(schema.items, item, [...path, index], options);
          }
        }
        break;
      case 'enum':
        if (!(schema.enum ?? []).some((e) => pyEquals(e, instance))) {
          yield fail(`${pyRepr(instance)} is not one of ${pyRepr(schema.enum)}`);
        }
        break;
      case 'pattern':
        if (typeof instance === 'string' && schema.pattern && !pySearch(schema.pattern, instance)) {
          yield fail(`${pyRepr(instance)} does not match ${pyRepr(schema.pattern)}`);
        }
        break;
      case 'minLength':
        if (typeof instance === 'string' && pyLength(instance) < (schema.minLength ?? 0)) {
          yield fail(`${pyRepr(instance)} is too short`);
        }
        break;
      case 'maxLength':
        if (typeof instance === 'string' && pyLength(instance) > (schema.maxLength ?? Infinity)) {
          yield fail(`${pyRepr(instance)} is too long`);
        }
        break;
      case 'maxItems':
        if (Array.isArray(instance) && instance.length > (schema.maxItems ?? Infinity)) {
          yield fail(`${pyRepr(instance)} is too long`);
        }
        break;
      case 'minimum': {
        const n = numberFrom(instance, options.numericStrings ?? false);
        if (n !== null && schema.minimum !== undefined && n < schema.minimum) {
          yield fail(`${pyRepr(n)} is less than the minimum of ${pyRepr(schema.minimum)}`);
        }
        break;
      }
      case 'maximum': {
        const n = numberFrom(instance, options.numericStrings ?? false);
        if (n !== null && schema.maximum !== undefined && n > schema.maximum) {
          yield fail(`${pyRepr(n)} is greater than the maximum of ${pyRepr(schema.maximum)}`);
        }
        break;
      }
      case 'format': {
        const checker = schema.format ? options.formats?.[schema.format] : undefined;
        const cause = checker ? checker(instance) : null;
        if (cause !== null) {
          // An empty explanation means "invalid", reported with jsonschema's own text.
          yield fail(`${pyRepr(instance)} is not a ${pyRepr(schema.format)}`, cause || undefined);
        }
        break;
      }
      case 'allOf':
        for (const sub of schema.allOf ?? []) yield* check(sub, instance, path, options);
        break;
    }
  }
}

/** The first validation error, as jsonschema's validate() would raise it, or null. */
export function firstSchemaError(
  schema: JsonSchema,
  instance: unknown,
  options: ValidateOptions = {},
): SchemaError | null {
  const next = check(schema, instance, [], options).next();
  return next.done ? null : next.value;
}
