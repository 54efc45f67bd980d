// The e2e sandbox persists its state to a file: the tokens it issued can be read
// there and asked about at its Keystone, to check what the browser cannot see.
import { readFile } from 'node:fs/promises';
import { E2E, expect } from './fixtures';

interface SandboxState {
  identity: { tokens: { id: string; revoked: boolean }[] };
}

/**
 * The token ids the e2e sandbox has issued (not revoked, unless asked). It
 * writes its state a moment after each change, so read until two reads agree.
 */
export async function sandboxTokens(
  atLeast = 0,
  { includeRevoked = false } = {},
): Promise<string[]> {
  const read = async () =>
    (JSON.parse(await readFile(E2E.sandboxStatePath, 'utf8')) as SandboxState).identity.tokens
      .filter((t) => includeRevoked || !t.revoked)
      .map((t) => t.id)
      .sort();
  let last: string[] | undefined;
  await expect
    .poll(
      async () => {
        const now = await read();
        const settled = now.length >= atLeast && now.join() === last?.join();
        last = now;
        return settled;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
  return last ?? [];
}

/** Whether the sandbox's Keystone still validates `token`. */
export async function keystoneAccepts(token: string): Promise<boolean> {
  const response = await fetch(`${E2E.sandboxAuthUrl}/auth/tokens`, {
    headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
  });
  return response.ok;
}
