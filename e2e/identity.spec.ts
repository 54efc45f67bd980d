// Identity → Projects and Users: an admin creates a project and a user who is a
// member of it, sets the project's quotas; the user signs in and sees the project;
// disabled, they are refused. Keystone's refusal of a duplicate name and the form's
// own of mismatched passwords show at the field. On both clouds.
import { ADMIN, E2E, expect, fillLogin, login, PanelPage, test, uniqueName } from './fixtures';
import type { Page } from '@playwright/test';

const ORIGIN = { Origin: E2E.baseUrl };

interface Named {
  id: string;
  name: string;
}

async function cleanup(page: Page, prefix: string) {
  await page.context().clearCookies();
  await login(page, ADMIN);
  const users = (await (await page.request.get('/api/os/identity/users')).json()) as {
    users: Named[];
  };
  for (const u of users.users.filter((u) => u.name.startsWith(prefix)))
    await page.request.delete(`/api/os/identity/users/${u.id}`, { headers: ORIGIN });
  const projects = (await (await page.request.get('/api/os/identity/projects')).json()) as {
    projects: Named[];
  };
  for (const p of projects.projects.filter((p) => p.name.startsWith(prefix)))
    await page.request.delete(`/api/os/identity/projects/${p.id}`, { headers: ORIGIN });
}

test.describe('Identity (admin)', () => {
  let prefix: string;

  test.beforeEach(async ({ page }) => {
    prefix = uniqueName('ident');
    await login(page, ADMIN);
  });

  test.afterEach(async ({ page }) => {
    await cleanup(page, prefix);
  });

  test('project, member user, quotas, sign-in as the user, disabled user refused', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const projectName = `${prefix}-proj`;
    const userName = `${prefix}-user`;
    const password = 'E2e-Identity-1';

    // Create Project; the same name again is refused by Keystone at the Name field.
    const projects = new PanelPage(page, '/identity/projects', 'Projects');
    await projects.open();
    let form = await projects.openAction('Create Project');
    await form.getByLabel('Name', { exact: true }).fill(projectName);
    await form.getByLabel('Description', { exact: true }).fill('made by e2e');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack project create --domain default --description 'made by e2e' --enable ${projectName}`,
    );
    await expect(form.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Keystone::Project',
    );
    await form.getByRole('button', { name: 'Create Project' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Created new project "${projectName}".` }),
    ).toBeVisible();
    await expect(projects.row(projectName)).toBeVisible();

    form = await projects.openAction('Create Project');
    const nameField = form.getByLabel('Name', { exact: true });
    await nameField.fill(projectName.toUpperCase());
    await form.getByRole('button', { name: 'Create Project' }).click();
    await expect(
      form.getByText(
        new RegExp(
          `^Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is ${projectName.toUpperCase()}, project id [0-9a-f]{32}\\.$`,
        ),
      ),
    ).toBeVisible({ timeout: 30_000 });
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // Modify Quotas: Nova, Cinder and Neutron limits in one form.
    form = await projects.rowAction(projectName, 'Modify Quotas');
    await form.getByLabel('Instances', { exact: true }).fill('4');
    await form.getByLabel('Volumes', { exact: true }).fill('3');
    await form.getByLabel('Networks', { exact: true }).fill('2');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toContainText('--instances 4');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Modified the quotas of project "${projectName}".` }),
    ).toBeVisible({ timeout: 60_000 });
    form = await projects.rowAction(projectName, 'Modify Quotas');
    await expect(form.getByLabel('Instances', { exact: true })).toHaveValue('4');
    await expect(form.getByLabel('Volumes', { exact: true })).toHaveValue('3');
    await expect(form.getByLabel('Networks', { exact: true })).toHaveValue('2');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // Create User: mismatched passwords and a taken name are refused at their fields.
    const users = new PanelPage(page, '/identity/users', 'Users');
    await users.open();
    form = await users.openAction('Create User');
    await form.getByLabel('User Name', { exact: true }).fill('demo');
    await form.getByLabel('Password', { exact: true }).fill(password);
    await form.getByLabel('Confirm Password', { exact: true }).fill(`${password}x`);
    await form.getByRole('button', { name: 'Create User' }).click();
    await expect(form.getByText('Passwords do not match.')).toBeVisible();
    await expect(form.getByLabel('Confirm Password', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await form.getByLabel('Confirm Password', { exact: true }).fill(password);
    await form.getByLabel('Primary Project', { exact: true }).selectOption({ label: projectName });
    await form.getByRole('button', { name: 'Create User' }).click();
    await expect(
      form.getByText(
        'Conflict occurred attempting to store user - Duplicate entry found with name demo at domain ID default.',
      ),
    ).toBeVisible({ timeout: 30_000 });
    await form.getByLabel('User Name', { exact: true }).fill(userName);
    await form.getByLabel('Email', { exact: true }).fill('e2e@example.org');
    await expect(form.getByLabel('Role', { exact: true })).toHaveValue('member');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack role add --project`,
    );
    await form.getByRole('button', { name: 'Create User' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `User "${userName}" was successfully created.` }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(users.row(userName)).toContainText('e2e@example.org');

    // Manage Members: the user also gets the reader role on the project.
    await projects.open();
    form = await projects.rowAction(projectName, 'Manage Members');
    const roles = form.getByRole('group', { name: `Roles of ${userName}` });
    await expect(roles.getByLabel('member', { exact: true })).toBeChecked();
    await roles.getByLabel('reader', { exact: true }).check();
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack role add --project',
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Modified the members of project "${projectName}".` }),
    ).toBeVisible({ timeout: 30_000 });

    // The project's Members tab shows the user with both roles.
    await projects.row(projectName).getByRole('link', { name: projectName }).click();
    await page.getByRole('tab', { name: 'Members' }).click();
    await expect(
      page.getByRole('table', { name: 'Project Members' }).getByRole('row', { name: userName }),
    ).toContainText('member, reader');

    // The user signs in, lands in the project and sees it (and only it) in Projects.
    await page.context().clearCookies();
    await login(page, { user: userName, password });
    const own = new PanelPage(page, '/identity/projects', 'Projects');
    await own.open();
    await expect(own.row(projectName)).toBeVisible();
    await expect(own.table.getByRole('row')).toHaveCount(2);

    // Disabled by the admin, the user is refused at sign-in.
    await page.context().clearCookies();
    await login(page, ADMIN);
    await users.open();
    const confirm = await users.rowAction(userName, 'Disable User');
    await confirm.getByRole('button', { name: 'Disable User' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Disabled user: ${userName}` }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(users.row(userName)).toContainText('No');
    await page.context().clearCookies();
    await page.goto('/login');
    await fillLogin(page, { user: userName, password });
    await expect(page.getByRole('form', { name: 'Log in' }).getByRole('alert')).toHaveText(
      'Invalid credentials.',
    );
  });

  test('a member sees only their projects and no admin actions', async ({ page }) => {
    await page.context().clearCookies();
    await login(page);
    const projects = new PanelPage(page, '/identity/projects', 'Projects');
    await projects.open();
    await expect(projects.row('demo')).toBeVisible();
    await expect(projects.row('admin')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
  });
});
