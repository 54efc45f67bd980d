// One table of a form's fields, each with its CLI flag, openstacksdk keyword and
// HOT property, from which the three snippets' option lines are written in the
// table's order. A field without a name for a language is left out of it.
import { py, sh, yaml } from './quote';

export type FieldTableValue = string | number | boolean | Record<string, string> | undefined;

export interface EquivalentField<T> {
  value: (input: T) => FieldTableValue;
  /** The flag before a value; for a boolean, the flags for true and for false (either may be absent). */
  cli?: string | { on?: string; off?: string };
  /** The keyword argument openstacksdk takes. */
  sdk?: string;
  /** The HOT resource property. */
  hot?: string;
  /** The CLI and HOT name what the form holds as an id (refs: id → name); the SDK sends the id. */
  named?: boolean;
}

/** id → name, for the snippets a person reads. */
export type Refs = Record<string, string>;

const isSet = (v: FieldTableValue): v is Exclude<FieldTableValue, undefined> =>
  v !== undefined && v !== '' && !(typeof v === 'object' && Object.keys(v).length === 0);

const text = (v: string | number, named: boolean | undefined, refs: Refs) =>
  typeof v === 'string' && named ? (refs[v] ?? v) : String(v);

/** `  --flag value` lines (labels: one `--labels k=v` per label). */
export function cliOptions<T>(fields: EquivalentField<T>[], input: T, refs: Refs = {}): string[] {
  const lines: string[] = [];
  for (const f of fields) {
    const v = f.value(input);
    if (!isSet(v) || f.cli === undefined) continue;
    if (typeof v === 'boolean') {
      const flag = typeof f.cli === 'string' ? (v ? f.cli : undefined) : v ? f.cli.on : f.cli.off;
      if (flag) lines.push(`  ${flag}`);
    } else if (typeof f.cli === 'string') {
      if (typeof v === 'object')
        for (const [k, val] of Object.entries(v)) lines.push(`  ${f.cli} ${sh(`${k}=${val}`)}`);
      else lines.push(`  ${f.cli} ${sh(text(v, f.named, refs))}`);
    }
  }
  return lines;
}

/** Python keyword arguments, `key=value` (without indent or comma). */
export function sdkArguments<T>(fields: EquivalentField<T>[], input: T): string[] {
  const args: string[] = [];
  for (const f of fields) {
    const v = f.value(input);
    if (!isSet(v) || f.sdk === undefined) continue;
    const literal =
      typeof v === 'boolean'
        ? v
          ? 'True'
          : 'False'
        : typeof v === 'string'
          ? py(v)
          : typeof v === 'number'
            ? String(v)
            : JSON.stringify(v);
    args.push(`${f.sdk}=${literal}`);
  }
  return args;
}

/** `key: value` property lines at `indent` spaces (a map's entries two deeper). */
export function hotProperties<T>(
  fields: EquivalentField<T>[],
  input: T,
  refs: Refs = {},
  indent = 6,
): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const f of fields) {
    const v = f.value(input);
    if (!isSet(v) || f.hot === undefined) continue;
    if (typeof v === 'object') {
      lines.push(`${pad}${f.hot}:`);
      for (const [k, val] of Object.entries(v)) lines.push(`${pad}  ${yaml(k)}: ${yaml(val)}`);
    } else if (typeof v === 'string') {
      lines.push(`${pad}${f.hot}: ${yaml(text(v, f.named, refs))}`);
    } else {
      lines.push(`${pad}${f.hot}: ${String(v)}`);
    }
  }
  return lines;
}

/** The SDK keywords of fields that are set but have no HOT property. */
export function notInHot<T>(fields: EquivalentField<T>[], input: T): string[] {
  return fields
    .filter((f) => f.hot === undefined && f.sdk !== undefined && isSet(f.value(input)))
    .map((f) => f.sdk as string);
}
