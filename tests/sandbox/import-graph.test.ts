// The sandbox stands apart: none of its files imports the dashboard (app/,
// components/, lib/) or the tests, type-only imports included, which the lint
// zones cannot see. Circles anywhere are tests/lint/no-cycles.test.ts's job.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../lint/import-graph';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('sandbox import graph', { timeout: 120_000 }, () => {
  it('imports only its own files', () => {
    const graph = importGraph(root);
    const sandboxFiles = [...graph.keys()].filter((file) => file.startsWith('sandbox/'));
    expect(sandboxFiles.length).toBeGreaterThan(100);
    const outside = sandboxFiles.flatMap((file) =>
      (graph.get(file) ?? [])
        .filter((target) => !target.startsWith('sandbox/'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(outside).toEqual([]);
  });
});
