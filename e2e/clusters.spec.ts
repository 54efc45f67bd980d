// Project → Container Infra → Clusters: the Create Cluster wizard with its field
// checks, a cluster reaching CREATE_COMPLETE, Resize, Sign Certificate, Get Cluster
// Config, Delete. The devcloud's clusters never finish (nothing behind Heat's
// Kubernetes resources): there only create (accepted) and delete run.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe';
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import { apiTemplate, cleanMagnum, MAGNUM_HEADERS, step, waitStack } from './magnum';
import type { Page } from '@playwright/test';

const SHOTS = E2E.screenshotDir;
const PREFIX = 'e2e-clusters-';
const NEVER_COMPLETES =
  "the devcloud's clusters never reach CREATE_COMPLETE (no Kubernetes behind its Heat stacks)";

async function keypair(page: Page, name: string) {
  const response = await page.request.post('/api/os/compute/os-keypairs', {
    headers: { Origin: E2E.baseUrl, 'OpenStack-API-Version': 'compute 2.10' },
    data: { keypair: { name } },
  });
  // Nova answers 200 or 201 by microversion; the body (a private key) is printed only on failure.
  if (![200, 201].includes(response.status()))
    throw new Error(`key pair ${name}: ${response.status()} ${await response.text()}`);
}

async function dropKeypair(page: Page, name: string) {
  await page.request.delete(`/api/os/compute/os-keypairs/${name}`, {
    headers: { Origin: E2E.baseUrl },
  });
}

