// key=value lines, as students type scheduler hints and metadata, checked with
// Nova's own rules (nova/api/openstack/compute/schemas/servers.py, parameter_types).
import { plural, UUID } from './instances-launch-context';

export interface KeyValueLine {
  line: number;
  key: string;
  value: string;
}

/** Non-empty lines that are not comments; "a = b" reads as key "a", value "b". */
/** A message about one line (line 0: about the whole text). */
export interface Problem {
  line: number;
  message: string;
}

export function parseKeyValueLines(source: string): {
  items: KeyValueLine[];
  problems: Problem[];
} {
  const items: KeyValueLine[] = [];
  const problems: Problem[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const eq = trimmed.indexOf('=');
    if (eq < 0) {
      problems.push({
        line,
        message: `Line ${line}: write key=value ("${clip(trimmed)}" has no "=").`,
      });
      return;
    }
    const key = trimmed.slice(0, eq).trim();
    const value = trimmed.slice(eq + 1).trim();
    if (key === '') {
      problems.push({ line, message: `Line ${line}: the key before "=" is empty.` });
      return;
    }
    items.push({ line, key, value });
  });
  return { items, problems };
}

export function clip(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** One message, a line per bad line in line order (the first few, then a count). */
export function joinProblems(problems: Problem[]): string {
  const sorted = [...problems].sort((a, b) => (a.line || Infinity) - (b.line || Infinity));
  const shown = sorted.slice(0, 4).map((p) => p.message);
  const more = sorted.length - shown.length;
  return [...shown, ...(more > 0 ? [`…and ${plural(more, 'more problem')}.`] : [])].join('\n');
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f:]+(%\w+)?$/i;

export function hintProblem({ line, key, value }: KeyValueLine): string | undefined {
  if (key === 'group')
    return `Line ${line}: choose the server group in the Server Groups step, not as a hint.`;
  if (value === '') return `Line ${line}: "${clip(key)}" has no value after "=".`;
  if ((key === 'same_host' || key === 'different_host') && !UUID.test(value))
    return `Line ${line}: ${key} takes the ID of an instance (a UUID), not "${clip(value)}".`;
  if (
    key === 'build_near_host_ip' &&
    !IPV4.test(value) &&
    !(value.includes(':') && IPV6.test(value))
  )
    return `Line ${line}: build_near_host_ip takes an IP address, not "${clip(value)}".`;
  if (key === 'cidr' && !/^\/[0-9a-f.:]+$/.test(value))
    return `Line ${line}: cidr takes a prefix length such as /24, not "${clip(value)}".`;
  return undefined;
}

/** Repeated keys become a list, as `openstack server create --hint` does. */
export function hintsFromLines(items: KeyValueLine[]): Record<string, string | string[]> {
  const hints: Record<string, string | string[]> = {};
  for (const { key, value } of items) {
    const current = hints[key];
    hints[key] =
      current === undefined
        ? value
        : Array.isArray(current)
          ? [...current, value]
          : [current, value];
  }
  return hints;
}

/** Nova's metadata key pattern: ^[a-zA-Z0-9-_:. ]{1,255}$ */
export const METADATA_KEY = /^[a-zA-Z0-9-_:. ]+$/;
