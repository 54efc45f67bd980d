import fs from 'node:fs';
import path from 'node:path';
import vitest from '@vitest/eslint-plugin';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import playwright from 'eslint-plugin-playwright';

const root = import.meta.dirname;
const at = (...parts) => path.join(root, ...parts);

// Floors: app → components/<panel> → components/{ui,resource,shell} → lib.
// Every folder of components/ other than these three is a panel, so a new
// panel folder is fenced in without touching this file.
const SHARED = ['ui', 'resource', 'shell'];
const PANELS = fs
  .readdirSync(at('components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED.includes(entry.name))
  .map((entry) => entry.name);

const floors = [
  {
    target: at('lib'),
    from: [at('components'), at('app')],
    message: 'lib/ is the bottom floor: it imports nothing of components/ or app/.',
  },
  ...SHARED.map((shared) => ({
    target: at('components', shared),
    from: [at('app'), ...PANELS.map((panel) => at('components', panel))],
    message: `components/${shared} is generic: it imports no panel folder and no route.`,
  })),
  ...PANELS.map((panel) => ({
    target: at('components', panel),
    from: at('components'),
    except: [...SHARED, panel].map((name) => `./${name}`),
    message: `components/${panel} is a panel: panels do not import each other (move what they share down into lib/ or components/resource).`,
  })),
  ...PANELS.map((panel) => ({
    target: at('components', panel),
    from: at('app'),
    message: 'Panels do not import routes.',
  })),
  {
    target: at('sandbox'),
    from: [at('app'), at('components'), at('lib')],
    message: 'The sandbox cloud stands apart: it imports nothing of the dashboard.',
  },
  {
    target: [at('app'), at('components'), at('lib')],
    from: at('sandbox'),
    message:
      'The dashboard does not import the sandbox (only demo, test and bench entry points do).',
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index'], 'type'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      // disableScc: the shortcut judges from the files on disk, so it misses a
      // circle closed by text not saved yet (an editor buffer, the fixture test).
      'import/no-cycle': ['error', { ignoreExternal: true, disableScc: true }],
      'import/no-restricted-paths': ['error', { zones: floors }],
    },
  },
  // Tests that can fail: none focused, each asserts something, no fixed waits.
  {
    files: ['e2e/**/*.ts'],
    plugins: { playwright },
    rules: {
      'playwright/no-focused-test': 'error',
      'playwright/expect-expect': ['error', { assertFunctionPatterns: ['^expect', '^assert'] }],
      'playwright/no-wait-for-timeout': 'error',
      'playwright/missing-playwright-await': 'error',
      'playwright/valid-expect': 'error',
      'playwright/no-useless-await': 'error',
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', '**/*.real.ts'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'assert*'] }],
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
];

export default config;
