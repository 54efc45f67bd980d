// Admin → Class Progress: a student does a walkthrough's first cloud step through
// the API (as the CLI would), and the admin's open page shows it without a reload;
// a member is refused the page and its rows. On the sandbox the student is
// student01 (SANDBOX_STUDENTS); on the devcloud, demo in its own project.
import { ADMIN, DEMO, E2E, expect, login, test, type Credentials } from './fixtures';
import { classWalkthroughs, cloudSteps } from '../components/class-progress/class-progress-data';
import { loadWalkthroughs } from '../lib/walkthroughs/load';
import { withUser, type Condition, type Walkthrough } from '../lib/walkthroughs/schema';
import type { APIRequestContext, Page } from '@playwright/test';

const ORIGIN = { Origin: E2E.baseUrl };
const STUDENT: Credentials = E2E.isSandbox ? { user: 'student01', password: 'student01' } : DEMO;
const STUDENT_PROJECT = E2E.isSandbox ? 'student01' : 'demo';

type Doable = 'network' | 'keypair' | 'router' | 'container';
const DOABLE: Doable[] = ['network', 'keypair', 'router', 'container'];

function kindOf(condition: Condition): Doable | undefined {
  return DOABLE.find((k) => condition[k] !== undefined);
}

/** What the student makes through the proxy, and how to remove it afterwards. */
async function doStep(
  request: APIRequestContext,
  condition: Condition,
): Promise<() => Promise<void>> {
  const user = STUDENT.user;
  const name = (n: string) => withUser(n, user);
  const ok = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(response.status(), await response.text()).toBeLessThan(300);
    return response;
  };
  if (condition.network) {
    const res = await ok(
      await request.post('/api/os/network/v2.0/networks', {
        headers: ORIGIN,
        data: { network: { name: name(condition.network.name) } },
      }),
    );
    const { network } = (await res.json()) as { network: { id: string } };
    return async () => {
      await request.delete(`/api/os/network/v2.0/networks/${network.id}`, { headers: ORIGIN });
    };
  }
  if (condition.router) {
    const res = await ok(
      await request.post('/api/os/network/v2.0/routers', {
        headers: ORIGIN,
        data: { router: { name: name(condition.router.name) } },
      }),
    );
    const { router } = (await res.json()) as { router: { id: string } };
    return async () => {
      await request.delete(`/api/os/network/v2.0/routers/${router.id}`, { headers: ORIGIN });
    };
  }
  if (condition.keypair) {
    const keypair = name(condition.keypair.name);
    await ok(
      await request.post('/api/os/compute/os-keypairs', {
        headers: { ...ORIGIN, 'OpenStack-API-Version': 'compute 2.1' },
        data: { keypair: { name: keypair } },
      }),
    );
    return async () => {
      await request.delete(`/api/os/compute/os-keypairs/${encodeURIComponent(keypair)}`, {
        headers: ORIGIN,
      });
    };
  }
  if (condition.container) {
    const container = encodeURIComponent(name(condition.container.name));
    await ok(await request.put(`/api/os/object-store/${container}`, { headers: ORIGIN }));
    return async () => {
      await request.delete(`/api/os/object-store/${container}`, { headers: ORIGIN });
    };
  }
  throw new Error('not a condition this test can meet through the API');
}

/** The cell of the student's row under the walkthrough's column. */
async function cellOf(page: Page, title: string) {
  const table = page.getByRole('table', { name: 'Class Progress' });
  const headers = (await table.getByRole('columnheader').allTextContents()).map((h) =>
    h.replace(/[▴▾]/g, '').trim(),
  );
  const index = headers.indexOf(title);
  expect(index, `column ${title} in ${headers.join(' | ')}`).toBeGreaterThan(1);
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: STUDENT.user, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: STUDENT_PROJECT, exact: true }) });
  return row.getByRole('cell').nth(index);
}

test.describe('Class Progress', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  let walkthrough: Walkthrough;
  let first: Condition;

  test.beforeAll(async () => {
    const { walkthroughs } = await loadWalkthroughs();
    // A walkthrough whose first step on the cloud's state this test can do through the API.
    const pick = walkthroughs.find((w) => {
      const [step] = cloudSteps(w);
      return step !== undefined && kindOf(step.done) !== undefined;
    });
    expect(
      pick,
      `a walkthrough in walkthroughs/ whose first cloud step is one of ${DOABLE.join(', ')}`,
    ).toBeDefined();
    walkthrough = pick!;
    first = cloudSteps(walkthrough)[0]!.done;
  });

  test("the admin sees a student's step done, without reloading", async ({ browser }) => {
    const admin = await browser.newPage({ baseURL: E2E.baseUrl });
    const student = await browser.newPage({ baseURL: E2E.baseUrl });
    let cleanup: (() => Promise<void>) | undefined;
    try {
      await login(admin, ADMIN);
      await admin.goto(`/admin/class-progress?students=${STUDENT.user}`);
      await expect(admin.getByRole('heading', { name: 'Class Progress', level: 1 })).toBeVisible();
      await expect(admin.getByLabel('Students')).toHaveValue(STUDENT.user);
      const steps = classWalkthroughs([walkthrough])[0]!.steps;
      const cell = await cellOf(admin, walkthrough.title);
      await expect(cell).toHaveText('Not started');
      // A mark in the page: a reload or a navigation would drop it.
      await admin.evaluate(() => {
        (window as Window & { classMark?: number }).classMark = 1;
      });

      await login(student, STUDENT);
      cleanup = await doStep(student.request, first);

      await expect(cell).toHaveText(steps === 1 ? 'Completed' : `Step 2 of ${steps}`, {
        timeout: 30_000,
      });
      expect(
        await admin.evaluate(() => (window as Window & { classMark?: number }).classMark),
      ).toBe(1);

      // Undone again, the cell follows.
      await cleanup();
      cleanup = undefined;
      await expect(cell).toHaveText('Not started', { timeout: 30_000 });
    } finally {
      await cleanup?.();
      await admin.close();
      await student.close();
    }
  });

  test('a member is not authorized, neither for the page nor for its rows', async ({ browser }) => {
    const page = await browser.newPage({ baseURL: E2E.baseUrl });
    try {
      await login(page, STUDENT);
      await page.goto('/admin/class-progress');
      await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Class Progress' })).toHaveCount(0);
      const rows = await page.request.get('/admin/class-progress/progress?students=');
      expect(rows.status()).toBe(403);
    } finally {
      await page.close();
    }
  });
});
