// Project → Orchestration → Resource Types and Template Versions: the types
// this cloud's Heat makes, filtered, one type's properties, attributes and
// generated HOT template; the template versions and one version's functions.
import { expectAccessible } from './axe';
import { DEMO, E2E, expect, login, PanelPage, test } from './fixtures';

test.describe('Orchestration references', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, DEMO);
  });

  test('Resource Types: filter the list, open a type, read its schema and template', async ({
    page,
  }) => {
    // The devcloud lists about two hundred types with their descriptions.
    test.setTimeout(E2E.isSandbox ? 60_000 : 180_000);
    const types = new PanelPage(page, '/project/resource_types', 'Resource Types');
    await types.open();
    await expect(types.row('OS::Nova::Server')).toBeVisible();
    await expect(types.row('OS::Heat::RandomString')).toBeVisible();
    await expectAccessible(page, 'the Resource Types panel');

    await page.getByRole('searchbox', { name: 'Filter resource types' }).fill('Neutron::Sub');
    await expect(types.row('OS::Neutron::Subnet')).toBeVisible();
    await expect(types.row('OS::Nova::Server')).toHaveCount(0);

    await types
      .row('OS::Neutron::Subnet')
      .getByRole('link', { name: 'OS::Neutron::Subnet' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'OS::Neutron::Subnet' }),
    ).toBeVisible();

    await page.getByRole('tab', { name: 'Properties' }).click();
    const properties = page.getByRole('region', { name: 'Properties' });
    const row = (name: string) =>
      properties.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await expect(row('network')).toContainText('string');
    await expect(row('network')).toContainText('Required');
    await expect(row('cidr')).toContainText('Optional');
    await expectAccessible(page, 'the Properties tab');

    await page.getByRole('tab', { name: 'Attributes' }).click();
    const attributes = page.getByRole('region', { name: 'Attributes' });
    await expect(attributes.getByRole('cell', { name: 'gateway_ip', exact: true })).toBeVisible();

    await page.getByRole('tab', { name: 'Template' }).click();
    const hot = page.getByLabel('Resource type template');
    await expect(hot).toContainText('heat_template_version');
    await expect(hot).toContainText('type: OS::Neutron::Subnet');
  });

  test('Template Versions: the versions and one version’s functions', async ({ page }) => {
    test.setTimeout(E2E.isSandbox ? 60_000 : 120_000);
    const versions = new PanelPage(page, '/project/template_versions', 'Template Versions');
    await versions.open();
    const version = 'heat_template_version.2018-08-31';
    await expect(versions.row(version)).toContainText('HOT');
    await expect(versions.row(version)).toContainText('rocky');
    await expectAccessible(page, 'the Template Versions panel');

    await versions.row(version).getByRole('link', { name: version }).click();
    await expect(page.getByRole('heading', { level: 1, name: version })).toBeVisible();
    await page.getByRole('tab', { name: 'Template Functions' }).click();
    const functions = page.getByRole('region', { name: 'Template Functions' });
    for (const fn of ['get_param', 'get_resource', 'str_replace', 'list_join'])
      await expect(functions.getByRole('cell', { name: fn, exact: true })).toBeVisible();
    // With the condition functions asked for, they are listed (the devcloud's Heat
    // lists equals among 2018-08-31's functions anyway; the sandbox only then).
    await page.getByLabel('Include condition functions').check();
    for (const fn of ['equals', 'not', 'and', 'or'])
      await expect(functions.getByRole('cell', { name: fn, exact: true })).toBeVisible();
    await expect(functions.getByRole('cell', { name: 'get_param', exact: true })).toHaveCount(1);
    await expectAccessible(page, 'the template functions');
  });
});
