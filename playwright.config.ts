import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { E2E } from './e2e/env';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

const TRACE_MODES = ['off', 'on', 'retain-on-failure', 'on-first-retry'] as const;
function traceMode(asked: string | undefined): (typeof TRACE_MODES)[number] {
  return TRACE_MODES.find((mode) => mode === asked) ?? 'off';
}

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number];

const dashboard: WebServer = {
  command: `bash -c 'mkdir -p test-results && exec npx next start -H 127.0.0.1 -p ${E2E.port} 2>&1 | tee ${E2E.serverLogPath}'`,
  url: `${E2E.baseUrl}/login`,
  env: {
    NEXTAUTH_URL: E2E.baseUrl,
    NEXTAUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
    NEXT_TELEMETRY_DISABLED: '1',
    DASHBOARD_CLOUDS: JSON.stringify(E2E.clouds),
    // The sandboxes serve their instance consoles on their compute ports.
    DASHBOARD_FRAME_SRC: E2E.consoleOrigins.join(' '),
  },
  reuseExistingServer: false,
  timeout: 120_000,
};

const sandboxes: WebServer[] = [
  {
    // A fresh cloud each run; the state file is written so tests can read issued tokens.
    command: `bash -c 'mkdir -p "$(dirname ${E2E.sandboxStatePath})" && rm -f ${E2E.sandboxStatePath} && exec npx tsx sandbox/main.ts'`,
    url: E2E.sandboxAuthUrl,
    env: {
      SANDBOX_PORT: String(E2E.sandboxPort),
      SANDBOX_STATE: E2E.sandboxStatePath,
      SANDBOX_STUDENTS: '3',
      // Test only: e2e/faults.spec.ts breaks services through it (and mends them after).
      SANDBOX_FAULTS: '1',
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
  {
    command: 'npx tsx sandbox/main.ts',
    url: E2E.shortSandboxAuthUrl,
    env: {
      SANDBOX_PORT: String(E2E.shortSandboxPort),
      SANDBOX_TOKEN_TTL: String(E2E.shortTokenTtl),
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
];

export default defineConfig({
  testDir: './e2e',
  outputDir: `./test-results/playwright-${E2E.target}${E2E.shard}`,
  timeout: 60_000,
  expect: { timeout: E2E.isSandbox ? 10_000 : 20_000 },
  // A focused test left in a spec must not pass CI silently.
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./e2e/skip-reporter.ts']],
  use: {
    baseURL: E2E.baseUrl,
    // A click on a control that never becomes ready fails the test; without this it
    // waits for the whole test's timeout (up to 48 min for the devcloud's journeys).
    actionTimeout: 90_000,
    // Recording a trace of every test took 40 % of the run's CPU (the same three
    // specs: 207 s with, 124 s without): off unless asked for, E2E_TRACE=retain-on-failure.
    trace: traceMode(process.env.E2E_TRACE),
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: E2E.target,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 860 } },
    },
  ],
  webServer: E2E.isSandbox ? [...sandboxes, dashboard] : [dashboard],
});
