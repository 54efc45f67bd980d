// A whole application from one template, as a student launches it: a network with a
// subnet and a router to the outside, a security group, a key pair, and a server on
// them with a floating IP. The parameters are chosen in the form Heat's template
// generates (pickers of the cloud's real images, flavors and networks); the stack is
// watched to Create Complete in its events and topology, its server found in
// Instances, its template changed (previewed, then applied), suspended and resumed,
// and deleted. Then templates Heat refuses, each in Heat's own words, leaving no stack.
import { expectAccessible } from './axe';
import { DEMO, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { ed25519PublicKey } from './keys';
import { deleteStacksNamed } from './stacks';
import type { Locator } from '@playwright/test';

const TEMPLATE = `heat_template_version: 2018-08-31
description: A server on its own network, reachable by a floating IP
parameters:
  prefix:
    type: string
    label: Name Prefix
    description: Starts the name of everything the stack makes
    constraints:
      - length: {min: 3, max: 40}
  image:
    type: string
    label: Image
    constraints:
      - custom_constraint: glance.image
  flavor:
    type: string
    label: Flavor
    constraints:
      - custom_constraint: nova.flavor
  public_net:
    type: string
    label: External Network
    constraints:
      - custom_constraint: neutron.network
  public_key:
    type: string
    label: Public Key
    description: Your SSH public key (Nova no longer makes key pairs since Zed)
resources:
  key:
    type: OS::Nova::KeyPair
    properties:
      name: {list_join: ['-', [{get_param: prefix}, key]]}
      public_key: {get_param: public_key}
  net:
    type: OS::Neutron::Net
    properties:
      name: {list_join: ['-', [{get_param: prefix}, net]]}
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: 10.72.0.0/24
  router:
    type: OS::Neutron::Router
    properties:
      name: {list_join: ['-', [{get_param: prefix}, router]]}
      external_gateway_info: {network: {get_param: public_net}}
  router_interface:
    type: OS::Neutron::RouterInterface
    properties:
      router: {get_resource: router}
      subnet: {get_resource: subnet}
  sg:
    type: OS::Neutron::SecurityGroup
    properties:
      name: {list_join: ['-', [{get_param: prefix}, sg]]}
      rules:
        - {protocol: tcp, port_range_min: 22, port_range_max: 22, remote_ip_prefix: 0.0.0.0/0}
        - {protocol: icmp, remote_ip_prefix: 0.0.0.0/0}
  port:
    type: OS::Neutron::Port
    properties:
      network: {get_resource: net}
      security_groups: [{get_resource: sg}]
      fixed_ips: [{subnet: {get_resource: subnet}}]
  server:
    type: OS::Nova::Server
    properties:
      name: {list_join: ['-', [{get_param: prefix}, vm]]}
      image: {get_param: image}
      flavor: {get_param: flavor}
      key_name: {get_resource: key}
      networks: [{port: {get_resource: port}}]
  fip:
    type: OS::Neutron::FloatingIP
    depends_on: router_interface
    properties:
      floating_network: {get_param: public_net}
      port_id: {get_resource: port}
outputs:
  address:
    description: The server's floating IP
    value: {get_attr: [fip, floating_ip_address]}
`;

const HEAD = 'heat_template_version: 2018-08-31\n';

/** Chooses the option of that text in a generated picker. */
async function pick(field: Locator, name: string) {
  await expect(field.getByRole('option', { name, exact: true })).toHaveCount(1, {
    timeout: 30_000,
  });
  await field.selectOption({ label: name });
}

test.describe('A stack end to end', () => {
  let prefix: string;

  test.beforeEach(async ({ page }) => {
    await login(page, DEMO);
    prefix = uniqueName('journey');
  });

  test.afterEach(({ page }) => deleteStacksNamed(page, prefix));

  test('a server with a floating IP from one template: form, events, topology, Instances, change, suspend, delete', async ({
    page,
  }) => {
    test.setTimeout(E2E.isSandbox ? 240_000 : 720_000);
    const long = E2E.isSandbox ? 90_000 : 300_000;
    const stackName = `${prefix}-stack`;
    const stacks = new PanelPage(page, '/project/stacks', 'Stacks');
    await stacks.open();

    const wizard = await stacks.openAction('Launch Stack');
    await wizard.getByRole('textbox', { name: 'Template Data' }).fill(TEMPLATE);
    await expect(wizard.getByRole('list', { name: 'Problems in Template Data' })).toHaveCount(0);
    await wizard.getByRole('button', { name: 'Validate', exact: true }).click();
    await expect(
      wizard.getByRole('status').filter({ hasText: 'The template is valid.' }),
    ).toContainText('A server on its own network', { timeout: 60_000 });
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();

    // The form Heat's parameters make: the cloud's own images, flavors and networks.
    await wizard.getByLabel('Name Prefix', { exact: true }).fill('ab');
    await expect(wizard.getByText('The length must be in the range 3 to 40.')).toBeVisible();
    await wizard.getByLabel('Name Prefix', { exact: true }).fill(prefix);
    await pick(wizard.getByLabel('Image', { exact: true }), 'cirros-like');
    await pick(wizard.getByLabel('Flavor', { exact: true }), 'm1.tiny');
    await pick(wizard.getByLabel('External Network', { exact: true }), 'public');
    await wizard.getByLabel('Public Key', { exact: true }).fill(ed25519PublicKey());
    await wizard.getByLabel('Stack Name', { exact: true }).fill(stackName);
    const cli = wizard.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toContainText(`--parameter prefix=${prefix}`);
    await expect(cli).toContainText('--parameter public_net=public');
    await wizard.getByRole('button', { name: 'Preview Stack', exact: true }).click();
    const preview = wizard.getByRole('region', { name: 'Stack preview' });
    await expect(preview).toContainText('Heat would create 9 resources', { timeout: 60_000 });
    await expect(preview).toContainText('fip (OS::Neutron::FloatingIP)');
    await wizard.getByRole('button', { name: 'Launch', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Stack creation started: ${stackName}` }),
    ).toBeVisible({ timeout: 60_000 });

    // Watched from its page while Heat builds it: the topology, then the events.
    await stacks.row(stackName).getByRole('link', { name: stackName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: stackName })).toBeVisible();
    await page.getByRole('tab', { name: 'Topology' }).click();
    const topology = page.getByRole('region', { name: 'Stack topology' });
    await expect(topology.getByText('Create Complete', { exact: true })).toHaveCount(9, {
      timeout: long,
    });
    await expect(
      topology.getByRole('img', { name: 'fip depends on router_interface' }),
    ).toHaveCount(1);
    await expect(topology.getByRole('img', { name: 'server depends on port' })).toHaveCount(1);
    await page.getByRole('tab', { name: 'Events' }).click();
    const events = page.getByRole('region', { name: 'Events' });
    await expect(events.getByRole('row').filter({ hasText: 'fip' }).first()).toBeVisible();
    await expect(events.getByRole('row').nth(1)).toContainText('Create Complete');
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page.getByText(/172\.24\.4\.\d+/).first()).toBeVisible();
    await expectAccessible(page, 'the stack of a server with a floating IP');

    // The stack's server is an instance like any other, with its floating IP.
    const instances = new PanelPage(page, '/project/instances', 'Instances');
    await instances.open();
    const vm = instances.row(`${prefix}-vm`);
    await expect(vm).toContainText('Active', { timeout: long });
    await expect(vm).toContainText(/172\.24\.4\.\d+/);
    await expect(vm).toContainText('10.72.0.');

    // Change Stack Template: one more rule on the group, previewed, then applied.
    await stacks.open();
    await stacks.rowAction(stackName, 'Change Stack Template');
    const change = stacks.dialog;
    const data = change.getByRole('textbox', { name: 'Template Data' });
    // The editor draws only the lines in view: the template's first lines show it loaded.
    await expect(data).toContainText('A server on its own network', { timeout: 30_000 });
    await data.fill(
      TEMPLATE.replace(
        'outputs:',
        '  web:\n    type: OS::Neutron::SecurityGroupRule\n    properties:\n      security_group: {get_resource: sg}\n      protocol: tcp\n      port_range_min: 80\n      port_range_max: 80\noutputs:',
      ),
    );
    await change.getByRole('button', { name: 'Preview Changes', exact: true }).click();
    const changes = change.getByRole('region', { name: 'Changes' });
    await expect(changes).toContainText('Added (1)', { timeout: 60_000 });
    await expect(changes).toContainText('web (OS::Neutron::SecurityGroupRule)');
    await expect(changes).toContainText('Deleted (0)');
    await change.getByRole('button', { name: 'Update Stack', exact: true }).click();
    await expect(change).toHaveCount(0);
    await expect(async () => {
      await stacks.open();
      await expect(stacks.row(stackName)).toContainText('Update Complete', { timeout: 5_000 });
    }).toPass({ timeout: long });

    // Suspend and resume the whole stack (its server with it), then delete it.
    await stacks.rowAction(stackName, 'Suspend Stack');
    await stacks.dialog.getByRole('button', { name: 'Suspend Stack', exact: true }).click();
    await expect(stacks.row(stackName)).toContainText('Suspend Complete', { timeout: long });
    await instances.open();
    await expect(instances.row(`${prefix}-vm`)).toContainText('Suspended', { timeout: long });
    await stacks.open();
    await stacks.rowAction(stackName, 'Resume Stack');
    await stacks.dialog.getByRole('button', { name: 'Resume Stack', exact: true }).click();
    await expect(stacks.row(stackName)).toContainText('Resume Complete', { timeout: long });

    await stacks.rowAction(stackName, 'Delete Stack');
    await stacks.dialog.getByRole('button', { name: 'Delete Stack', exact: true }).click();
    await expect(stacks.row(stackName)).toHaveCount(0, { timeout: long });
    // A settled list is not polled: the user reloads Instances until Nova has let it go.
    await expect(async () => {
      await instances.open();
      await expect(instances.row(`${prefix}-vm`)).toHaveCount(0, { timeout: 5_000 });
    }).toPass({ timeout: long });
  });

  test("templates Heat refuses, in Heat's words, leave no stack behind", async ({ page }) => {
    test.setTimeout(E2E.isSandbox ? 120_000 : 300_000);
    const stacks = new PanelPage(page, '/project/stacks', 'Stacks');
    await stacks.open();
    const wizard = await stacks.openAction('Launch Stack');
    const editor = wizard.getByRole('textbox', { name: 'Template Data' });
    const validate = wizard.getByRole('button', { name: 'Validate', exact: true });
    const refusal = wizard.getByRole('alert').filter({ hasText: 'The template is not valid.' });

    await editor.fill(`${HEAD}resources:\n  x:\n    type: OS::Foo::Bar\n`);
    await validate.click();
    await expect(refusal).toContainText('The Resource Type (OS::Foo::Bar) could not be found.', {
      timeout: 60_000,
    });

    await editor.fill(
      `${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n    properties:\n      value: {get_resource: nope}\n`,
    );
    await validate.click();
    await expect(refusal).toContainText(
      'The specified reference "nope" (in a.Properties.value) is incorrect.',
      { timeout: 60_000 },
    );

    // A circle of depends_on passes validation; Heat refuses it when asked to make it
    // (Zed's Heat answers that with a 500, its own bug; the sandbox with its 400).
    await editor.fill(
      `${HEAD}resources:\n  a:\n    type: OS::Heat::None\n    depends_on: b\n  b:\n    type: OS::Heat::None\n    depends_on: a\n`,
    );
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    const stackName = `${prefix}-circle`;
    await wizard.getByLabel('Stack Name', { exact: true }).fill(stackName);
    await wizard.getByRole('button', { name: 'Launch', exact: true }).click();
    if (E2E.isSandbox) {
      await expect(wizard).toContainText('Circular Dependency Found: a -> b -> a', {
        timeout: 60_000,
      });
    } else {
      await expect(wizard).toContainText('Orchestration (Heat) answered 500', { timeout: 60_000 });
    }
    await expect(wizard).toBeVisible();
    await page.keyboard.press('Escape');
    await stacks.open();
    await expect(stacks.row(stackName)).toHaveCount(0);
  });
});
