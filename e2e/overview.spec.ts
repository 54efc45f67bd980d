import { readFile } from 'node:fs/promises';
import path from 'node:path';
// Project → Overview: the charts and the usage summary show exactly what the
// APIs say (read here through the dashboard's own proxy), and the CSV holds it too.
import { E2E, expect, hydrated, test, uniqueName } from './fixtures';
import { bootServer, deleteServers, waitForSettled } from './servers';
import type { APIRequestContext, Locator, Page } from '@playwright/test';

interface Quota {
  used: number;
  limit: number;
}

const CHARTS = {
  compute: { Instances: 'instances', VCPUs: 'cores', RAM: 'ram' },
  volumev3: { Volumes: 'volumes', 'Volume Snapshots': 'snapshots', 'Volume Storage': 'gigabytes' },
  network: {
    'Floating IPs': 'floatingip',
    'Security Groups': 'security_group',
    'Security Group Rules': 'security_group_rule',
    Networks: 'network',
    Ports: 'port',
    Routers: 'router',
  },
} as const;

async function projectId(request: APIRequestContext): Promise<string> {
  const session = (await (await request.get('/api/auth/session')).json()) as {
    project: { id: string };
  };
  return session.project.id;
}

/** Each service's quota figures, or the proxy's message when the service is missing. */
async function quotas(
  request: APIRequestContext,
  project: string,
): Promise<Record<keyof typeof CHARTS, Record<string, Quota> | string>> {
  const read = async (service: string, path: string, pick: (body: unknown) => unknown) => {
    const response = await request.get(`/api/os/${service}/${path}`);
    const body = (await response.json()) as { error?: { message: string } };
    if (response.status() === 404 && body.error) return body.error.message;
    expect(response.status(), JSON.stringify(body)).toBe(200);
    const entries = Object.entries(pick(body) as Record<string, unknown>).filter(
      ([, v]) => typeof v === 'object',
    ) as [string, { limit: number; in_use?: number; used?: number }][];
    return Object.fromEntries(
      entries.map(([k, v]) => [k, { used: v.in_use ?? v.used ?? 0, limit: v.limit }]),
    );
  };
  const [compute, volumev3, network] = await Promise.all([
    read(
      'compute',
      `os-quota-sets/${project}/detail`,
      (b) => (b as { quota_set: unknown }).quota_set,
    ),
    read(
      'volumev3',
      `os-quota-sets/${project}?usage=True`,
      (b) => (b as { quota_set: unknown }).quota_set,
    ),
    read('network', `v2.0/quotas/${project}/details.json`, (b) => (b as { quota: unknown }).quota),
  ]);
  return { compute, volumev3, network };
}

function chart(page: Page, label: string): Locator {
  return page
    .getByRole('region', { name: 'Limit Summary' })
    .getByRole('figure', { name: label, exact: true });
}

async function checkCharts(page: Page, project: string) {
  const figures = await quotas(page.request, project);
  for (const [service, charts] of Object.entries(CHARTS) as [
    keyof typeof CHARTS,
    Record<string, string>,
  ][]) {
    const figure = figures[service];
    for (const [label, key] of Object.entries(charts)) {
      if (typeof figure === 'string') {
        expect(figure).toBe(`This cloud has no ${service} service.`);
        await expect(chart(page, label)).toContainText('Not available');
        continue;
      }
      const quota = figure[key];
      expect(quota, `${service} ${key}`).toBeDefined();
      if (quota!.limit < 0) {
        await expect(chart(page, label).getByRole('img')).toHaveAccessibleName(
          new RegExp(`^${label}: .* \\(No Limit\\)$`),
        );
        continue;
      }
      const meter = chart(page, label).getByRole('meter', { name: label });
      await expect(meter).toHaveAttribute('aria-valuemax', String(quota!.limit));
      await expect(meter).toHaveAttribute(
        'aria-valuenow',
        String(Math.min(quota!.used, quota!.limit)),
      );
      if (!['RAM', 'Volume Storage'].includes(label)) {
        const verb = label === 'Floating IPs' ? 'Allocated' : 'Used';
        const n = (v: number) => v.toLocaleString('en-US');
        await expect(chart(page, label)).toContainText(
          `${verb} ${n(quota!.used)} of ${n(quota!.limit)}`,
        );
      }
    }
  }
}

