import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    // A focused test (it.only) fails the run instead of silently skipping the rest.
    allowOnly: false,
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', 'tests/contract/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
