import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Contract tests: the dashboard's API calls against a target cloud. Without
// OS_AUTH_URL the global setup starts a sandbox cloud for them.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    // A focused test (it.only) fails the run instead of silently skipping the rest.
    allowOnly: false,
    include: ['tests/contract/**/*.contract.ts'],
    globalSetup: ['tests/contract/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
