// The project's import graph as TypeScript resolves it, type-only imports
// included (import/no-cycle skips those), and its circles.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

/** Every project file (per tsconfig.json) and the project files it imports, relative to root. */
export function importGraph(root: string): ImportGraph {
  const read = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  const graph: ImportGraph = new Map();
  for (const file of config.fileNames) {
    if (/[/\\](node_modules|\.next)[/\\]/.test(file)) continue;
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles
      .map((ref) => ts.resolveModuleName(ref.fileName, file, config.options, ts.sys).resolvedModule)
      .filter((mod) => mod !== undefined && !mod.isExternalLibraryImport)
      .map((mod) => path.relative(root, mod!.resolvedFileName))
      .filter((dep) => !dep.startsWith('..') && !dep.includes('node_modules'));
    graph.set(path.relative(root, file), deps);
  }
  return graph;
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components). */
export function cycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];

  function visit(file: string) {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const dep of graph.get(file) ?? []) {
      if (!graph.has(dep)) continue;
      if (!index.has(dep)) {
        visit(dep);
        low.set(file, Math.min(low.get(file)!, low.get(dep)!));
      } else if (onStack.has(dep)) {
        low.set(file, Math.min(low.get(file)!, index.get(dep)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1) found.push(group.sort());
    }
  }

  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}
