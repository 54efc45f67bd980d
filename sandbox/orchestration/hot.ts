import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { HeatError, badRequest, validationFailed } from './errors';

// HOT: the template versions Heat (Zed) knows, their functions, parsing, and the
// intrinsic functions this engine evaluates.

const BASE = [
  'get_attr',
  'get_file',
  'get_param',
  'get_resource',
  'list_join',
  'resource_facade',
  'str_replace',
];
const CFN = [
  'Fn::Select',
  'Fn::GetAZs',
  'Fn::Join',
  'Fn::Split',
  'Fn::Replace',
  'Fn::Base64',
  'Fn::MemberListToMap',
  'Fn::ResourceFacade',
  'Ref',
];
const V2015A = [...BASE, 'repeat', 'digest'];
const V2015B = [...V2015A, 'str_split'];
const V2016A = [...V2015B, 'map_merge'];
const V2016B = [...V2016A, 'yaql', 'map_replace', 'if'];
const V2017A = [...V2016B, 'filter', 'str_replace_strict'];
const V2017B = [
  ...V2017A,
  'make_url',
  'list_concat',
  'str_replace_vstrict',
  'list_concat_unique',
  'contains',
];
const COND_A = ['get_param', 'equals', 'not', 'and', 'or'];
const COND_B = [...COND_A, 'yaql', 'contains'];

export interface HotVersion {
  date: string;
  aliases: string[];
  functions: string[];
  conditionFunctions: string[];
}

/** Oldest first, as GET /template_versions lists them. */
export const HOT_VERSIONS: HotVersion[] = [
  {
    date: '2013-05-23',
    aliases: [],
    functions: [...BASE, ...CFN.slice(0, 7), 'Fn::ResourceFacade', 'Ref'],
    conditionFunctions: [],
  },
  { date: '2014-10-16', aliases: [], functions: [...BASE, ...CFN], conditionFunctions: [] },
  { date: '2015-04-30', aliases: [], functions: [...V2015A, ...CFN], conditionFunctions: [] },
  { date: '2015-10-15', aliases: [], functions: [...V2015B, ...CFN], conditionFunctions: [] },
  { date: '2016-04-08', aliases: [], functions: [...V2016A, ...CFN], conditionFunctions: [] },
  {
    date: '2016-10-14',
    aliases: ['newton'],
    functions: [...V2016B, ...CFN],
    conditionFunctions: COND_A,
  },
  {
    date: '2017-02-24',
    aliases: ['ocata'],
    functions: [...V2017A, ...CFN],
    conditionFunctions: COND_A,
  },
  {
    date: '2017-09-01',
    aliases: ['pike'],
    functions: [...V2017B, ...CFN],
    conditionFunctions: COND_B,
  },
  {
    date: '2018-03-02',
    aliases: ['queens'],
    functions: [...V2017B, ...CFN],
    conditionFunctions: COND_B,
  },
  {
    date: '2018-08-31',
    aliases: ['rocky'],
    functions: [...V2017B, ...CFN],
    conditionFunctions: COND_B,
  },
  {
    date: '2021-04-16',
    aliases: ['wallaby'],
    functions: [...V2017B, ...CFN],
    conditionFunctions: COND_B,
  },
];

/** Functions the versions from 2014-10-16 on refuse (Heat lists them as Invalid). */
const CFN_REFUSED_FROM = '2014-10-16';

export function findVersion(value: unknown): HotVersion | undefined {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return HOT_VERSIONS.find((v) => v.date === text || v.aliases.includes(text));
}

const FUNCTION_TEXT: Record<string, string> = {
  get_attr: 'A function for resolving resource attributes.',
  get_file: 'A function for including a file inline.',
  get_param: 'A function for resolving parameter references.',
  get_resource: 'A function for resolving resource references.',
  list_join: 'A function for joining strings.',
  repeat: 'A function for iterating over a list of items.',
  resource_facade: 'A function for retrieving data in a parent provider template.',
  str_replace: 'A function for performing string substitutions.',
  digest: 'A function for performing digest operations.',
  str_split: 'A function for splitting delimited strings into a list.',
  map_merge: 'A function for merging maps.',
  map_replace: 'A function for performing mapping of keys and values.',
  yaql: 'A function for executing a yaql expression.',
  if: 'A function to return corresponding value based on condition evaluation.',
  filter: 'A function for filtering out values from lists.',
  str_replace_strict: 'A function for performing string substitutions.',
  make_url: 'A function for performing substitutions for URLs.',
  list_concat: 'A function for extending lists.',
  str_replace_vstrict: 'A function for performing string substitutions.',
  list_concat_unique: 'A function for extending lists with unique items.',
  contains: 'A function for checking whether specific value is in sequence.',
  equals: 'A function for comparing whether two values are equal.',
  not: 'A function for negating a condition.',
  and: 'A function for checking if all conditions are true.',
  or: 'A function for checking if any condition is true.',
};

