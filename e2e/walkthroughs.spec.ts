// Every walkthrough file, run end to end in a real browser: start it from the list,
// perform each step's `do` actions as a student would, wait for the overlay to see
// the step done on the real cloud, go on. Those marked `devcloud: true` also run on
// the devcloud. Then: a broken file is listed with its line, the overlay resumes
// after a reload, axe is clean.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { DEMO, E2E, expect, test } from './fixtures';
import { parseWalkthrough } from '../lib/walkthroughs/load';
import {
  withUser,
  type Action,
  type Condition,
  type Walkthrough,
} from '../lib/walkthroughs/schema';

const DIR = path.join(__dirname, '..', 'walkthroughs');
const ORIGIN = { Origin: E2E.baseUrl };
const USER = DEMO.user;
const SLOW = E2E.isSandbox ? 60_000 : 240_000;

function allWalkthroughs(): Walkthrough[] {
  return readdirSync(DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const r = parseWalkthrough(f, readFileSync(path.join(DIR, f), 'utf8'));
      if (!r.ok) throw new Error(r.broken.errors.join('\n'));
      return r.walkthrough;
    });
}

const WALKTHROUGHS = allWalkthroughs();
const BY_ID = new Map(WALKTHROUGHS.map((w) => [w.id, w]));

/** The walkthrough with the prerequisites that leave something on the cloud, first ones first. */
function chain(w: Walkthrough, seen = new Set<string>()): Walkthrough[] {
  const out: Walkthrough[] = [];
  for (const p of w.prerequisites) {
    const pre = BY_ID.get(p);
    if (!pre || seen.has(p)) continue;
    seen.add(p);
    // chain() ends with the walkthrough itself; a prerequisite made only of page visits
    // (the tour) leaves nothing on the cloud, so it is not run.
    const performsCloudSteps = pre.steps.some((s) => !s.done.visited);
    out.push(...chain(pre, seen).filter((x) => x !== pre || performsCloudSteps));
  }
  return [...out, w];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A control by role and name, as the step describes it: its exact name, else the name it starts with. */
async function byRole(page: Page, role: string, name: string): Promise<Locator> {
  const aria = role as Parameters<Page['getByRole']>[0];
  const exact = page.getByRole(aria, { name, exact: true });
  const prefix = page.getByRole(aria, { name: new RegExp(`^${escapeRegExp(name)}`) });
  await expect(exact.or(prefix).first()).toBeVisible({ timeout: SLOW });
  return (await exact.count()) > 0 ? exact : prefix;
}

async function perform(page: Page, action: Action) {
  const u = (s: string) => withUser(s, USER);
  if (action.click) {
    const target = await byRole(page, action.click.role, u(action.click.name));
    await expect(target).toBeEnabled({ timeout: SLOW });
    await target.click();
  } else if (action.fill) {
    await page.getByLabel(u(action.fill.label), { exact: true }).fill(u(action.fill.value));
  } else if (action.select) {
    const select = page.getByLabel(u(action.select.label), { exact: true });
    // The one option of that text, or that text and an id ("demo-vm (3f2a…)"); not
    // "Magnum's default (m1.small)" for m1.small.
    const name = u(action.select.option).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const option = select.locator('option', { hasText: new RegExp(`^${name}( \\(.*\\))?$`) });
    await expect(option).toHaveCount(1, { timeout: SLOW });
    await select.selectOption((await option.getAttribute('value')) ?? '');
  } else if (action.check) {
    await page.getByLabel(u(action.check.label), { exact: true }).check();
  } else if (action.upload) {
    // A small raw disk of zeros stands in for the student's own file.
    await page.getByLabel(u(action.upload.label), { exact: true }).setInputFiles({
      name: u(action.upload.file),
      mimeType: 'application/octet-stream',
      buffer: Buffer.alloc(1024 * 1024),
    });
  } else if (action.goto) {
    await page.goto(u(action.goto.path));
  }
}

/** The walkthrough's row in the list (other rows name it among their prerequisites). */
function listRow(page: Page, w: Walkthrough): Locator {
  return page.getByRole('row').filter({
    has: page.getByRole('button', {
      name: new RegExp(`^(Start|Resume) ${escapeRegExp(w.title)}$`),
    }),
  });
}

function overlay(page: Page, w: Walkthrough): Locator {
  return page.getByRole('complementary', { name: w.title });
}

async function runWalkthrough(page: Page, w: Walkthrough) {
  await page.goto('/teaching/walkthroughs');
  await page.getByRole('button', { name: `Start ${w.title}`, exact: true }).click();
  const box = overlay(page, w);
  for (const [i, step] of w.steps.entries()) {
    await expect(box).toContainText(`Step ${i + 1} of ${w.steps.length}`, { timeout: SLOW });
    for (const action of step.do) await perform(page, action);
    await expect(box.getByRole('status')).toContainText('Step done', { timeout: SLOW * 2 });
    await box
      .getByRole('button', { name: i === w.steps.length - 1 ? 'Finish' : 'Next', exact: true })
      .click();
  }
  await expect(box).toHaveCount(0);
}

// ---- Cleanup through the API (the dashboard's own proxy), by what the conditions name.

async function list<T>(request: APIRequestContext, url: string, key: string): Promise<T[]> {
  const res = await request.get(url);
  if (!res.ok()) return [];
  return (((await res.json()) as Record<string, unknown>)[key] as T[] | undefined) ?? [];
}

const NET = '/api/os/network/v2.0';

async function cleanUp(request: APIRequestContext, walkthroughs: Walkthrough[]) {
  const conds: Condition[] = walkthroughs.flatMap((w) => w.steps.map((s) => s.done));
  const u = (s: string) => withUser(s, USER);
  const names = <K extends keyof Condition>(kind: K, field: string) => [
    ...new Set(
      conds
        .map((c) => c[kind] as Record<string, unknown> | undefined)
        .map((c) => c?.[field])
        .filter((v): v is string => typeof v === 'string')
        .map(u),
    ),
  ];

  const serverNames = [
    ...names('server', 'name'),
    ...names('floating_ip', 'server'),
    ...names('volume', 'attached_to'),
  ];
  // By name (Nova's filter is a regular expression, so anchored and escaped): an unfiltered
  // list is one page, and other specs' servers may push these off it.
  const servers: { id: string; name: string }[] = [];
  for (const name of new Set(serverNames)) {
    const pattern = `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
    servers.push(
      ...(
        await list<{ id: string; name: string }>(
          request,
          `/api/os/compute/servers?name=${encodeURIComponent(pattern)}`,
          'servers',
        )
      ).filter((s) => s.name === name),
    );
  }
  for (const s of servers) {
    for (const p of await list<{ id: string }>(request, `${NET}/ports?device_id=${s.id}`, 'ports'))
      for (const f of await list<{ id: string }>(
        request,
        `${NET}/floatingips?port_id=${p.id}`,
        'floatingips',
      ))
        await request.delete(`${NET}/floatingips/${f.id}`, { headers: ORIGIN });
    await request.delete(`/api/os/compute/servers/${s.id}`, { headers: ORIGIN });
  }
  for (const s of servers)
    await expect
      .poll(async () => (await request.get(`/api/os/compute/servers/${s.id}`)).status(), {
        timeout: SLOW * 2,
      })
      .toBe(404);

  for (const name of names('volume', 'name'))
    for (const v of await list<{ id: string }>(
      request,
      `/api/os/volumev3/volumes?name=${encodeURIComponent(name)}`,
      'volumes',
    ))
      await request.delete(`/api/os/volumev3/volumes/${v.id}`, { headers: ORIGIN });

  const routerNames = [...names('router', 'name'), ...names('router_interface', 'router')];
  for (const name of new Set(routerNames))
    for (const r of await list<{ id: string }>(
      request,
      `${NET}/routers?name=${encodeURIComponent(name)}`,
      'routers',
    )) {
      const ports = await list<{ fixed_ips: { subnet_id: string }[]; device_owner: string }>(
        request,
        `${NET}/ports?device_id=${r.id}`,
        'ports',
      );
      for (const p of ports.filter((x) => x.device_owner.startsWith('network:router_interface')))
        for (const ip of p.fixed_ips)
          await request.put(`${NET}/routers/${r.id}/remove_router_interface`, {
            headers: ORIGIN,
            data: { subnet_id: ip.subnet_id },
          });
      await request.delete(`${NET}/routers/${r.id}`, { headers: ORIGIN });
    }
  for (const name of new Set([...names('network', 'name'), ...names('subnet', 'network')]))
    for (const n of await list<{ id: string }>(
      request,
      `${NET}/networks?name=${encodeURIComponent(name)}`,
      'networks',
    ))
      await request.delete(`${NET}/networks/${n.id}`, { headers: ORIGIN });
  for (const name of names('security_group_rule', 'group'))
    for (const g of await list<{ id: string }>(
      request,
      `${NET}/security-groups?name=${encodeURIComponent(name)}`,
      'security_groups',
    ))
      await request.delete(`${NET}/security-groups/${g.id}`, { headers: ORIGIN });
  for (const name of names('keypair', 'name'))
    await request.delete(`/api/os/compute/os-keypairs/${encodeURIComponent(name)}`, {
      headers: ORIGIN,
    });
  for (const name of names('image', 'name'))
    for (const i of await list<{ id: string }>(
      request,
      `/api/os/image/v2/images?name=${encodeURIComponent(name)}`,
      'images',
    ))
      await request.delete(`/api/os/image/v2/images/${i.id}`, { headers: ORIGIN });
  for (const name of names('container', 'name'))
    await request.delete(`/api/os/object-store/${encodeURIComponent(name)}`, { headers: ORIGIN });
  for (const name of names('stack', 'name')) {
    const stacks = await list<{ id: string; stack_name: string }>(
      request,
      `/api/os/orchestration/stacks?name=${encodeURIComponent(name)}`,
      'stacks',
    );
    for (const s of stacks)
      await request.delete(`/api/os/orchestration/stacks/${s.stack_name}/${s.id}`, {
        headers: ORIGIN,
      });
  }
  for (const name of names('cluster_template', 'name'))
    await request.delete(
      `/api/os/container-infra/v1/clustertemplates/${encodeURIComponent(name)}`,
      {
        headers: ORIGIN,
      },
    );
}

// ---- The tests.

test.describe('Walkthroughs, each end to end', () => {
  for (const w of WALKTHROUGHS) {
    test(`${w.id}: every step performed and seen done on the cloud`, async ({ loggedIn: page }) => {
      test.skip(!E2E.isSandbox && !w.devcloud, 'Not marked devcloud: true');
      test.setTimeout(SLOW * 10);
      const walkthroughs = chain(w);
      await cleanUp(page.request, walkthroughs);
      try {
        for (const each of walkthroughs) await runWalkthrough(page, each);
        await page.goto('/teaching/walkthroughs');
        await expect(listRow(page, w)).toContainText('Completed');
      } finally {
        await cleanUp(page.request, walkthroughs);
      }
    });
  }
});

test.describe('The Walkthroughs page and overlay', () => {
  // Exclusive: the file goes into the one walkthroughs/ every dashboard server reads, so
  // specs running beside it (narrow screen, axe, page health) would meet it.
  test(
    'a broken file is listed with its line, the others still work',
    { tag: '@exclusive' },
    async ({ loggedIn: page }) => {
      const file = `zz-e2e-broken-${Math.random().toString(36).slice(2, 8)}.yaml`;
      writeFileSync(
        path.join(DIR, file),
        'id: x\ntitle: Broken on purpose\nlevel: beginner\nminutes: 5\nlevel2: no\n',
      );
      try {
        await page.goto('/teaching/walkthroughs');
        const errors = page.getByRole('region', { name: 'Walkthrough files with errors' });
        await expect(errors).toContainText(file);
        await expect(errors).toContainText(`${file}:5: level2: Unknown field.`);
        await expect(errors).toContainText(`${file}:1: summary:`);
        await expect(
          page.getByRole('table', { name: 'Walkthroughs' }).getByRole('row'),
        ).toHaveCount(WALKTHROUGHS.length + 1);
      } finally {
        unlinkSync(path.join(DIR, file));
      }
    },
  );

  test('the overlay resumes at the step after a reload, and Escape closes it', async ({
    loggedIn: page,
  }) => {
    const tour = BY_ID.get('dashboard-tour');
    expect(tour).toBeTruthy();
    if (!tour) return;
    await page.goto('/teaching/walkthroughs');
    const start = page.getByRole('button', { name: `Start ${tour.title}`, exact: true });
    await start.click();
    const box = overlay(page, tour);
    await expect(box).toContainText(`Step 1 of ${tour.steps.length}`);
    await expect(box.getByRole('status')).toContainText('Step done');
    await box.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(box).toContainText(`Step 2 of ${tour.steps.length}`);
    await expect(page).toHaveURL(/\/project\/instances$/);

    await page.reload();
    await expect(box).toContainText(`Step 2 of ${tour.steps.length}`);
    await expect(box.getByRole('status')).toContainText('Step done');
    await expect(box.getByRole('heading', { name: tour.title })).toBeFocused();

    // Show me highlights the sidebar link with a popover; Escape closes the popover first.
    await box.getByRole('button', { name: 'Show me' }).click();
    await expect(page.locator('.driver-popover')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.driver-popover')).toHaveCount(0);
    await expect(box).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);

    await page.goto('/teaching/walkthroughs');
    const row = listRow(page, tour);
    await expect(row).toContainText(`Step 2 of ${tour.steps.length}`);
    await expect(row.getByRole('button', { name: `Resume ${tour.title}` })).toBeVisible();
  });

  test('axe finds nothing on the list, the detail page and with the overlay open', async ({
    loggedIn: page,
  }) => {
    await page.goto('/teaching/walkthroughs');
    await expect(page.getByRole('table', { name: 'Walkthroughs' })).toBeVisible();
    await expectAccessible(page, 'Walkthroughs list');
    const w = WALKTHROUGHS[0];
    if (!w) return;
    await listRow(page, w).getByRole('link', { name: w.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Equivalent commands' })).toContainText(
      w.ways.cli.split('\n')[0] ?? '',
    );
    await expectAccessible(page, 'Walkthrough detail');
    await page.getByRole('button', { name: new RegExp(`^(Start|Resume) ${w.title}$`) }).click();
    await expect(overlay(page, w)).toContainText('Step 1 of');
    await expectAccessible(page, 'Walkthrough overlay');
    await overlay(page, w).getByRole('button', { name: 'Close walkthrough' }).click();
    await expect(overlay(page, w)).toHaveCount(0);
  });
});
