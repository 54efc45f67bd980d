// Project → Network → Security Groups: create a group, open it to SSH and ping
// through Horizon's rule templates, the field errors and Neutron's refusals,
// then take it down again.
import { expectAccessible } from './axe';
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const ORIGIN = { Origin: E2E.baseUrl };
const SSH = 'ALLOW IPv4 22/tcp from 0.0.0.0/0';
const ICMP = 'ALLOW IPv4 icmp from 0.0.0.0/0';

async function createGroup(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/api/os/network/v2.0/security-groups', {
    headers: ORIGIN,
    data: { security_group: { name } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { security_group: { id: string } }).security_group.id;
}

function ruleRow(page: Page, summary: string): Locator {
  return page
    .getByRole('table', { name: 'Security Group Rules' })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: `Select ${summary}`, exact: true }) });
}

async function addRule(page: Page, template: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: 'Add Rule', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Rule' });
  await dialog.getByLabel('Rule', { exact: true }).selectOption({ label: template });
  await fill?.(dialog);
  return dialog;
}

test.describe('Security Groups', () => {
  test.afterEach(async ({ page }) => {
    const list = await page.request.get(
      '/api/os/network/v2.0/security-groups?fields=id&fields=name',
    );
    if (!list.ok()) return;
    const { security_groups } = (await list.json()) as {
      security_groups: { id: string; name: string }[];
    };
    for (const group of security_groups.filter((g) => g.name.startsWith('e2e-security-groups-')))
      await page.request.delete(`/api/os/network/v2.0/security-groups/${group.id}`, {
        headers: ORIGIN,
      });
  });

  test('create a group, allow SSH and ping with the templates, refuse a duplicate, take it down', async ({
    loggedIn: page,
  }) => {
    const groups = new PanelPage(page, '/project/security_groups', 'Security Groups');
    const name = uniqueName('security-groups');
    await groups.open();
    const create = await groups.openAction('Create Security Group');
    await create.getByLabel('Name', { exact: true }).fill(name);
    await create.getByLabel('Description', { exact: true }).fill('web servers');
    await expect(create.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack security group create --description 'web servers' ${name}`,
    );
    await expect(create.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Neutron::SecurityGroup',
    );
    await create.getByRole('button', { name: 'Create Security Group' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Successfully created security group: ${name}` }),
    ).toBeVisible();
    await expect(groups.row(name)).toContainText('web servers');

    await groups.rowAction(name, 'Manage Rules');
    await expect(
      page.getByRole('heading', { level: 1, name: `Manage Security Group Rules: ${name}` }),
    ).toBeVisible();
    const rules = page.getByRole('table', { name: 'Security Group Rules' });
    // A new group lets everything out and nothing in.
    await expect(rules.getByRole('row').filter({ hasText: 'Egress' })).toHaveCount(2);

    // SSH: a named template needs no port, only the remote side.
    let dialog = await addRule(page, 'SSH');
    await expect(dialog.getByLabel('Port', { exact: true })).toHaveCount(0);
    await expect(dialog.getByLabel('Direction', { exact: true })).toHaveCount(0);
    await expect(dialog.getByLabel('CIDR', { exact: true })).toHaveValue('0.0.0.0/0');
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack security group rule create --ingress --ethertype IPv4 --protocol tcp --dst-port 22:22 --remote-ip 0.0.0.0/0',
    );
    await expect(dialog.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      'conn.network.create_security_group_rule(',
    );
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Successfully added rule: ${SSH}` }),
    ).toBeVisible();
    await expect(ruleRow(page, SSH)).toContainText(/Ingress\s*IPv4\s*TCP\s*22\s*0\.0\.0\.0\/0/);

    dialog = await addRule(page, 'All ICMP');
    await expect(dialog.getByLabel('ICMP Type', { exact: true })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(ruleRow(page, ICMP)).toContainText(/Ingress\s*IPv4\s*ICMP\s*Any\s*0\.0\.0\.0\/0/);

    // The same rule again: Neutron's own words, and the dialog stays open.
    dialog = await addRule(page, 'SSH');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      dialog.getByText(/Security group rule already exists\. Rule id is /),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(rules.getByRole('row').filter({ hasText: '22' })).toHaveCount(1);

    for (const summary of [SSH, ICMP])
      await rules.getByRole('checkbox', { name: `Select ${summary}`, exact: true }).check();
    await page.getByRole('button', { name: 'Delete Rules' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack security group rule delete',
    );
    await confirm.getByRole('button', { name: 'Delete Rules' }).click();
    await expect(ruleRow(page, SSH)).toHaveCount(0);
    await expect(ruleRow(page, ICMP)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Deleted Rules:' })).toBeVisible();

    // Back to the list: rename it, then delete it.
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Security Groups' })
      .click();
    await expect(groups.table).toBeVisible();
    const edit = await groups.rowAction(name, 'Edit Security Group');
    await expect(edit.getByLabel('Name', { exact: true })).toHaveValue(name);
    await edit.getByLabel('Name', { exact: true }).fill(`${name}-b`);
    await edit.getByRole('button', { name: 'Save Changes' }).click();
    await expect(groups.row(`${name}-b`)).toBeVisible();
    await groups.rowAction(`${name}-b`, 'Delete Security Group');
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete Security Group' })
      .click();
    await expect(groups.row(`${name}-b`)).toHaveCount(0);
  });

  test('bad rule input gets a message at the field', async ({ loggedIn: page }) => {
    const name = uniqueName('security-groups');
    const id = await createGroup(page, name);
    await page.goto(`/project/security_groups/${id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Manage Security Group Rules: ${name}` }),
    ).toBeVisible();
    const dialog = await addRule(page, 'Custom TCP Rule');
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    await expect(field('Direction')).toBeVisible();
    await field('Port').fill('70000');
    await expect(dialog.getByText('Port must be a whole number from 1 to 65,535.')).toBeVisible();
    await field('Open Port').selectOption({ label: 'Port Range' });
    await field('From Port').fill('443');
    await field('To Port').fill('80');
    await expect(
      dialog.getByText('To Port (80) must be greater than or equal to From Port (443).'),
    ).toBeVisible();
    await expect(field('To Port')).toHaveAttribute('aria-invalid', 'true');
    await field('Rule').selectOption({ label: 'Custom ICMP Rule' });
    await field('ICMP Type').fill('300');
    await expect(
      dialog.getByText('ICMP Type must be a whole number from -1 (any) to 255.'),
    ).toBeVisible();
    await field('ICMP Type').fill('8');
    await field('CIDR').fill('10.0.0.0/33');
    await expect(
      dialog.getByText('The prefix length of 10.0.0.0/33 must be from 0 to 32.'),
    ).toBeVisible();
    await field('CIDR').fill('2001:db8::/32');
    await field('Ether Type').selectOption({ label: 'IPv4' });
    await expect(
      dialog.getByText('2001:db8::/32 is an IPv6 prefix, but the Ether Type is IPv4.'),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(field('CIDR')).toBeFocused();
    // Remote security group: its own Ether Type, no CIDR.
    await field('Remote').selectOption({ label: 'Security Group' });
    await expect(field('CIDR')).toHaveCount(0);
    await expect(field('Security Group')).toHaveValue(id);
    await field('Ether Type').selectOption({ label: 'IPv6' });
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `--ethertype IPv6 --protocol icmp --icmp-type 8 --remote-group ${id} ${id}`,
    );
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(ruleRow(page, `ALLOW IPv6 ipv6-icmp type 8 from ${id}`)).toContainText('type 8');
  });

  test('group names: too long at the field, HTML shown as text, the default group refused in Neutron’s words', async ({
    loggedIn: page,
  }) => {
    const groups = new PanelPage(page, '/project/security_groups', 'Security Groups');
    await groups.open();
    const create = await groups.openAction('Create Security Group');
    await create.getByLabel('Name', { exact: true }).fill('g'.repeat(10_000));
    await expect(create.getByText('Name must be 255 characters or fewer.')).toBeVisible();
    const html = `${uniqueName('security-groups')}<img src=x onerror=alert(1)>`;
    await create.getByLabel('Name', { exact: true }).fill(html);
    await create.getByRole('button', { name: 'Create Security Group' }).click();
    await expect(groups.row(html)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    await expect(groups.row('default')).toBeVisible();
    await groups.rowAction('default', 'Delete Security Group');
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete Security Group' })
      .click();
    // Neutron checks for ports first: while any instance of the project (another
    // spec's, running in parallel) uses the default group, the refusal is "in use".
    await expect(
      page
        .getByRole('alertdialog')
        .getByText(
          /Insufficient rights for removing default security group\.|Security Group [0-9a-f-]{36} in use\./,
        ),
    ).toBeVisible();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(groups.row('default')).toBeVisible();
  });

  test('screenshots of the list and Manage Rules in light and dark mode', async ({
    loggedIn: page,
  }) => {
    test.skip(!E2E.isSandbox, 'the README screenshots are taken on the sandbox run');
    const name = uniqueName('security-groups');
    const id = await createGroup(page, name);
    for (const [protocol, min, max] of [
      ['tcp', 22, 22],
      ['tcp', 80, 80],
      ['icmp', null, null],
    ] as const)
      await page.request.post('/api/os/network/v2.0/security-group-rules', {
        headers: ORIGIN,
        data: {
          security_group_rule: {
            security_group_id: id,
            direction: 'ingress',
            protocol,
            port_range_min: min,
            port_range_max: max,
            remote_ip_prefix: '0.0.0.0/0',
          },
        },
      });
    const groups = new PanelPage(page, '/project/security_groups', 'Security Groups');
    await groups.open();
    await page.screenshot({ path: `${E2E.screenshotDir}/security-groups.png` });
    await page.goto(`/project/security_groups/${id}`);
    await expect(
      page.getByRole('table', { name: 'Security Group Rules' }).getByRole('row'),
    ).toHaveCount(6);
    await page.screenshot({ path: `${E2E.screenshotDir}/security-group-rules.png` });
    await addRule(page, 'Custom TCP Rule', async (dialog) => {
      await dialog.getByLabel('Open Port', { exact: true }).selectOption({ label: 'Port Range' });
      await dialog.getByLabel('From Port', { exact: true }).fill('8000');
      await dialog.getByLabel('To Port', { exact: true }).fill('8080');
    });
    await page.screenshot({ path: `${E2E.screenshotDir}/add-rule.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({
      path: `${E2E.screenshotDir}/security-group-rules-dark.png`,
      animations: 'disabled',
    });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
  });

  test('the list, its forms and Manage Rules with Add Rule are axe-clean', async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('security-groups');
    const id = await createGroup(page, name);
    const groups = new PanelPage(page, '/project/security_groups', 'Security Groups');
    await groups.open();
    await groups.openAction('Create Security Group');
    await expectAccessible(page, 'Create Security Group');
    await page.keyboard.press('Escape');
    await groups.rowAction(name, 'Edit Security Group');
    await expect(page.getByRole('dialog', { name: 'Edit Security Group' })).toBeVisible();
    await expectAccessible(page, 'Edit Security Group');
    await page.keyboard.press('Escape');
    await page.goto(`/project/security_groups/${id}`);
    await expect(
      page.getByRole('table', { name: 'Security Group Rules' }).getByRole('row'),
    ).toHaveCount(3);
    await expectAccessible(page, 'Manage Rules');
    const dialog = await addRule(page, 'Custom ICMP Rule', async (d) => {
      await d.getByLabel('Remote', { exact: true }).selectOption({ label: 'Security Group' });
      await d.getByLabel('ICMP Type', { exact: true }).fill('300');
      await d.getByLabel('ICMP Type', { exact: true }).blur();
    });
    await expect(dialog.getByText(/ICMP Type must be/)).toBeVisible();
    await expectAccessible(page, 'Add Rule with an error');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete Rule', exact: true }).first().click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'Delete Rule confirmation');
  });
});