export function functionDescription(name: string): string {
  if (name.startsWith('Fn::') || name === 'Ref') return 'A function for AWS compatibility.';
  return FUNCTION_TEXT[name] ?? '';
}

/** A template as Heat's template_format.parse reads it: JSON, else YAML, a mapping. */
export function parseTemplate(source: unknown, what = '[root stack]'): Record<string, unknown> {
  let tpl: unknown = source;
  if (typeof source === 'string') {
    try {
      tpl = JSON.parse(source);
    } catch {
      try {
        tpl = parseYaml(source) ?? {};
      } catch (err) {
        throw badRequest(
          `Template not in valid format: Error parsing template ${what} ${(err as Error).message}`,
        );
      }
    }
  }
  if (typeof tpl !== 'object' || tpl === null || Array.isArray(tpl))
    throw badRequest('The template is not a JSON object or YAML mapping.');
  const t = tpl as Record<string, unknown>;
  if (!(
    'heat_template_version' in t ||
    'HeatTemplateFormatVersion' in t ||
    'AWSTemplateFormatVersion' in t
  ))
    throw badRequest('Template format version not found.');
  return t;
}

export const SECTIONS = [
  'heat_template_version',
  'description',
  'parameter_groups',
  'parameters',
  'resources',
  'outputs',
  'conditions',
];

export function templateVersion(t: Record<string, unknown>): HotVersion {
  if (!('heat_template_version' in t))
    throw new HeatError(
      400,
      'InvalidTemplateVersion',
      'The template version is invalid: This sandbox reads HOT templates only (heat_template_version).',
    );
  const version = findVersion(t.heat_template_version);
  if (!version) {
    const valid = HOT_VERSIONS.flatMap((v) => [
      `"heat_template_version.${v.date}"`,
      ...v.aliases.map((a) => `"heat_template_version.${a}"`),
    ]);
    throw new HeatError(
      400,
      'InvalidTemplateVersion',
      `The template version is invalid: "heat_template_version: ${String(t.heat_template_version)}". "heat_template_version" should be one of: ${valid.sort().join(', ')}`,
    );
  }
  for (const key of Object.keys(t)) {
    if (
      !SECTIONS.includes(key) ||
      (key === 'conditions' && version.conditionFunctions.length === 0)
    )
      throw badRequest(`The template section is invalid: ${key}`);
  }
  return version;
}

// ---------------------------------------------------------------------------
// Intrinsic functions.

