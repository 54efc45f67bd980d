// Project → Container Infra → Cluster Templates: the wizard with its equivalents,
// the list and detail, Update, Magnum's refusal to delete a template in use, Delete.
import { expectAccessible } from './axe';
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import { apiCluster, apiTemplate, cleanMagnum, step } from './magnum';

const SHOTS = E2E.screenshotDir;
const PREFIX = 'e2e-ctemplates-';

test.describe('Cluster Templates', () => {
  test.afterEach(async ({ page }) => {
    await cleanMagnum(page, PREFIX);
  });

  test('create a template with the wizard, see it, update it, delete it', async ({
    loggedIn: page,
  }) => {
    const templates = new PanelPage(page, '/project/cluster_templates', 'Cluster Templates');
    const name = uniqueName('ctemplates');
    await templates.open();
    await expectAccessible(page, 'the Cluster Templates panel');
    const wizard = await templates.openAction('Create Cluster Template');
    await wizard.getByLabel('Cluster Template Name', { exact: true }).fill(name);
    await expect(wizard.getByLabel('Container Orchestration Engine')).toHaveValue('kubernetes');
    await step(page, 'Node Spec');
    const image = wizard.getByLabel('Image', { exact: true });
    // Only fedora-coreos images are offered (the cloud's cirros-like is not).
    await expect(image.getByRole('option', { name: 'fedora-coreos-fake' })).toHaveCount(1);
    await expect(image.getByRole('option', { name: /cirros/ })).toHaveCount(0);
    await image.selectOption({ label: 'fedora-coreos-fake' });
    await wizard.getByLabel('Flavor', { exact: true }).selectOption({ label: 'm1.small' });
    await wizard.getByLabel('Docker Volume Size (GB)').fill('0');
    await expect(
      wizard.getByText('Enter a whole number of GB from 1 to 1024, or leave it empty.'),
    ).toBeVisible();
    await wizard.getByLabel('Docker Volume Size (GB)').fill('');
    await expectAccessible(page, 'the Create Cluster Template wizard');
    await step(page, 'Network');
    await wizard.getByLabel('External Network ID').selectOption({ label: 'public' });
    await wizard.getByLabel('DNS', { exact: true }).fill('8.8.8.8');
    await step(page, 'Labels');
    await wizard.getByRole('textbox', { name: 'Labels' }).fill('kube_tag=v1.27.3\nnot a label');
    await expect(wizard.getByText('Line 2: write it as key=value.')).toBeVisible();
    await wizard.getByRole('textbox', { name: 'Labels' }).fill('kube_tag=v1.27.3');
    const pane = wizard.getByRole('region', { name: 'Equivalent commands' });
    const cli = pane.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toContainText(`openstack coe cluster template create ${name}`);
    await expect(cli).toContainText('--image fedora-coreos-fake');
    await expect(cli).toContainText('--external-network public');
    await expect(cli).toContainText('--labels kube_tag=v1.27.3');
    await expect(pane.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      'template = conn.create_coe_cluster_template(',
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Magnum::ClusterTemplate',
    );
    await wizard.getByRole('button', { name: 'Submit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Created cluster template "${name}".` }),
    ).toBeVisible();
    const row = templates.row(name);
    await expect(row).toContainText('kubernetes');
    await expect(row).toContainText('flannel');

    await page.screenshot({ path: `${SHOTS}/cluster-templates.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/cluster-templates-dark.png`, animations: 'disabled' });
    await expectAccessible(page, 'the Cluster Templates panel (dark)');
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();

    const update = await templates.rowAction(name, 'Update Cluster Template');
    await update.getByRole('textbox', { name: 'Labels' }).fill('kube_tag=v1.28.1\nrole=teaching');
    await expect(update.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack coe cluster template update',
    );
    await update.getByRole('button', { name: 'Submit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Updated cluster template "${name}".` }),
    ).toBeVisible();

    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText('role=teaching');
    await expect(overview).toContainText('8.8.8.8');
    await expectAccessible(page, 'the cluster template detail page');

    await templates.open();
    const confirm = await templates.rowAction(name, 'Delete Cluster Template');
    await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack coe cluster template delete',
    );
    await confirm.getByRole('button', { name: 'Delete Cluster Template' }).click();
    await expect(templates.row(name)).toHaveCount(0);
  });

  test("a template in use cannot be deleted: Magnum's words are shown", async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('ctemplates');
    const uuid = await apiTemplate(page, name);
    await apiCluster(page, `${name}-c`, uuid);
    const templates = new PanelPage(page, '/project/cluster_templates', 'Cluster Templates');
    await templates.open();
    const confirm = await templates.rowAction(name, 'Delete Cluster Template');
    await confirm.getByRole('button', { name: 'Delete Cluster Template' }).click();
    await expect(confirm.getByRole('alert')).toContainText(
      `ClusterTemplate ${uuid} is referenced by one or multiple clusters.`,
    );
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(templates.row(name)).toHaveCount(1);
  });

  test('"Create Cluster" on a template opens the cluster wizard with it chosen', async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('ctemplates');
    const uuid = await apiTemplate(page, name);
    const templates = new PanelPage(page, '/project/cluster_templates', 'Cluster Templates');
    await templates.open();
    await templates.rowAction(name, 'Create Cluster');
    await expect(page).toHaveURL(new RegExp(`/project/clusters\\?template=${uuid}`));
    const wizard = page.getByRole('dialog', { name: 'Create Cluster' });
    await expect(wizard.getByLabel('Cluster Template', { exact: true })).toHaveValue(uuid);
    await wizard.getByRole('button', { name: 'Cancel' }).click();
  });
});
