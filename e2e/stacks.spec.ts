// Project → Orchestration → Stacks: launch a stack from Direct Input in the YAML
// editor (a network, its subnet and a RandomString), with a form generated from
// the template's parameters; see it reach Create Complete, its events and
// resources; delete it. Bad input first: invalid YAML marked at its line, a
// parameter violating its constraint refused at the field.
import { createServer } from 'node:http';
import { expectAccessible } from './axe';
import { DEMO, E2E, expect, login, PanelPage, test, uniqueName, watchMutations } from './fixtures';
import { deleteStacksNamed } from './stacks';
import type { AddressInfo } from 'node:net';

function template(netName: string) {
  return `heat_template_version: 2018-08-31
description: A network with a subnet, and a random secret
parameter_groups:
  - label: Network
    description: The network the stack makes
    parameters: [net_name, cidr]
parameters:
  net_name:
    type: string
    label: Network Name
    description: At least three characters
    constraints:
      - length: {min: 3, max: 60}
  cidr:
    type: string
    label: CIDR
    default: 10.71.0.0/24
  secret_length:
    type: number
    label: Secret Length
    default: 8
    constraints:
      - range: {min: 4, max: 32}
resources:
  net:
    type: OS::Neutron::Net
    properties:
      name: {get_param: net_name}
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: {get_param: cidr}
  secret:
    type: OS::Heat::RandomString
    properties:
      length: {get_param: secret_length}
outputs:
  network_id:
    description: The new network
    value: {get_resource: net}
# ${netName}
`;
}

