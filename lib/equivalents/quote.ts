// Quoting for the three languages of the equivalents pane, so that any name a
// student types gives a command that runs as shown.

/** POSIX shell: bare when safe, else single-quoted. */
export function sh(value: string): string {
  if (value !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

/** A Python string literal. */
export function py(value: string): string {
  return JSON.stringify(value)
    .replace(/\\u2028/g, '\\u2028')
    .replace(/\\u2029/g, '\\u2029');
}

/** A YAML scalar: plain when unambiguous, else double-quoted. */
export function yaml(value: string): string {
  const plain =
    /^[A-Za-z0-9_][A-Za-z0-9 _./-]*$/.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(value) &&
    !/^[0-9.eE+-]+$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** A HOT resource name derived from what the user typed. */
export function hotName(value: string, fallback: string): string {
  const cleaned = value.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return cleaned || fallback;
}

/** A multi-line YAML block scalar, indented. */
export function yamlBlock(value: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return `|\n${value
    .split('\n')
    .map((line) => `${pad}${line}`)
    .join('\n')}`;
}
