// Heat stacks a spec made, found and deleted through the dashboard's proxy.
import { E2E } from './env';
import type { Page } from '@playwright/test';

/** The proxy takes changes from the dashboard's own origin only. */
export const ORIGIN = { Origin: E2E.baseUrl };

interface StackRow {
  id: string;
  stack_name: string;
}

async function stacksNamed(page: Page, prefix: string): Promise<StackRow[]> {
  const answer = await page.request.get('/api/os/orchestration/stacks');
  const { stacks } = (await answer.json()) as { stacks: StackRow[] };
  return stacks.filter((s) => s.stack_name.startsWith(prefix));
}

/** Asks Heat to delete every stack whose name starts with `prefix` (a spec's clean-up). */
export async function deleteStacksNamed(page: Page, prefix: string): Promise<void> {
  for (const s of await stacksNamed(page, prefix))
    await page.request.delete(`/api/os/orchestration/stacks/${s.stack_name}/${s.id}`, {
      headers: ORIGIN,
    });
}
