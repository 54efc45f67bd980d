// Project → Orchestration → Stacks, the detail's Topology tab and the Suspend
// and Resume actions: a stack of a network, its subnet (get_resource: net) and
// a RandomString that depends_on the network is drawn as three nodes, linked
// to their pages, with the two dependencies as arrows; then the stack is
// suspended and resumed from its row.
import { expectAccessible } from './axe';
import { DEMO, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { deleteStacksNamed, ORIGIN } from './stacks';

function template(netName: string) {
  return `heat_template_version: 2018-08-31
description: Topology of a network, its subnet and a secret
resources:
  net:
    type: OS::Neutron::Net
    properties:
      name: ${netName}
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: 10.72.0.0/24
  secret:
    type: OS::Heat::RandomString
    depends_on: net
    properties:
      length: 8
`;
}

test.describe('Stack topology, suspend and resume', () => {
  let prefix: string;

  test.beforeEach(async ({ page }) => {
    await login(page, DEMO);
    prefix = uniqueName('stacktopo');
  });

  test.afterEach(({ page }) => deleteStacksNamed(page, prefix));

  test('the topology shows the resources and their dependencies; suspend and resume the stack', async ({
    page,
  }) => {
    test.setTimeout(E2E.isSandbox ? 120_000 : 420_000);
    const long = E2E.isSandbox ? 60_000 : 240_000;
    const stackName = `${prefix}-stack`;
    const created = await page.request.post('/api/os/orchestration/stacks', {
      headers: ORIGIN,
      data: { stack_name: stackName, template: template(`${prefix}-net`), timeout_mins: 10 },
    });
    expect(created.status(), await created.text()).toBe(201);

    const stacks = new PanelPage(page, '/project/stacks', 'Stacks');
    await stacks.open();
    await expect(stacks.row(stackName)).toContainText('Create Complete', { timeout: long });

    await stacks.row(stackName).getByRole('link', { name: stackName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: stackName })).toBeVisible();
    await page.getByRole('tab', { name: 'Topology' }).click();
    const topology = page.getByRole('region', { name: 'Stack topology' });
    const net = topology.getByRole('link', {
      name: /^net\s*,\s*OS::Neutron::Net\s*,\s*Create Complete$/,
    });
    await expect(net).toBeVisible({ timeout: 30_000 });
    await expect(net).toHaveAttribute('href', /^\/project\/networks\/[0-9a-f-]+$/);
    await expect(topology.getByText('OS::Neutron::Subnet')).toBeVisible();
    await expect(topology.getByText('OS::Heat::RandomString')).toBeVisible();
    await expect(topology.getByText('Create Complete', { exact: true })).toHaveCount(3);
    await expect(topology.getByRole('img', { name: 'subnet depends on net' })).toHaveCount(1);
    await expect(topology.getByRole('img', { name: 'secret depends on net' })).toHaveCount(1);
    await expect(topology.getByRole('img', { name: /depends on subnet/ })).toHaveCount(0);
    await expectAccessible(page, 'the stack topology');

    // Keyboard: Tab reaches the node's link, Enter opens the network.
    await net.focus();
    await expect(net).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/project\/networks\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: `${prefix}-net` })).toBeVisible({
      timeout: 30_000,
    });

    // Suspend Stack, then Resume Stack, from the row.
    await stacks.open();
    await stacks.rowAction(stackName, 'Suspend Stack');
    await expect(stacks.dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack stack suspend --wait ${stackName}`,
    );
    await stacks.dialog.getByRole('button', { name: 'Suspend Stack', exact: true }).click();
    await expect(stacks.row(stackName)).toContainText('Suspend Complete', { timeout: long });

    await stacks.rowAction(stackName, 'Resume Stack');
    await expect(stacks.dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack stack resume --wait ${stackName}`,
    );
    await stacks.dialog.getByRole('button', { name: 'Resume Stack', exact: true }).click();
    await expect(stacks.row(stackName)).toContainText('Resume Complete', { timeout: long });
  });
});
