// The Admin panels as an admin on both clouds: each lists the demo project's
// resources with the Project column, the Overview's CSV downloads, Hypervisors and
// System Information show the cloud's hosts and services; a member has no Admin
// links and is refused at every Admin URL.
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe';
import { CinderSeeds } from './cinder-seeds';
import { ADMIN, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { bootServer, deleteServers } from './servers';
import type { Browser, Page } from '@playwright/test';

const ADMIN_PATHS: [string, string][] = [
  ['/admin/overview', 'Overview'],
  ['/admin/hypervisors', 'Hypervisors'],
  ['/admin/instances', 'Instances'],
  ['/admin/images', 'Images'],
  ['/admin/volumes', 'Volumes'],
  ['/admin/networks', 'Networks'],
  ['/admin/routers', 'Routers'],
  ['/admin/floating_ips', 'Floating IPs'],
  ['/admin/info', 'System Information'],
];

/** A cell of `row` in the column headed `header` of `table`. */
async function cellUnder(table: ReturnType<Page['getByRole']>, rowName: string, header: string) {
  const headers = await table.getByRole('columnheader').allTextContents();
  // A sortable header ends with its sort mark.
  const index = headers.findIndex((h) => h.replace(/[▴▾]/g, '').trim() === header);
  expect(index, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('link', { name: rowName, exact: true }) });
  return row.getByRole('cell').or(row.getByRole('rowheader')).nth(index);
}

async function demoPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ baseURL: E2E.baseUrl });
  await login(page);
  return page;
}