// Exclusive: it compares the page with the cloud's usage and quotas, which specs
// running beside it on a shared cloud would change (scripts/e2e-parallel.sh).
test.describe('Overview', { tag: '@exclusive' }, () => {
  test("the Limit Summary charts equal the services' quota figures", async ({ loggedIn: page }) => {
    await page.goto('/project/overview');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    const project = await projectId(page.request);
    await expect(chart(page, 'Instances').getByRole('meter')).toBeVisible();
    // Other users may be launching in the same project: re-read both until they agree.
    await expect(async () => {
      await page.reload();
      await expect(chart(page, 'Instances')).not.toHaveAttribute('aria-busy', 'true');
      await expect(chart(page, 'Routers')).not.toHaveAttribute('aria-busy', 'true');
      await checkCharts(page, project);
    }).toPass({ timeout: 60_000 });
  });

  test('nothing jumps while the page loads', async ({ loggedIn: page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!entry.hadRecentInput) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/project/overview');
    // Visible only: while the page streams, React holds the answer in a hidden copy.
    await expect(
      page.locator('dt:text-is("Active Instances") + dd').filter({ visible: true }),
    ).toHaveText(/^\d+$/);
    await expect(page.getByRole('table', { name: 'Usage' })).not.toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expect(chart(page, 'Routers')).not.toHaveAttribute('aria-busy', 'true');
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    // 0.1 is the "good" cumulative layout shift threshold.
    expect(shift).toBeLessThan(0.1);
  });

  test('the usage summary and its CSV equal os-simple-tenant-usage', async ({ loggedIn: page }) => {
    test.setTimeout(180_000);
    // At least one active instance, so the figures compared are not empty on both sides.
    const server = uniqueName('usage');
    await bootServer(page, server);
    await waitForSettled(page, server, 'ACTIVE', 120_000);
    try {
      await page.goto('/project/overview');
      const project = await projectId(page.request);
      const today = new Date().toISOString().slice(0, 10);
      const first = `${today.slice(0, 8)}01`;
      const usage = page.getByRole('region', { name: 'Usage Summary' });
      await expect(usage.getByLabel('From', { exact: true })).toHaveValue(first);
      await expect(usage.getByLabel('To', { exact: true })).toHaveValue(today);

      interface ServerUsage {
        name: string;
        memory_mb: number;
        ended_at: string | null;
      }
      const read = async () => {
        const response = await page.request.get(
          `/api/os/compute/os-simple-tenant-usage/${project}?start=${first}T00:00:00&end=${today}T23:59:59`,
        );
        expect(response.status()).toBe(200);
        const body = (await response.json()) as {
          tenant_usage: { server_usages?: ServerUsage[]; total_vcpus_usage?: number };
        };
        const active = (body.tenant_usage.server_usages ?? []).filter((s) => !s.ended_at);
        return { active, vcpuHours: body.tenant_usage.total_vcpus_usage ?? 0 };
      };
      const listsServer = async () => (await read()).active.some((s) => s.name === server);
      await expect.poll(listsServer, { timeout: 30_000 }).toBe(true);
      const figure = (label: string) => usage.locator(`dt:text-is("${label}") + dd`);

      let expected = await read();
      await expect(async () => {
        await page.reload();
        expected = await read();
        await expect(figure('Active Instances')).toHaveText(String(expected.active.length));
        const table = usage.getByRole('table', { name: 'Usage' });
        await expect(table).not.toHaveAttribute('aria-busy', 'true');
        const names = expected.active.map((s) => s.name).sort();
        const shown = (await table.locator('tbody tr td:first-child').allTextContents())
          .filter((t) => t !== 'No instances were active in this period.')
          .sort();
        expect(shown).toEqual(names);
      }).toPass({ timeout: 60_000 });
      // Hours grow while we look: a running instance adds about 0.0003 VCPU-hours a second.
      const hours = Number(await figure("This Period's VCPU-Hours").textContent());
      expect(Math.abs(hours - expected.vcpuHours)).toBeLessThan(0.05);

      const download = page.waitForEvent('download');
      await usage.getByRole('button', { name: 'Download CSV Summary' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`_usage_${first}_${today}\\.csv$`));
      const lines = (await readFile(await file.path(), 'utf8')).split('\r\n');
      expect(lines[0]).toBe(`Usage Report For Period:,${first},/,${today}`);
      expect(lines[1]).toBe(`Project ID:,${project}`);
      expect(lines[3]).toBe(`Total Active Instances:,${expected.active.length}`);
      const header = lines.indexOf(
        'Name,VCPUs,RAM (MB),Disk (GB),Usage (Hours),Time since created (Seconds),State',
      );
      expect(header).toBeGreaterThan(0);
      expect(lines.slice(header + 1).filter(Boolean)).toHaveLength(expected.active.length);
    } finally {
      await deleteServers(page, [server]);
    }
  });

  test('a wrong period gets a clear message at the field; a past one is shown', async ({
    loggedIn: page,
  }) => {
    await page.goto('/project/overview');
    const usage = page.getByRole('region', { name: 'Usage Summary' });
    const from = usage.getByLabel('From', { exact: true });
    const to = usage.getByLabel('To', { exact: true });
    const submit = usage.getByRole('button', { name: 'Submit' });
    await hydrated(submit);

    await from.fill('');
    await submit.click();
    await expect(usage.getByText('From is required.')).toBeVisible();
    await expect(from).toHaveAttribute('aria-invalid', 'true');

    await from.fill('2026-03-10');
    await to.fill('2026-03-01');
    await submit.click();
    await expect(
      usage.getByText(
        'Invalid time period. The end date should be more recent than the start date.',
      ),
    ).toBeVisible();
    await expect(to).toHaveAttribute('aria-invalid', 'true');

    await from.fill('2999-01-01');
    await to.fill('2999-01-31');
    await submit.click();
    await expect(
      usage.getByText(
        'Invalid time period. You are requesting data from the future which may not exist.',
      ),
    ).toBeVisible();

    await from.fill('2020-01-01');
    await to.fill('2020-01-31');
    await submit.click();
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    await expect(usage.getByText('No instances were active in this period.')).toBeVisible();
    await expect(usage.locator('dt:text-is("Active Instances") + dd')).toHaveText('0');
  });

  test('screenshots of the Overview in light and dark mode', async ({ loggedIn: page }) => {
    const dir = E2E.isSandbox ? E2E.screenshotDir : path.join(E2E.screenshotDir, 'devcloud');
    const suffix = E2E.isSandbox ? '' : '-devcloud';
    await page.goto('/project/overview');
    await expect(chart(page, 'Routers')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('table', { name: 'Usage' })).not.toHaveAttribute(
      'aria-busy',
      'true',
    );
    await page.screenshot({ path: `${dir}/overview${suffix}.png`, fullPage: true });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({
      path: `${dir}/overview-dark${suffix}.png`,
      fullPage: true,
      animations: 'disabled',
    });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
  });
});
