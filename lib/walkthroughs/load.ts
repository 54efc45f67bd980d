// Reads walkthroughs/*.yaml on the server. A broken file is reported with its
// line and never stops the others from loading (nor the app from rendering).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { walkthroughSchema, type Walkthrough } from './schema';
import type { z } from 'zod';

export interface BrokenWalkthrough {
  file: string;
  /** `file.yaml:12: steps[2].done.server.status: …`, one per problem. */
  errors: string[];
}

export interface WalkthroughSet {
  walkthroughs: Walkthrough[];
  broken: BrokenWalkthrough[];
}

export function walkthroughsDir(): string {
  return process.env.WALKTHROUGHS_DIR ?? path.join(process.cwd(), 'walkthroughs');
}

function pathLabel(p: readonly PropertyKey[]): string {
  return p
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}

/** The line of the deepest node the path reaches (the parent's when the key is missing). */
function lineOf(root: unknown, p: readonly PropertyKey[], lc: LineCounter): number {
  let node = root as Node | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const key of p) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((it) => (it.key as { value?: unknown } | null)?.value === key);
      if (pair) {
        const k = pair.key as Node | null;
        offset = k?.range?.[0] ?? offset;
        next = pair.value;
      }
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
    }
    if (!next || typeof next !== 'object' || !('range' in next)) break;
    node = next as Node;
    offset = node.range?.[0] ?? offset;
  }
  return lc.linePos(offset).line;
}

export type ParseResult =
  { ok: true; walkthrough: Walkthrough } | { ok: false; broken: BrokenWalkthrough };

/** Parse one file's text; `file` is its base name (`first-instance.yaml`). */
export function parseWalkthrough(file: string, source: string): ParseResult {
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      broken: {
        file,
        errors: doc.errors.map((e) => {
          const line = e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line;
          return `${file}:${line}: ${e.message.split('\n')[0]}`;
        }),
      },
    };
  }
  const data: unknown = doc.toJS();
  const id = file.replace(/\.ya?ml$/, '');
  const parsed = walkthroughSchema.safeParse(data);
  const errors: string[] = [];
  if (!parsed.success) {
    for (const issue of (parsed.error as z.ZodError).issues) {
      // An unknown key is reported at the key itself, not at the map that holds it.
      const paths =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => ({ path: [...issue.path, k], message: 'Unknown field.' }))
          : [{ path: issue.path, message: issue.message }];
      for (const p of paths) {
        const line = lineOf(doc.contents, p.path, lc);
        const at = pathLabel(p.path);
        errors.push(`${file}:${line}: ${at ? `${at}: ` : ''}${p.message}`);
      }
    }
  } else if (parsed.data.id !== id) {
    errors.push(`${file}:${lineOf(doc.contents, ['id'], lc)}: id: Must be the file's name, ${id}.`);
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, broken: { file, errors } };
  return { ok: true, walkthrough: parsed.data };
}

/** Every walkthrough of the directory, the broken ones apart; prerequisites are checked across files. */
export async function loadWalkthroughs(dir = walkthroughsDir()): Promise<WalkthroughSet> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    return { walkthroughs: [], broken: [] };
  }
  const walkthroughs: Walkthrough[] = [];
  const broken: BrokenWalkthrough[] = [];
  const sources = new Map<string, string>();
  for (const file of files) {
    let source: string;
    try {
      source = await readFile(path.join(dir, file), 'utf8');
    } catch (e) {
      broken.push({ file, errors: [`${file}:1: ${(e as Error).message}`] });
      continue;
    }
    sources.set(file, source);
    const r = parseWalkthrough(file, source);
    if (r.ok) walkthroughs.push(r.walkthrough);
    else broken.push(r.broken);
  }
  const ids = new Set([
    ...walkthroughs.map((w) => w.id),
    ...broken.map((b) => b.file.replace(/\.ya?ml$/, '')),
  ]);
  const ok: Walkthrough[] = [];
  for (const w of walkthroughs) {
    const missing = w.prerequisites.filter((p) => !ids.has(p));
    if (missing.length === 0) {
      ok.push(w);
      continue;
    }
    const file = files.find((f) => f.replace(/\.ya?ml$/, '') === w.id) ?? `${w.id}.yaml`;
    const lc = new LineCounter();
    const doc = parseDocument(sources.get(file) ?? '', { lineCounter: lc });
    broken.push({
      file,
      errors: missing.map(
        (m) =>
          `${file}:${lineOf(doc.contents, ['prerequisites', w.prerequisites.indexOf(m)], lc)}: prerequisites[${w.prerequisites.indexOf(m)}]: No walkthrough ${m}.`,
      ),
    });
  }
  return { walkthroughs: ok, broken };
}

export async function findWalkthrough(id: string): Promise<Walkthrough | undefined> {
  return (await loadWalkthroughs()).walkthroughs.find((w) => w.id === id);
}
