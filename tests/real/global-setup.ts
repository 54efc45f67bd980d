import { startSandbox } from '@/sandbox/server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    realAuthUrl: string;
    realTarget: 'sandbox' | 'devcloud';
  }
}

/**
 * The real clients run against the devcloud (DEVCLOUD_AUTH_URL, default its
 * Keystone on 127.0.0.1:5000), or with REAL_TARGET=sandbox against a sandbox cloud
 * started here (REAL_SANDBOX_PORT, default 0 = free ports).
 */
export default async function setup(project: TestProject) {
  const target = process.env.REAL_TARGET ?? 'devcloud';
  if (target !== 'sandbox' && target !== 'devcloud') {
    throw new Error(`REAL_TARGET must be "sandbox" or "devcloud", got "${target}"`);
  }
  if (target === 'devcloud') {
    const url = process.env.DEVCLOUD_AUTH_URL ?? 'http://127.0.0.1:5000/v3';
    project.provide('realAuthUrl', url.replace(/\/+$/, ''));
    project.provide('realTarget', 'devcloud');
    return;
  }
  const port = Number(process.env.REAL_SANDBOX_PORT ?? '0');
  // Servers build in half a second: the clients wait for ACTIVE as on a real cloud.
  const sandbox = await startSandbox({ port, quiet: true, bootMs: 500 });
  project.provide('realAuthUrl', sandbox.authUrl);
  project.provide('realTarget', 'sandbox');
  return async () => {
    await sandbox.close();
  };
}
