// Ports and clouds of the e2e run: two sandboxes (one with short-lived tokens for
// the expiry test) and a cloud whose Keystone is not there at all.
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3100);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 8900);
const shortSandboxPort = Number(process.env.E2E_SHORT_SANDBOX_PORT ?? 8940);
const resultsDir = path.resolve(__dirname, '..', 'test-results');

export const E2E = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  sandboxPort,
  sandboxAuthUrl: `http://127.0.0.1:${sandboxPort}/v3`,
  shortSandboxPort,
  shortSandboxAuthUrl: `http://127.0.0.1:${shortSandboxPort}/v3`,
  shortTokenTtl: 25,
  unreachableAuthUrl: 'http://127.0.0.1:59999/v3',
  sandboxStatePath: path.join(resultsDir, 'e2e-sandbox-state.json'),
  serverLogPath: path.join(resultsDir, 'next-server.log'),
  screenshotDir: path.resolve(__dirname, '..', 'docs', 'screenshots'),
  clouds: [
    { name: 'Sandbox cloud', authUrl: `http://127.0.0.1:${sandboxPort}/v3` },
    { name: 'Sandbox cloud (short tokens)', authUrl: `http://127.0.0.1:${shortSandboxPort}/v3` },
    { name: 'Offline cloud', authUrl: 'http://127.0.0.1:59999/v3' },
  ],
} as const;
