import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, type ImportGraph } from './import-graph';

const root = join(__dirname, '..', '..');
const sandbox = importsOf(root, 'sandbox');

describe('sandbox import graph', () => {
  it('imports nothing of the dashboard: only its own files, Node and npm packages', () => {
    const outside = [...sandbox].flatMap(([file, imports]) =>
      imports
        .filter((target) => !target.startsWith('sandbox/'))
        .filter((target) => /^(\.|@\/|app\/|components\/|lib\/|tests\/|e2e\/)/.test(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(outside).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const declared = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.devDependencies ?? {}),
    ]);
    const undeclared = [...sandbox.values()]
      .flat()
      .filter((target) => !target.startsWith('sandbox/') && !target.startsWith('node:'))
      .filter((name) => !builtinModules.includes(name))
      .filter(
        (name) =>
          !declared.has(
            name
              .split('/')
              .slice(0, name.startsWith('@') ? 2 : 1)
              .join('/'),
          ),
      );
    expect(undeclared).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles(sandbox)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const circle: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'zod']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(circle)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
