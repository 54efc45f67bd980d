// Identity → Manage Members: an admin adds a user to a project with two roles, takes
// one away, then removes the user; adds a user to a group and gives the group a role
// on a project, and the user then finds the project in their project switcher. A
// member opening the Identity admin pages gets "Not authorized". On both clouds.
import { expectAccessible } from './axe';
import { ADMIN, DEMO, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import type { Page } from '@playwright/test';

const ORIGIN = { Origin: E2E.baseUrl };
const PASSWORD = 'E2e-Members-1';

interface Named {
  id: string;
  name: string;
}

async function create(page: Page, kind: 'projects' | 'users' | 'groups', body: object) {
  const key = kind.slice(0, -1);
  const res = await page.request.post(`/api/os/identity/${kind}`, {
    headers: ORIGIN,
    data: { [key]: body },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as Record<string, Named>)[key] as Named;
}

async function cleanup(page: Page, prefix: string) {
  await page.context().clearCookies();
  await login(page, ADMIN);
  for (const kind of ['users', 'groups', 'projects'] as const) {
    const list = (await (await page.request.get(`/api/os/identity/${kind}`)).json()) as Record<
      string,
      Named[]
    >;
    for (const item of (list[kind] ?? []).filter((x) => x.name.startsWith(prefix)))
      await page.request.delete(`/api/os/identity/${kind}/${item.id}`, { headers: ORIGIN });
  }
}

/** The roles the project's Members tab shows for `name`, or null when it is not listed. */
async function membersTab(page: Page, projectId: string) {
  await page.goto(`/identity/projects/${projectId}`);
  await page.getByRole('tab', { name: 'Members' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(
    panel.getByRole('table', { name: 'Project Members' }).or(panel.getByText('No members.')),
  ).toBeVisible({ timeout: 30_000 });
  return panel;
}

test.describe('Manage Members (admin)', () => {
  let prefix: string;

  test.beforeEach(async ({ page }) => {
    prefix = uniqueName('members');
    await login(page, ADMIN);
  });

  test.afterEach(async ({ page }) => {
    await cleanup(page, prefix);
  });

  test('a project member with two roles, one role removed, then the member', async ({ page }) => {
    test.setTimeout(240_000);
    const project = await create(page, 'projects', {
      name: `${prefix}-proj`,
      domain_id: 'default',
    });
    const user = await create(page, 'users', {
      name: `${prefix}-user`,
      password: PASSWORD,
      domain_id: 'default',
    });
    const projects = new PanelPage(page, '/identity/projects', 'Projects');
    const saved = page
      .getByRole('status')
      .filter({ hasText: `Modified the members of project "${project.name}".` });

    // Add the user: they start with "member"; tick "reader" as well.
    await projects.open();
    let form = await projects.rowAction(project.name, 'Manage Members');
    await expect(
      form.getByRole('heading', { name: `Edit Project: ${project.name}` }),
    ).toBeVisible();
    const all = form.getByRole('list', { name: 'All Users' });
    await expect(all.getByText(user.name, { exact: true })).toBeVisible();
    await form.getByRole('button', { name: `Add ${user.name}` }).click();
    await expect(all.getByText(user.name, { exact: true })).toHaveCount(0);
    let roles = form.getByRole('group', { name: `Roles of ${user.name}` });
    await expect(roles.getByLabel('member', { exact: true })).toBeChecked();
    await roles.getByLabel('reader', { exact: true }).check();
    const cli = form.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toContainText(
      `openstack role add --project ${project.id} --user ${user.id} member`,
    );
    await expect(cli).toContainText(
      `openstack role add --project ${project.id} --user ${user.id} reader`,
    );
    await expectAccessible(page, 'Manage Members of a project');

    // A member with no role is refused at the field, before any call.
    await roles.getByLabel('member', { exact: true }).uncheck();
    await roles.getByLabel('reader', { exact: true }).uncheck();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(
      form.getByText('Each member needs at least one role; remove the ones that should have none.'),
    ).toBeVisible();
    await roles.getByLabel('member', { exact: true }).check();
    await roles.getByLabel('reader', { exact: true }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(saved).toBeVisible({ timeout: 30_000 });
    let tab = await membersTab(page, project.id);
    await expect(tab.getByRole('row', { name: user.name })).toContainText('member, reader');

    // Take "reader" away.
    await projects.open();
    form = await projects.rowAction(project.name, 'Manage Members');
    roles = form.getByRole('group', { name: `Roles of ${user.name}` });
    await expect(roles.getByLabel('reader', { exact: true })).toBeChecked();
    await roles.getByLabel('reader', { exact: true }).uncheck();
    await expect(cli).toHaveText(
      `openstack role remove --project ${project.id} --user ${user.id} reader`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(saved).toBeVisible({ timeout: 30_000 });
    tab = await membersTab(page, project.id);
    await expect(tab.getByRole('row', { name: user.name })).toHaveText(
      new RegExp(`${user.name}\\s*member$`),
    );

    // Remove the user from the project.
    await projects.open();
    form = await projects.rowAction(project.name, 'Manage Members');
    await form.getByRole('button', { name: `Remove ${user.name}` }).click();
    await expect(form.getByRole('list', { name: 'All Users' }).getByText(user.name)).toBeVisible();
    await expect(cli).toHaveText(
      `openstack role remove --project ${project.id} --user ${user.id} member`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(saved).toBeVisible({ timeout: 30_000 });
    tab = await membersTab(page, project.id);
    await expect(tab.getByText('No members.')).toBeVisible();
  });

  test('a group’s member, the group’s role on a project, the project in the user’s switcher', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const project = await create(page, 'projects', {
      name: `${prefix}-proj`,
      domain_id: 'default',
    });
    const user = await create(page, 'users', {
      name: `${prefix}-user`,
      password: PASSWORD,
      domain_id: 'default',
    });
    const group = await create(page, 'groups', { name: `${prefix}-group`, domain_id: 'default' });

    // Groups → Manage Members: add the user.
    const groups = new PanelPage(page, '/identity/groups', 'Groups');
    await groups.open();
    let form = await groups.rowAction(group.name, 'Manage Members');
    await form.getByRole('button', { name: `Add ${user.name}` }).click();
    await expect(
      form.getByRole('list', { name: 'Group Members' }).getByText(user.name, { exact: true }),
    ).toBeVisible();
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack group add user ${group.id} ${user.id}`,
    );
    await expectAccessible(page, 'Manage Members of a group');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Updated the members of group "${group.name}".` }),
    ).toBeVisible({ timeout: 30_000 });

    // Projects → Manage Members → Project Groups: the group gets "member".
    const projects = new PanelPage(page, '/identity/projects', 'Projects');
    await projects.open();
    form = await projects.rowAction(project.name, 'Manage Members');
    await form.getByRole('button', { name: `Add ${group.name}` }).click();
    await expect(
      form.getByRole('group', { name: `Roles of ${group.name}` }).getByLabel('member', {
        exact: true,
      }),
    ).toBeChecked();
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack role add --project ${project.id} --group ${group.id} member`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Modified the members of project "${project.name}".` }),
    ).toBeVisible({ timeout: 30_000 });
    const tab = await membersTab(page, project.id);
    await expect(tab.getByRole('row', { name: `${group.name} (group)` })).toContainText('member');

    // The user holds the role through the group: they sign in to the project.
    await page.context().clearCookies();
    await login(page, { user: user.name, password: PASSWORD });
    const switcher = page.getByRole('button', { name: `Project: ${project.name}` });
    await expect(switcher).toBeVisible({ timeout: 30_000 });
    await switcher.click();
    await expect(
      page.getByRole('menuitemradio', { name: project.name, exact: true }),
    ).toBeChecked();
    await page.keyboard.press('Escape');
  });
});