export interface EvalContext {
  version: HotVersion;
  /** Where the value sits, for Heat's error paths (e.g. resources.server.properties). */
  path: string;
  param(name: string): unknown;
  /** get_resource: the physical id (or null before it exists). */
  resourceRef(name: string): unknown;
  /** get_attr: the attribute's value (or null before it exists). */
  attribute(name: string, attr: string): unknown;
  condition(name: string): boolean;
  files: Record<string, string>;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fnOf(version: HotVersion, value: unknown): [string, unknown] | null {
  if (!isMap(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const key = keys[0]!;
  if (key === 'yaql' || version.functions.includes(key) || key.startsWith('Fn::') || key === 'Ref')
    return [key, value[key]];
  return null;
}

function fail(ctx: EvalContext, fn: string, message: string): never {
  throw validationFailed(`${ctx.path}.${fn}: ${message}`);
}

function str(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Resolves every function in `value`, innermost first. */
export function resolve(value: unknown, ctx: EvalContext): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx));
  const fn = fnOf(ctx.version, value);
  if (!fn) {
    if (isMap(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ctx)]));
    return value;
  }
  const [name, raw] = fn;
  if (name === 'yaql')
    fail(
      ctx,
      name,
      'The yaql function is not available in this sandbox: yaql expressions are not evaluated.',
    );
  if ((name.startsWith('Fn::') || name === 'Ref') && ctx.version.date >= CFN_REFUSED_FROM)
    fail(ctx, name, `"${name}" is not supported in this template version.`);
  if (name === 'if') {
    if (!Array.isArray(raw) || raw.length !== 3)
      fail(
        ctx,
        name,
        'Arguments to "if" must be of the form: [condition_name, value_if_true, value_if_false]',
      );
    const cond = raw[0];
    const truth = typeof cond === 'string' ? ctx.condition(cond) : evalCondition(cond, ctx);
    return resolve(truth ? raw[1] : raw[2], ctx);
  }
  if (name === 'repeat') return repeat(raw, ctx);
  const args = resolve(raw, ctx);
  switch (name) {
    case 'get_param': {
      const [p, ...path] = Array.isArray(args) ? args : [args];
      let v = ctx.param(str(p));
      for (const k of path)
        v = isMap(v) || Array.isArray(v) ? (v as Record<string, unknown>)[str(k)] : null;
      return v;
    }
    case 'get_resource':
      return ctx.resourceRef(str(args));
    case 'get_attr': {
      if (!Array.isArray(args) || args.length < 2)
        fail(
          ctx,
          name,
          'Arguments to "get_attr" must be of the form [resource_name, attribute, (path), ...]',
        );
      let v = ctx.attribute(str(args[0]), str(args[1]));
      let path = args.slice(2);
      // A group member's attribute: [group, resource.<n>, attr] reads resource.<n>.<attr>.
      if (/^resource\.\d+$/.test(str(args[1])) && path.length > 0) {
        v = ctx.attribute(str(args[0]), `${str(args[1])}.${str(path[0])}`);
        path = path.slice(1);
      }
      for (const k of path)
        v = isMap(v) || Array.isArray(v) ? (v as Record<string, unknown>)[str(k)] : null;
      return v ?? null;
    }
    case 'get_file': {
      const file = ctx.files[str(args)];
      if (file === undefined)
        fail(ctx, name, `No content found in the "files" section for get_file path: ${str(args)}`);
      return file;
    }
    case 'str_replace':
    case 'str_replace_strict':
    case 'str_replace_vstrict': {
      if (!isMap(args) || !('template' in args) || !isMap(args.params))
        fail(ctx, name, `Arguments to "${name}" must be a dict with "template" and "params"`);
      let text = str(args.template);
      const params = args.params as Record<string, unknown>;
      const keys = Object.keys(params).sort((a, b) => b.length - a.length);
      for (const k of keys) {
        if (name !== 'str_replace' && !text.includes(k))
          fail(ctx, name, `The following params were not found in the template: ${k}`);
        text = text.split(k).join(str(params[k]));
      }
      return text;
    }
    case 'list_join': {
      if (!Array.isArray(args) || args.length < 2)
        fail(
          ctx,
          name,
          'Incorrect arguments to "list_join" should be: list_join: [delim, [str1, str2, ...]]',
        );
      const [delim, ...lists] = args;
      return lists
        .flatMap((l) => (Array.isArray(l) ? l : [l]))
        .map(str)
        .join(str(delim));
    }
    case 'str_split': {
      if (!Array.isArray(args) || args.length < 2)
        fail(
          ctx,
          name,
          'Incorrect arguments to "str_split" should be: str_split: [delimiter, string_to_split, (index)]',
        );
      const parts = str(args[1]).split(str(args[0]));
      return args.length > 2 ? parts[Number(args[2])] : parts;
    }
    case 'digest': {
      if (!Array.isArray(args) || args.length !== 2)
        fail(ctx, name, 'Argument to "digest" must be a list of [algorithm, value]');
      const algo = str(args[0]);
      if (!['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].includes(algo))
        fail(
          ctx,
          name,
          `Algorithm must be one of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']`,
        );
      return createHash(algo).update(str(args[1])).digest('hex');
    }
    case 'map_merge': {
      if (!Array.isArray(args) || !args.every(isMap))
        fail(ctx, name, 'Incorrect arguments: Items to merge must be maps.');
      return Object.assign({}, ...args);
    }
    case 'map_replace': {
      if (!Array.isArray(args) || !isMap(args[0]))
        fail(ctx, name, 'Incorrect arguments to "map_replace"');
      const [map, repl] = args as [Record<string, unknown>, Record<string, unknown> | undefined];
      const keys = isMap(repl?.keys) ? repl.keys : {};
      const values = isMap(repl?.values) ? repl.values : {};
      return Object.fromEntries(
        Object.entries(map).map(([k, v]) => [
          k in keys ? str(keys[k]) : k,
          typeof v === 'string' && v in values ? values[v] : v,
        ]),
      );
    }
    case 'list_concat':
    case 'list_concat_unique': {
      const all = (Array.isArray(args) ? args : []).flatMap((l) => (Array.isArray(l) ? l : []));
      return name === 'list_concat'
        ? all
        : all.filter((v, i) => all.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i);
    }
    case 'contains':
      return (
        Array.isArray(args) &&
        Array.isArray(args[1]) &&
        args[1].some((v) => JSON.stringify(v) === JSON.stringify(args[0]))
      );
    case 'filter':
      return Array.isArray(args) && Array.isArray(args[1])
        ? args[1].filter(
            (v) =>
              !(
                Array.isArray(args[0]) &&
                args[0].some((x) => JSON.stringify(x) === JSON.stringify(v))
              ),
          )
        : [];
    case 'make_url': {
      const a = isMap(args) ? args : {};
      const port = a.port ? `:${str(a.port)}` : '';
      const query = isMap(a.query)
        ? `?${new URLSearchParams(Object.entries(a.query).map(([k, v]) => [k, str(v)]))}`
        : '';
      return `${str(a.scheme)}://${str(a.host)}${port}/${str(a.path).replace(/^\//, '')}${query}${a.fragment ? `#${str(a.fragment)}` : ''}`;
    }
    case 'resource_facade':
      fail(ctx, name, 'resource_facade is not supported by this sandbox (no provider templates).');
    default:
      fail(ctx, name, `"${name}" is not supported by this sandbox.`);
  }
}

function repeat(raw: unknown, ctx: EvalContext): unknown {
  if (!isMap(raw) || !('template' in raw) || !isMap(raw.for_each))
    fail(ctx, 'repeat', 'Arguments to "repeat" must be a map with "template" and "for_each"');
  const forEach = Object.entries(resolve(raw.for_each, ctx) as Record<string, unknown>);
  for (const [, list] of forEach)
    if (!Array.isArray(list))
      fail(ctx, 'repeat', 'The values of the "for_each" argument to "repeat" must be lists');
  const combos: Record<string, unknown>[] = [{}];
  let current = combos;
  for (const [key, list] of forEach) {
    const next: Record<string, unknown>[] = [];
    for (const c of current) for (const v of list as unknown[]) next.push({ ...c, [key]: v });
    current = next;
  }
  const substitute = (tpl: unknown, combo: Record<string, unknown>): unknown => {
    if (typeof tpl === 'string') {
      let s = tpl;
      for (const [k, v] of Object.entries(combo)) s = s.split(k).join(str(v));
      return s;
    }
    if (Array.isArray(tpl)) return tpl.map((t) => substitute(t, combo));
    if (isMap(tpl))
      return Object.fromEntries(
        Object.entries(tpl).map(([k, v]) => [substitute(k, combo) as string, substitute(v, combo)]),
      );
    return tpl;
  };
  return current.map((combo) => resolve(substitute(raw.template, combo), ctx));
}

/** A condition: true/false, a condition's name, or equals/not/and/or/contains of those. */
export function evalCondition(value: unknown, ctx: EvalContext): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (value === 'true' || value === 'false') return value === 'true';
    return ctx.condition(value);
  }
  if (isMap(value) && Object.keys(value).length === 1) {
    const [name, args] = Object.entries(value)[0]!;
    if (name === 'yaql')
      fail(
        ctx,
        name,
        'The yaql function is not available in this sandbox: yaql expressions are not evaluated.',
      );
    if (!ctx.version.conditionFunctions.includes(name))
      fail(ctx, name, `The function "${name}" is invalid in this context`);
    switch (name) {
      case 'equals': {
        const a = resolve(args, ctx);
        if (!Array.isArray(a) || a.length !== 2)
          fail(ctx, name, 'Arguments to "equals" must be of the form: [value_1, value_2]');
        return JSON.stringify(a[0]) === JSON.stringify(a[1]);
      }
      case 'not':
        return !evalCondition(args, ctx);
      case 'and':
      case 'or': {
        if (!Array.isArray(args) || args.length < 2)
          fail(
            ctx,
            name,
            `Arguments to "${name}" must be of the form: [condition_1, condition_2, ...]`,
          );
        const all = args.map((a) => evalCondition(a, ctx));
        return name === 'and' ? all.every(Boolean) : all.some(Boolean);
      }
      case 'get_param':
        return Boolean(resolve(value, ctx));
      case 'contains':
        return Boolean(resolve(value, ctx));
    }
  }
  fail(ctx, 'conditions', `Invalid condition ${JSON.stringify(value)}`);
}

/** The resources a value refers to through get_resource and get_attr. */
export function referencedResources(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => referencedResources(v, out));
  else if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'get_resource' && typeof v === 'string') out.add(v);
      else if (k === 'get_attr' && Array.isArray(v) && typeof v[0] === 'string') out.add(v[0]);
      else referencedResources(v, out);
    }
  }
  return out;
}