test.describe('Admin panels (admin)', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });

  let demo: Page;
  let seeds: CinderSeeds;
  const server = uniqueName('admin-vm');
  const volume = uniqueName('admin-vol');

  test.beforeAll(async ({ browser }) => {
    demo = await demoPage(browser);
    seeds = new CinderSeeds(() => demo.request);
    await bootServer(demo, server);
    await seeds.volume(volume);
  });

  test.afterAll(async () => {
    await deleteServers(demo, [server]);
    await seeds.cleanup();
    await demo.close();
  });

  test.beforeEach(async ({ page }) => {
    await login(page, ADMIN);
  });

  test("Instances and Volumes list the demo project's with Project (and Host)", async ({
    page,
  }) => {
    const instances = new PanelPage(page, '/admin/instances', 'Instances');
    await expect(async () => {
      await instances.open();
      await expect(instances.row(server)).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: 90_000 });
    await expect(await cellUnder(instances.table, server, 'Project')).toHaveText('demo');
    await expect(async () => {
      await instances.open();
      await expect(await cellUnder(instances.table, server, 'Host')).not.toHaveText('-', {
        timeout: 2_000,
      });
    }).toPass({ timeout: 90_000 });
    // No Launch Instance for an admin's all-projects list; Delete is offered.
    await expect(page.getByRole('button', { name: 'Launch Instance' })).toHaveCount(0);
    await expectAccessible(page, 'Admin → Instances');
    await instances.table.getByRole('link', { name: server, exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/instances\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: server })).toBeVisible();

    const volumes = new PanelPage(page, '/admin/volumes', 'Volumes');
    await volumes.open();
    await expect(await cellUnder(volumes.table, volume, 'Project')).toHaveText('demo');
    await expectAccessible(page, 'Admin → Volumes');
  });

  test("Networks, Routers, Floating IPs and Images name each row's project", async ({ page }) => {
    // Several projects may hold a row of the same name (the sandbox's class projects).
    const owned = (panel: PanelPage, name: string, project: string) =>
      panel.table
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name, exact: true }) })
        .filter({ has: page.getByRole('cell', { name: project, exact: true }) })
        .first();
    const networks = new PanelPage(page, '/admin/networks', 'Networks');
    await networks.open();
    await expect(networks.table.getByRole('columnheader', { name: 'Project' })).toBeVisible();
    await expect(owned(networks, 'private', 'demo')).toBeVisible();
    await expect(owned(networks, 'public', 'admin')).toBeVisible();
    await expectAccessible(page, 'Admin → Networks');

    const routers = new PanelPage(page, '/admin/routers', 'Routers');
    await routers.open();
    await expect(owned(routers, 'router1', 'demo')).toBeVisible();
    await expectAccessible(page, 'Admin → Routers');

    const fips = new PanelPage(page, '/admin/floating_ips', 'Floating IPs');
    await fips.open();
    await expect(fips.table.getByRole('columnheader', { name: 'Project' })).toBeVisible();
    await expectAccessible(page, 'Admin → Floating IPs');

    const images = new PanelPage(page, '/admin/images', 'Images');
    await images.open();
    await expect(owned(images, 'cirros-like', 'admin')).toBeVisible();
    await expectAccessible(page, 'Admin → Images');
  });

  test("Overview shows the demo project's usage and downloads it as CSV", async ({ page }) => {
    await page.goto('/admin/overview');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    const usage = page.getByRole('table', { name: 'Usage' });
    const demoRow = usage.getByRole('row').filter({ has: page.getByText('demo', { exact: true }) });
    await expect(demoRow).toHaveCount(1, { timeout: 60_000 });
    for (const header of [
      'Project Name',
      'VCPUs',
      'Disk',
      'RAM',
      'VCPU Hours',
      'Disk GB Hours',
      'Memory MB Hours',
    ])
      await expect(usage.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
    // The demo server counts: at least its one VCPU.
    await expect(demoRow.getByRole('cell').nth(1)).not.toHaveText('0');
    await expectAccessible(page, 'Admin → Overview');

    // A wrong period is refused at the field.
    await page.getByLabel('From', { exact: true }).fill('2026-03-10');
    await page.getByLabel('To', { exact: true }).fill('2026-03-01');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(
      page.getByText(
        'Invalid time period. The end date should be more recent than the start date.',
      ),
    ).toBeVisible();
    await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await page.reload();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV Summary' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^global_usage_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = (await readFile(await file.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toMatch(/^Usage Report For Period:,\d{4}-\d{2}-\d{2},\/,\d{4}-\d{2}-\d{2}$/);
    const header = lines.indexOf(
      'Project Name,Project ID,VCPUs,Disk (GB),RAM (MB),VCPU Hours,Disk GB Hours,Memory MB Hours',
    );
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1).some((l) => l.startsWith('demo,'))).toBe(true);
  });

  test('Hypervisors and System Information show the hosts and services', async ({ page }) => {
    await page.goto('/admin/hypervisors');
    await expect(page.getByRole('heading', { level: 1, name: 'Hypervisors' })).toBeVisible();
    const hypervisors = page.getByRole('table', { name: 'Hypervisors' });
    await expect(hypervisors.getByRole('row')).toHaveCount(2, { timeout: 30_000 });
    await expect(page.getByRole('meter', { name: 'VCPU Usage used' })).toBeVisible();
    await expectAccessible(page, 'Admin → Hypervisors');
    await page.getByRole('tab', { name: 'Compute Host' }).click();
    const hosts = page.getByRole('table', { name: 'Compute Host' });
    await expect(hosts.getByRole('row')).toHaveCount(2, { timeout: 30_000 });
    await expect(hosts.getByRole('row').nth(1)).toContainText('Up');

    await page.goto('/admin/info');
    await expect(page.getByRole('heading', { level: 1, name: 'System Information' })).toBeVisible();
    const services = page.getByRole('table', { name: 'Services' });
    for (const type of ['compute', 'identity', 'image', 'network'])
      await expect(services.getByRole('cell', { name: type, exact: true }).first()).toBeVisible();
    await expectAccessible(page, 'Admin → System Information');
    await page.getByRole('tab', { name: 'Compute Services' }).click();
    await expect(
      page
        .getByRole('table', { name: 'Compute Services' })
        .getByRole('cell', { name: 'nova-compute' }),
    ).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Block Storage Services' }).click();
    await expect(
      page
        .getByRole('table', { name: 'Block Storage Services' })
        .getByRole('cell', { name: 'cinder-volume' }),
    ).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Network Agents' }).click();
    await expect(page.getByText('No network agents to display.')).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, 'System Information → Network Agents');
  });
});

test.describe('Admin panels (member)', () => {
  test('a member has no Admin links and is refused at every Admin URL', async ({
    loggedIn: page,
  }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    const hrefs = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => h.startsWith('/admin'))).toEqual([]);
    for (const title of ['Hypervisors', 'System Information'])
      await expect(nav.getByRole('link', { name: title })).toHaveCount(0);
    for (const [path, title] of ADMIN_PATHS) {
      await page.goto(path);
      await expect(
        page.getByRole('alert').filter({ hasText: 'You are not authorized to view this page.' }),
        path,
      ).toBeVisible();
      await expect(page.getByRole('table', { name: title })).toHaveCount(0);
    }
  });
});
