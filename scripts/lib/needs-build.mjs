// True when the production build is missing or older than any source file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function needsBuild(root) {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.js']
    .map((p) => path.join(root, p))
    .filter((p) => existsSync(p));
  return inputs.some(
    (p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs) > built,
  );
}

// `node scripts/lib/needs-build.mjs` exits 0 when a build is needed.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  process.exit(needsBuild(process.cwd()) ? 0 : 1);
}
