// The shape of a JSON answer: every field path with the JSON types seen there.
// Arrays merge their items under `[]`; keys of maps whose keys are data (a
// server's addresses by network name, metadata) merge under `*`.

export type Shape = Record<string, string[]>;

const MAP_KEYS = new Set(['addresses', 'metadata', 'extra_specs']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function shapeOf(value: unknown): Shape {
  const seen = new Map<string, Set<string>>();
  const visit = (node: unknown, path: string, isMap: boolean) => {
    const type = typeOf(node);
    if (path) {
      const types = seen.get(path) ?? new Set<string>();
      types.add(type);
      seen.set(path, types);
    }
    if (type === 'array') for (const item of node as unknown[]) visit(item, `${path}[]`, false);
    if (type === 'object')
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        const name = isMap ? '*' : key;
        visit(child, path ? `${path}.${name}` : name, MAP_KEYS.has(key));
      }
  };
  visit(value, '', false);
  return Object.fromEntries(
    [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, t]) => [p, [...t].sort()]),
  );
}

/**
 * What `actual` lacks of `recorded`: a path it does not have, or one whose
 * types share nothing (null alone is compatible with any type: a field that is
 * unset on one cloud and set on the other is still the same field).
 */
export function missingFrom(recorded: Shape, actual: Shape): string[] {
  const problems: string[] = [];
  for (const [path, types] of Object.entries(recorded)) {
    const mine = actual[path];
    if (!mine) {
      problems.push(`${path}: missing (recorded ${types.join('|')})`);
      continue;
    }
    const a = types.filter((t) => t !== 'null');
    const b = mine.filter((t) => t !== 'null');
    if (a.length > 0 && b.length > 0 && !a.some((t) => b.includes(t)))
      problems.push(`${path}: ${mine.join('|')} where the recording has ${types.join('|')}`);
  }
  return problems;
}