/** A CSR made with openssl, as a student would before Sign Certificate. */
function makeCsr(): string {
  return execFileSync(
    'openssl',
    [
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      '/dev/null',
      '-subj',
      '/CN=student',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

test.describe('Clusters', () => {
  // Magnum deletes a cluster in the background: waiting for it takes longer than a page test.
  test.describe.configure({ timeout: 240_000 });
  test.afterEach(async ({ page }) => {
    await cleanMagnum(page, PREFIX);
  });

  test('create a cluster with the wizard; bad sizes and a missing key pair are caught at the field', async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('clusters');
    const template = `${name}-t`;
    const templateId = await apiTemplate(page, template);
    await keypair(page, `${name}-key`);
    try {
      const clusters = new PanelPage(page, '/project/clusters', 'Clusters');
      await clusters.open();
      await expectAccessible(page, 'the Clusters panel');
      const wizard = await clusters.openAction('Create Cluster');
      const field = (label: string) => wizard.getByLabel(label, { exact: true });
      await field('Cluster Name').fill('<img src=x onerror=alert(1)>');
      await field('Cluster Template').selectOption({ label: template });
      await field('Cluster Name').blur();
      await expect(wizard.getByText(/^Start with a letter; use only letters/)).toBeVisible();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await field('Cluster Name').fill(name);

      await step(page, 'Size');
      await field('Number of Worker Nodes').fill('0');
      await expect(
        wizard.getByText('The number of worker nodes must be at least 1.'),
      ).toBeVisible();
      await field('Number of Worker Nodes').fill('1000');
      await expect(wizard.getByText(/^This cluster needs 1001 servers/)).toBeVisible();
      await field('Number of Worker Nodes').fill('1');
      await expectAccessible(page, 'the Create Cluster wizard');

      // Demo's own network and subnet (seeded on both clouds), the API kept private.
      await step(page, 'Network');
      await field('Use an Existing Network').selectOption({ label: 'private' });
      await field('Use an Existing Subnet').selectOption({ label: 'private-subnet (10.0.0.0/24)' });
      await field('Cluster API').selectOption({ label: 'Accessible on private network only' });
      await expect(
        wizard.getByText('The nodes get their addresses on the chosen network.'),
      ).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/clusters-network-step.png` });
      // The theme follows the system's while it is on "System".
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${SHOTS}/clusters-network-step-dark.png` });
      await page.emulateMedia({ colorScheme: 'light' });

      // The template has no key pair: the Management step says so at the field, and
      // the wizard cannot be submitted until one is chosen.
      await step(page, 'Management');
      await expect(
        wizard.getByText('The chosen template has no key pair: this cluster needs one.'),
      ).toBeVisible();
      await expect(wizard.getByRole('button', { name: 'Submit' })).toBeDisabled();
      await field('Keypair').selectOption({ label: `${name}-key` });
      const cli = wizard.getByLabel('OpenStack CLI', { exact: true });
      await expect(cli).toContainText(`openstack coe cluster create ${name}`);
      await expect(cli).toContainText(`--cluster-template ${template}`);
      await expect(cli).toContainText(`--keypair ${name}-key`);
      await expect(cli).toContainText(
        '--fixed-network private \\ --fixed-subnet private-subnet \\ --floating-ip-disabled',
      );
      await expect(wizard.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
        'type: OS::Magnum::Cluster',
      );
      await wizard.getByRole('button', { name: 'Submit' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `Cluster "${name}" is being created.` }),
      ).toBeVisible();
      const row = clusters.row(name);
      await expect(row).toContainText(template);
      await expect(row).toContainText(/CREATE_IN_PROGRESS|CREATE_COMPLETE/);

      if (E2E.isSandbox) {
        // The generic polling brings the row to its end state without a reload.
        await expect(row).toContainText('CREATE_COMPLETE', { timeout: 60_000 });
      }
      const made = clusters.row(name).getByRole('link', { name, exact: true });
      const uuid = (await made.getAttribute('href'))?.split('/').pop() ?? '';
      await made.click();
      const overview = page.getByRole('region', { name: 'Overview' });
      await expect(overview).toContainText('Fixed Subnet');
      const network = await page.request.get('/api/os/network/v2.0/networks?name=private', {
        headers: { Origin: E2E.baseUrl },
      });
      const [privateNet] = ((await network.json()) as { networks: { id: string }[] }).networks;
      await expect(overview).toContainText(privateNet?.id ?? 'the private network');
      await expect(overview).toContainText(/Floating IP Enabled\s*No/);
      await clusters.open();
      await waitStack(page.request, uuid);
      const confirm = await clusters.rowAction(name, 'Delete Cluster');
      await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toContainText(
        'openstack coe cluster delete',
      );
      await confirm.getByRole('button', { name: 'Delete Cluster' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `Scheduled deletion of Cluster: ${name}` }),
      ).toBeVisible();
      await expect(clusters.row(name)).toHaveCount(0, { timeout: 150_000 });
      expect(templateId).toBeTruthy();
    } finally {
      await cleanMagnum(page, PREFIX);
      await dropKeypair(page, `${name}-key`);
    }
  });

  test('a complete cluster: resize, sign a CSR, get the kubeconfig, see its node groups', async ({
    loggedIn: page,
  }) => {
    test.skip(!E2E.isSandbox, NEVER_COMPLETES);
    const name = uniqueName('clusters');
    await keypair(page, `${name}-key`);
    try {
      const templateId = await apiTemplate(page, `${name}-t`, { keypair_id: `${name}-key` });
      const created = await page.request.post('/api/os/container-infra/clusters', {
        headers: MAGNUM_HEADERS,
        data: { name, cluster_template_id: templateId, node_count: 1 },
      });
      expect(created.status(), await created.text()).toBe(202);
      const clusters = new PanelPage(page, '/project/clusters', 'Clusters');
      await clusters.open();
      const row = clusters.row(name);
      await expect(row).toContainText('CREATE_COMPLETE', { timeout: 60_000 });

      const resize = await clusters.rowAction(name, 'Resize Cluster');
      await resize.getByLabel('Node Count', { exact: true }).fill('0');
      await expect(resize.getByText('The node count must be at least 1.')).toBeVisible();
      await resize.getByLabel('Node Count', { exact: true }).fill('2');
      await expect(resize.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
        /openstack coe cluster resize \S+ 2/,
      );
      await resize.getByRole('button', { name: 'Resize' }).click();
      await expect(row).toContainText('UPDATE_IN_PROGRESS');
      await expect(row).toContainText('UPDATE_COMPLETE', { timeout: 60_000 });
      await expect(row.getByRole('cell').nth(5)).toHaveText('2');

      const sign = await clusters.rowAction(name, 'Sign Certificate');
      await sign.getByLabel('Certificate Signing Request (CSR)').fill('not a csr');
      await expect(sign.getByText(/^Paste a PEM CSR/)).toBeVisible();
      await sign.getByLabel('Certificate Signing Request (CSR)').fill(makeCsr());
      await sign.getByRole('button', { name: 'Sign', exact: true }).click();
      const signed = sign.getByLabel('Signed certificate', { exact: true });
      await expect(signed).toContainText('-----BEGIN CERTIFICATE-----');
      const text = (await signed.textContent()) ?? '';
      const subject = execFileSync('openssl', ['x509', '-noout', '-subject'], {
        input: text,
        encoding: 'utf8',
      });
      expect(subject).toContain('CN = student');
      await sign.getByRole('button', { name: 'Done' }).click();

      const config = await clusters.rowAction(name, 'Get Cluster Config');
      await config.getByRole('button', { name: 'Get Cluster Config' }).click();
      const download = page.waitForEvent('download');
      await config.getByRole('button', { name: 'Download config' }).click();
      const kubeconfig = await readFile((await (await download).path())!, 'utf8');
      expect(kubeconfig).toContain('kind: Config');
      expect(kubeconfig).toMatch(/server: "https?:\/\/[^"]+"/);
      expect(kubeconfig).toContain('client-key-data: ');
      // The private key was never shown on the page.
      await expect(config).not.toContainText('PRIVATE KEY');
      await config.getByRole('button', { name: 'Done' }).click();

      await row.getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Overview' })).toContainText('API Address');
      await page.getByRole('tab', { name: 'Node Groups' }).click();
      await expect(page.getByRole('tabpanel')).toContainText('default-worker');
      await expectAccessible(page, 'the cluster detail page');

      await clusters.open();
      await page.screenshot({ path: `${SHOTS}/clusters.png` });
      await page.getByRole('button', { name: /^Theme:/ }).click();
      await page.getByRole('button', { name: /^Theme: Light/ }).click();
      await expect(page.locator('html')).toHaveClass(/dark/);
      await page.screenshot({ path: `${SHOTS}/clusters-dark.png`, animations: 'disabled' });
      await expectAccessible(page, 'the Clusters panel (dark)');
      await page.getByRole('button', { name: /^Theme: Dark/ }).click();
    } finally {
      await cleanMagnum(page, PREFIX);
      await dropKeypair(page, `${name}-key`);
    }
  });
});
