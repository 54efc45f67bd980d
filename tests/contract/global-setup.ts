import { startSandbox } from '@/sandbox/server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    authUrl: string;
    cloudKind: 'sandbox' | 'real';
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.OS_AUTH_URL;
  if (given) {
    project.provide('authUrl', given.replace(/\/+$/, ''));
    project.provide('cloudKind', 'real');
    return;
  }
  const sandbox = await startSandbox({ port: 0, quiet: true });
  project.provide('authUrl', sandbox.authUrl);
  project.provide('cloudKind', 'sandbox');
  return async () => {
    await sandbox.close();
  };
}
