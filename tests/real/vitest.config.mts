import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Runs the equivalent commands the dashboard shows (CLI, openstacksdk, Heat)
// with the real clients against the devcloud: only in `npm run test:real`.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    // A focused test (it.only) fails the run instead of silently skipping the rest.
    allowOnly: false,
    // Each panel keeps its real-client tests in its own folder.
    include: ['components/**/*.real.ts'],
    environment: 'node',
    testTimeout: 180_000,
    // Clean-ups run the CLI once per leftover resource.
    hookTimeout: 180_000,
    // The files make uniquely named resources and wait mostly on the cloud (Heat
    // stacks, servers booting): three at once.
    fileParallelism: true,
    maxWorkers: 3,
  },
});
