// No file imports itself back through others, type-only imports included:
// ESLint's import/no-cycle ignores `import type`, which still ties files together.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './import-graph';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('import graph', { timeout: 120_000 }, () => {
  it('has no circles', () => {
    const graph = importGraph(root);
    // A type-only import is an edge too.
    expect(graph.get('lib/panels.ts')).toContain('lib/openstack/catalog.ts');
    const found = cycles(graph).map((group) => group.join(' → '));
    expect(found).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
