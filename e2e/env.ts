// Where the e2e run points. E2E_TARGET=sandbox (npm test): two sandboxes, one with
// short-lived tokens for the expiry test, and a cloud whose Keystone is not there.
// E2E_TARGET=devcloud (npm run test:real): real OpenStack on loopback.
import path from 'node:path';

const target = process.env.E2E_TARGET === 'devcloud' ? 'devcloud' : 'sandbox';
const isSandbox = target === 'sandbox';
const port = Number(process.env.E2E_PORT ?? (isSandbox ? 3100 : 3110));
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 8900);
const shortSandboxPort = Number(process.env.E2E_SHORT_SANDBOX_PORT ?? 8940);
const devcloudAuthUrl = process.env.DEVCLOUD_AUTH_URL ?? 'http://127.0.0.1:5000/v3';
const resultsDir = path.resolve(__dirname, '..', 'test-results');
/** Set when several runs go at once (scripts/e2e-parallel.sh): their files stay apart. */
const shard = process.env.E2E_SHARD ? `-${process.env.E2E_SHARD}` : '';
const unreachableAuthUrl = 'http://127.0.0.1:59999/v3';

export const E2E = {
  target,
  isSandbox,
  /** This run's own part of file names ('' for a single run). */
  shard,
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  /** The cloud a plain login lands on, by its name in the Cloud chooser. */
  mainCloud: isSandbox ? 'Sandbox cloud' : 'Devcloud',
  mainAuthUrl: isSandbox ? `http://127.0.0.1:${sandboxPort}/v3` : devcloudAuthUrl,
  sandboxPort,
  sandboxAuthUrl: `http://127.0.0.1:${sandboxPort}/v3`,
  /** The main sandbox's test-only fault switch (started with SANDBOX_FAULTS=1). */
  sandboxFaultsUrl: `http://127.0.0.1:${sandboxPort}/__sandbox/faults`,
  shortSandboxPort,
  shortSandboxAuthUrl: `http://127.0.0.1:${shortSandboxPort}/v3`,
  shortTokenTtl: 25,
  unreachableAuthUrl,
  sandboxStatePath: path.join(resultsDir, `e2e-sandbox-state${shard}.json`),
  serverLogPath: path.join(resultsDir, `next-server-${target}${shard}.log`),
  /**
   * Where the specs' pictures go: test-results/screenshots, so a test run never
   * rewrites tracked files. `npm run screenshots` points it at docs/screenshots.
   */
  screenshotDir: process.env.E2E_SCREENSHOT_DIR
    ? path.resolve(process.env.E2E_SCREENSHOT_DIR)
    : path.join(resultsDir, 'screenshots'),
  /** Compute endpoints (RegionOne, RegionTwo) of both sandboxes: where consoles are served. */
  consoleOrigins: isSandbox
    ? [sandboxPort, shortSandboxPort].flatMap((p) => [
        `http://127.0.0.1:${p + 1}`,
        `http://127.0.0.1:${p + 11}`,
      ])
    : [],
  clouds: isSandbox
    ? [
        { name: 'Sandbox cloud', authUrl: `http://127.0.0.1:${sandboxPort}/v3` },
        {
          name: 'Sandbox cloud (short tokens)',
          authUrl: `http://127.0.0.1:${shortSandboxPort}/v3`,
        },
        { name: 'Offline cloud', authUrl: unreachableAuthUrl },
      ]
    : [
        { name: 'Devcloud', authUrl: devcloudAuthUrl },
        { name: 'Offline cloud', authUrl: unreachableAuthUrl },
      ],
} as const;

/** Reasons printed for specs that only make sense on the sandbox. */
export const SANDBOX_ONLY = {
  regions: 'the devcloud has a single region (RegionOne); region switching needs the sandbox',
  expiry: "forced token expiry needs the sandbox's short token lifetime (SANDBOX_TOKEN_TTL)",
  tokens: "finding every issued token needs the sandbox's own record of them (SANDBOX_STATE)",
  faults: "breaking services on purpose needs the sandbox's fault switch (SANDBOX_FAULTS=1)",
  markup:
    "axe, keyboard-only and narrow-screen checks judge the dashboard's own markup, which is the same whichever cloud answers: they run against the sandbox, and each panel's own spec shows the devcloud's data",
} as const;