test('a member opening the Identity admin pages gets "Not authorized"', async ({ page }) => {
  await login(page, DEMO);
  for (const [path, title] of [
    ['/identity/users', 'Users'],
    ['/identity/groups', 'Groups'],
    ['/identity/roles', 'Roles'],
  ] as const) {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Not authorized' }),
      path,
    ).toBeVisible();
    await expect(
      page.getByRole('alert').filter({ hasText: 'You are not authorized to view this page.' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: title })).toHaveCount(0);
    await expect(
      page.getByText('You are not authorized to perform the requested action'),
    ).toHaveCount(0);
  }
  await expectAccessible(page, 'Not authorized');
});

test('Admin → Hypervisors sums vCPU capacity from Placement', async ({ page }) => {
  await login(page, ADMIN);
  // What Placement holds, read through the dashboard's proxy.
  const providers = (
    (await (await page.request.get('/api/os/placement/resource_providers')).json()) as {
      resource_providers: { uuid: string }[];
    }
  ).resource_providers;
  let capacity = 0;
  for (const p of providers) {
    const inv = (
      (await (
        await page.request.get(`/api/os/placement/resource_providers/${p.uuid}/inventories`)
      ).json()) as {
        inventories: Record<string, { total: number; reserved: number; allocation_ratio: number }>;
      }
    ).inventories.VCPU;
    if (inv) capacity += Math.floor((inv.total - inv.reserved) * inv.allocation_ratio);
  }
  expect(capacity).toBeGreaterThan(0);
  await page.goto('/admin/hypervisors');
  await expect(page.getByText(/^From Placement:/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('meter', { name: 'VCPU Usage used' })).toHaveAttribute(
    'max',
    String(capacity),
  );
  await expect(page.getByText(new RegExp(`^Used \\d+ of ${capacity}$`))).toBeVisible();
});