test.describe('Stacks', () => {
  let prefix: string;

  test.beforeEach(async ({ page }) => {
    await login(page, DEMO);
    prefix = uniqueName('stacks');
  });

  test.afterEach(({ page }) => deleteStacksNamed(page, prefix));

  test('launch a stack from Direct Input with its generated form, watch it complete, delete it', async ({
    page,
  }) => {
    test.setTimeout(E2E.isSandbox ? 120_000 : 360_000);
    const stacks = new PanelPage(page, '/project/stacks', 'Stacks');
    await stacks.open();
    await expectAccessible(page, 'the Stacks panel');

    const wizard = await stacks.openAction('Launch Stack');
    await expect(wizard.getByRole('heading', { name: 'Launch Stack' })).toBeVisible();
    const editor = wizard.getByRole('textbox', { name: 'Template Data' });
    await expect(editor).toBeVisible();

    // Invalid YAML: marked at its line as it is typed, and the step refuses it.
    const mutations = watchMutations(page);
    await editor.fill('heat_template_version: 2018-08-31\nresources:\n  a: 1\n b: 2\n');
    await expect(wizard.getByRole('list', { name: 'Problems in Template Data' })).toContainText(
      'Line 4: All mapping items must start at the same column',
    );
    await expect(wizard.locator('.cm-lint-marker-error')).toBeVisible();
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(wizard.getByRole('button', { name: /^Select Template/ })).toHaveAccessibleName(
      /has errors/,
    );
    await wizard.getByRole('button', { name: /^Select Template/ }).click();

    // Valid: Heat validates it.
    const netName = `${prefix}-net`;
    await editor.fill(template(netName));
    await expect(wizard.getByRole('list', { name: 'Problems in Template Data' })).toHaveCount(0);
    await wizard.getByRole('button', { name: 'Validate', exact: true }).click();
    const verdict = wizard.getByRole('status').filter({ hasText: 'The template is valid.' });
    await expect(verdict).toContainText(
      'A network with a subnet, and a random secret (3 parameters)',
      { timeout: 60_000 },
    );
    await expectAccessible(page, 'the Select Template step');
    expect(mutations.filter((m) => !m.includes('/validate'))).toEqual([]);

    // Step 2: the form generated from the parameters, with the group as a section.
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    const group = wizard.getByRole('group', { name: 'Network' });
    await expect(group.getByLabel('Network Name', { exact: true })).toBeVisible();
    await expect(group.getByLabel('CIDR', { exact: true })).toHaveValue('10.71.0.0/24');
    const length = wizard.getByLabel('Secret Length', { exact: true });
    await expect(length).toHaveValue('8');

    await group.getByLabel('Network Name', { exact: true }).fill('ab');
    await expect(wizard.getByText('The length must be in the range 3 to 60.')).toBeVisible();
    await expect(group.getByLabel('Network Name', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await length.fill('99');
    await expect(wizard.getByText('The value must be in the range 4 to 32.')).toBeVisible();
    await expect(wizard.getByRole('button', { name: 'Launch', exact: true })).toBeDisabled();

    await group.getByLabel('Network Name', { exact: true }).fill(netName);
    await length.fill('12');
    const stackName = `${prefix}-stack`;
    await wizard.getByLabel('Stack Name', { exact: true }).fill(stackName);
    const cli = wizard.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toContainText('openstack stack create -t template.yaml');
    await expect(cli).toContainText(`--parameter net_name=${netName}`);
    await expect(cli).toContainText('--parameter secret_length=12');
    await expect(wizard.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Heat::RandomString',
    );

    await wizard.getByRole('button', { name: 'Preview Stack', exact: true }).click();
    const preview = wizard.getByRole('region', { name: 'Stack preview' });
    await expect(preview).toContainText('Heat would create 3 resources', { timeout: 60_000 });
    await expect(preview).toContainText('subnet (OS::Neutron::Subnet)');
    await expectAccessible(page, 'the Launch Stack step');

    await wizard.getByRole('button', { name: 'Launch', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Stack creation started: ${stackName}` }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(stacks.row(stackName)).toContainText('Create Complete', {
      timeout: E2E.isSandbox ? 60_000 : 240_000,
    });

    // The detail: parameters, outputs, resources with links, events newest first.
    await stacks.row(stackName).getByRole('link', { name: stackName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: stackName })).toBeVisible();
    await expect(page.getByText(netName, { exact: true }).first()).toBeVisible();
    await expect(page.getByText('network_id')).toBeVisible();

    await page.getByRole('tab', { name: 'Resources' }).click();
    const resources = page.getByRole('region', { name: 'Resources' });
    await expect(resources.getByRole('row')).toHaveCount(4, { timeout: 30_000 });
    const netRow = resources.getByRole('row').filter({ hasText: 'OS::Neutron::Net' });
    await expect(netRow.getByRole('link')).toHaveAttribute('href', /^\/project\/networks\//);

    await page.getByRole('tab', { name: 'Events' }).click();
    const events = page.getByRole('region', { name: 'Events' });
    await expect(events.getByRole('row').nth(1)).toContainText('Create Complete', {
      timeout: 30_000,
    });
    await expect(events.getByRole('row').filter({ hasText: 'subnet' }).first()).toBeVisible();

    await page.getByRole('tab', { name: 'Template' }).click();
    await expect(page.getByLabel('Stack template')).toContainText('OS::Neutron::Subnet');
    await expectAccessible(page, 'the stack detail');

    // Change Stack Template: Heat's preview of the changes first, then the update.
    await stacks.open();
    await stacks.rowAction(stackName, 'Change Stack Template');
    const change = stacks.dialog;
    // The same YAML editor as Launch Stack: the current template to start from,
    // mistakes marked at their line.
    const data = change.getByRole('textbox', { name: 'Template Data' });
    await expect(data).toContainText('OS::Neutron::Subnet', { timeout: 30_000 });
    await data.fill('heat_template_version: 2018-08-31\nresources:\n  a: 1\n b: 2\n');
    await expect(change.getByRole('list', { name: 'Problems in Template Data' })).toContainText(
      'Line 4: All mapping items must start at the same column',
    );
    await data.fill(
      template(netName).replace('outputs:', '  extra:\n    type: OS::Heat::RandomString\noutputs:'),
    );
    await expect(change.getByRole('list', { name: 'Problems in Template Data' })).toHaveCount(0);
    await expect(change.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack stack update --existing -t template.yaml --dry-run ${stackName}`,
    );
    await change.getByRole('button', { name: 'Preview Changes', exact: true }).click();
    const changes = change.getByRole('region', { name: 'Changes' });
    await expect(changes).toContainText('Added (1)', { timeout: 60_000 });
    await expect(changes).toContainText('extra (OS::Heat::RandomString)');
    await expect(changes).toContainText('Deleted (0)');
    await expectAccessible(page, 'the Change Stack Template preview');
    await change.getByRole('button', { name: 'Update Stack', exact: true }).click();
    await expect(change).toHaveCount(0);
    await expect(async () => {
      await stacks.open();
      await expect(stacks.row(stackName)).toContainText('Update Complete', { timeout: 5_000 });
    }).toPass({ timeout: E2E.isSandbox ? 60_000 : 240_000 });

    // Delete: the row goes once Heat has deleted every resource.
    await stacks.open();
    await stacks.rowAction(stackName, 'Delete Stack');
    const confirm = stacks.dialog;
    await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack stack delete --yes --wait ${stackName}`,
    );
    await confirm.getByRole('button', { name: 'Delete Stack', exact: true }).click();
    await expect(stacks.row(stackName)).toHaveCount(0, {
      timeout: E2E.isSandbox ? 60_000 : 240_000,
    });
  });
  test('launch a stack from a URL with a creation timeout', async ({ page }) => {
    test.setTimeout(E2E.isSandbox ? 120_000 : 360_000);
    // The template is served from this machine, where Heat (the sandbox's or
    // the devcloud's) fetches it, as it fetches any template_url.
    const served = `heat_template_version: 2018-08-31
description: A secret from a URL
parameters:
  length:
    type: number
    label: Secret Length
    default: 10
    constraints:
      - range: {min: 4, max: 32}
resources:
  secret:
    type: OS::Heat::RandomString
    properties:
      length: {get_param: length}
`;
    const server = createServer((req, res) => {
      if (req.url === '/secret.yaml') res.end(served);
      else {
        res.statusCode = 404;
        res.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const stacks = new PanelPage(page, '/project/stacks', 'Stacks');
      await stacks.open();
      const wizard = await stacks.openAction('Launch Stack');
      await wizard.getByLabel('Template Source', { exact: true }).selectOption('URL');
      await expect(wizard.getByRole('textbox', { name: 'Template Data' })).toHaveCount(0);
      const url = wizard.getByLabel('Template URL', { exact: true });

      // A URL Heat cannot read: Heat's own words.
      await url.fill(`${origin}/missing.yaml`);
      await wizard.getByRole('button', { name: 'Validate', exact: true }).click();
      await expect(wizard.getByText(/Could not retrieve template/)).toBeVisible({
        timeout: 60_000,
      });

      await url.fill(`${origin}/secret.yaml`);
      await wizard.getByRole('button', { name: 'Validate', exact: true }).click();
      await expect(
        wizard.getByRole('status').filter({ hasText: 'The template is valid.' }),
      ).toContainText('A secret from a URL', { timeout: 60_000 });
      await wizard.getByRole('button', { name: 'Next', exact: true }).click();

      // The form comes from Heat's reading of the URL's template (its validate answer).
      const length = wizard.getByLabel('Secret Length', { exact: true });
      await expect(length).toHaveValue('10', { timeout: 60_000 });
      await length.fill('40');
      await expect(wizard.getByText('The value must be in the range 4 to 32.')).toBeVisible();
      await length.fill('12');
      const stackName = `${prefix}-url`;
      await wizard.getByLabel('Stack Name', { exact: true }).fill(stackName);
      await wizard.getByLabel('Creation Timeout (minutes)', { exact: true }).fill('17');
      const cli = wizard.getByLabel('OpenStack CLI', { exact: true });
      await expect(cli).toContainText(`openstack stack create -t ${origin}/secret.yaml`);
      await expect(cli).toContainText('--timeout 17');
      await expect(cli).toContainText('--parameter length=12');
      await wizard.getByRole('button', { name: 'Launch', exact: true }).click();
      await expect(stacks.row(stackName)).toContainText('Create Complete', {
        timeout: E2E.isSandbox ? 60_000 : 240_000,
      });

      await stacks.row(stackName).getByRole('link', { name: stackName, exact: true }).click();
      await expect(page.getByText('17 Minutes', { exact: true })).toBeVisible();
      await page.getByRole('tab', { name: 'Template' }).click();
      await expect(page.getByLabel('Stack template')).toContainText('A secret from a URL');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
