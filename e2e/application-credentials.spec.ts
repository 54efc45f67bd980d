// Identity → Application Credentials: create one, see its secret once, download
// the clouds.yaml and sign in with it (devcloud: the real openstack CLI lists
// servers; sandbox: a token request to the sandbox's Keystone, then Nova's list),
// delete it and see it refused; an expiry in the past is refused at the field.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import type { Download } from '@playwright/test';

const run = promisify(execFile);
const PATH = '/identity/application_credentials';
const TITLE = 'Application Credentials';

function yamlValue(text: string, key: string): string {
  const m = new RegExp(`^\\s*${key}: (.*)$`, 'm').exec(text);
  const raw = m?.[1]?.trim() ?? '';
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
}

/** Lists servers with the credential: true when the cloud accepted it. */
async function listServersWith(cloudsYaml: string): Promise<boolean> {
  if (!E2E.isSandbox) {
    const dir = await mkdtemp(path.join(tmpdir(), 'e2e-appcred-'));
    await writeFile(path.join(dir, 'clouds.yaml'), cloudsYaml);
    try {
      await run(
        'openstack',
        ['--os-cloud', 'openstack', 'server', 'list', '-f', 'value', '-c', 'ID'],
        {
          cwd: dir,
          // Next's types make NODE_ENV required; the child needs none.
          env: {
            PATH: process.env.PATH ?? '/usr/bin:/bin',
            HOME: dir,
            LANG: 'C.UTF-8',
          } as unknown as NodeJS.ProcessEnv,
          timeout: 120_000,
        },
      );
      return true;
    } catch {
      return false;
    }
  }
  const authUrl = yamlValue(cloudsYaml, 'auth_url');
  const res = await fetch(`${authUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: {
            id: yamlValue(cloudsYaml, 'application_credential_id'),
            secret: yamlValue(cloudsYaml, 'application_credential_secret'),
          },
        },
      },
    }),
  });
  if (res.status !== 201) return false;
  const token = res.headers.get('x-subject-token') ?? '';
  const body = (await res.json()) as {
    token: {
      catalog: { type: string; endpoints: { interface: string; region: string; url: string }[] }[];
    };
  };
  const region = yamlValue(cloudsYaml, 'region_name');
  const nova = body.token.catalog
    .find((s) => s.type === 'compute')
    ?.endpoints.find((e) => e.interface === 'public' && e.region === region)?.url;
  const servers = await fetch(`${nova}/servers`, { headers: { 'X-Auth-Token': token } });
  return servers.status === 200;
}

test.describe('Application Credentials', () => {
  test.setTimeout(240_000);

  test('create: the secret once, the clouds.yaml lists servers; delete: refused after', async ({
    loggedIn: page,
  }) => {
    const panel = new PanelPage(page, PATH, TITLE);
    const name = uniqueName('appcred');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(PATH);
    await panel.open();
    for (const header of ['Name', 'Project', 'Description', 'Expiration', 'ID'])
      await expect(
        panel.table.getByRole('columnheader', { name: header, exact: true }),
      ).toBeVisible();

    const dialog = await panel.openAction('Create Application Credential');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Description', { exact: true }).fill('made by e2e');
    await dialog.getByRole('checkbox', { name: 'member', exact: true }).check();
    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack application credential create',
    );
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(`--role member`);
    await dialog.getByRole('button', { name: 'Create Application Credential' }).click();

    await expect(dialog.getByText(`Application credential "${name}" was created.`)).toBeVisible();
    const secret = (await dialog.getByLabel('Application credential secret').textContent()) ?? '';
    const id = (await dialog.getByLabel('Application credential ID').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(id).toMatch(/^[0-9a-f]{32}$/);

    const [download]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download clouds.yaml' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('clouds.yaml');
    const cloudsYaml = await readFile(await download.path(), 'utf8');
    expect(cloudsYaml).toContain('auth_type: v3applicationcredential');
    expect(yamlValue(cloudsYaml, 'application_credential_id')).toBe(id);
    expect(yamlValue(cloudsYaml, 'application_credential_secret')).toBe(secret);
    expect(yamlValue(cloudsYaml, 'auth_url')).toBe(E2E.mainAuthUrl);

    const [openrc]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download openrc file' }).click(),
    ]);
    expect(await readFile(await openrc.path(), 'utf8')).toContain(
      `export OS_APPLICATION_CREDENTIAL_ID=${id}`,
    );
    await dialog.getByRole('button', { name: 'Done' }).click();

    const row = panel.row(name);
    await expect(row).toBeVisible();
    await expect(row).toContainText('made by e2e');
    await expect(row).toContainText('demo');
    await expect(row).toContainText('Never');
    // The secret is never shown again.
    await expect(page.getByText(secret)).toHaveCount(0);

    expect(await listServersWith(cloudsYaml)).toBe(true);

    const confirm = await panel.rowAction(name, 'Delete Application Credential');
    await confirm.getByRole('button', { name: 'Delete Application Credential' }).click();
    await expect(panel.row(name)).toHaveCount(0, { timeout: 60_000 });
    expect(await listServersWith(cloudsYaml)).toBe(false);
  });

  test("an expiry in the past is refused at the field; a duplicate name gets Keystone's text", async ({
    loggedIn: page,
  }) => {
    const panel = new PanelPage(page, PATH, TITLE);
    const name = uniqueName('appcred');
    await panel.open();
    let dialog = await panel.openAction('Create Application Credential');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Expiration Date', { exact: true }).fill('2001-01-01');
    await dialog.getByRole('button', { name: 'Create Application Credential' }).click();
    const date = dialog.getByLabel('Expiration Date', { exact: true });
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('The expiration must be in the future')).toBeVisible();

    const next = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await date.fill(next);
    await dialog.getByLabel('Expiration Time', { exact: true }).fill('12:30');
    await expect(
      dialog
        .getByRole('region', { name: 'Equivalent commands' })
        .getByLabel('OpenStack CLI', { exact: true }),
    ).toContainText(`--expiration ${next}T12:30:00`);
    await dialog.getByRole('button', { name: 'Create Application Credential' }).click();
    await expect(dialog.getByText(`Application credential "${name}" was created.`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(panel.row(name)).toContainText(`${next} 12:30:00`);

    dialog = await panel.openAction('Create Application Credential');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByRole('button', { name: 'Create Application Credential' }).click();
    await expect(
      dialog.getByText(
        `Conflict occurred attempting to store application_credential - Duplicate entry found with name ${name}.`,
      ),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const confirm = await panel.rowAction(name, 'Delete Application Credential');
    await confirm.getByRole('button', { name: 'Delete Application Credential' }).click();
    await expect(panel.row(name)).toHaveCount(0, { timeout: 60_000 });
  });
});
