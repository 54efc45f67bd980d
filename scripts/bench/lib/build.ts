// The production build the benchmarks measure: rebuilt only when a source file
// is newer than it (the same rule as the e2e runner).
import { execSync } from 'node:child_process';
import path from 'node:path';

/** The repository root, seen from scripts/bench/lib. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

export function ensureBuild(): void {
  const stale =
    execSync('node scripts/lib/needs-build.mjs; echo $?', { cwd: ROOT }).toString().trim() === '0';
  if (!stale) return;
  console.log('building (next build)…');
  execSync('npx next build', {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}
