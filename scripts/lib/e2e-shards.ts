// Splits the browser specs into shards of about equal running time, by the
// seconds each spec took in a past run (scripts/e2e/spec-seconds.json), instead
// of Playwright's --shard, which cuts by test count and left one run minutes
// behind the other. A spec missing from the record counts as NEW_SPEC_SECONDS.
//   npx tsx scripts/lib/e2e-shards.ts <sandbox|devcloud> <shard> <shards>   → its spec files
//   npx tsx scripts/lib/e2e-shards.ts --record <CI log>                     → rewrites the record
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type SpecSeconds = Record<string, number>;
export const NEW_SPEC_SECONDS = 60;

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RECORD = path.join(ROOT, 'scripts', 'e2e', 'spec-seconds.json');

/** Longest first, each to the shard with the least time so far; every spec exactly once. */
export function assignSpecs(specs: string[], seconds: SpecSeconds, shards: number): string[][] {
  const weight = (spec: string) => seconds[spec] ?? NEW_SPEC_SECONDS;
  const bins = Array.from({ length: shards }, () => ({ total: 0, specs: [] as string[] }));
  const ordered = [...specs].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  for (const spec of ordered) {
    const lightest = bins.reduce((best, bin) => (bin.total < best.total ? bin : best));
    lightest.specs.push(spec);
    lightest.total += weight(spec);
  }
  return bins.map((bin) => bin.specs.sort());
}

/** Seconds per spec and target from a Playwright list-reporter log (the tests' own times). */
export function secondsFromLog(log: string): Record<string, SpecSeconds> {
  const found: Record<string, SpecSeconds> = {};
  const line = /[✓✘]\s+\d+ \[(\w+)\] › e2e\/([\w.-]+\.spec\.ts):.*\((\d+(?:\.\d+)?)(ms|s|m)\)\s*$/;
  for (const text of log.split('\n')) {
    const [, target, spec, value, unit] = line.exec(text) ?? [];
    if (!target || !spec) continue;
    const perTarget = (found[target] ??= {});
    const factor = unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1;
    perTarget[spec] = (perTarget[spec] ?? 0) + Number(value) * factor;
  }
  for (const perTarget of Object.values(found))
    for (const [spec, seconds] of Object.entries(perTarget)) perTarget[spec] = Math.round(seconds);
  return found;
}

function main([first = '', second = '', third = '']: string[]) {
  if (first === '--record') {
    // A log of one target (a partial run) keeps the other target's times.
    const old = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, SpecSeconds>;
    const found = secondsFromLog(readFileSync(second, 'utf8'));
    writeFileSync(RECORD, JSON.stringify({ ...old, ...found }, null, 2) + '\n');
    return;
  }
  const [target, shard, shards] = [first, Number(second), Number(third)];
  const record = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, SpecSeconds>;
  const specs = readdirSync(path.join(ROOT, 'e2e')).filter((f) => f.endsWith('.spec.ts'));
  const mine = assignSpecs(specs, record[target] ?? {}, shards)[shard - 1] ?? [];
  console.log(mine.map((spec) => `e2e/${spec}`).join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename))
  main(process.argv.slice(2));
