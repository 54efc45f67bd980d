import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Runs the equivalent commands the dashboard shows (CLI, openstacksdk, Heat)
// with the real clients against the devcloud (`npm run test:real`), or against
// a sandbox cloud started by global-setup.ts with REAL_TARGET=sandbox.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    // A focused test (it.only) fails the run instead of silently skipping the rest.
    allowOnly: false,
    // Each panel keeps its real-client tests in its own folder.
    include: ['components/**/*.real.ts', 'tests/real/*.real.ts'],
    environment: 'node',
    // The devcloud, or a sandbox started here with REAL_TARGET=sandbox.
    globalSetup: ['tests/real/global-setup.ts'],
    // Generous: one CLI call takes 5-15 s on a busy 2-core machine.
    testTimeout: 600_000,
    // Clean-ups run the CLI once per leftover resource.
    hookTimeout: 180_000,
    // The files make uniquely named resources and wait mostly on the cloud (Heat
    // stacks, servers booting): three at once.
    fileParallelism: true,
    maxWorkers: 3,
  },
});
