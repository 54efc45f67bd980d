// Hostile names: one resource of each kind, made through the API with markup in
// its name (or, where the cloud refuses that, in a field the panel shows), then
// every panel of the registry, every detail page and a row's dialogs visited.
// Nothing may open a dialog, make an element from the markup or throw; the
// markup must be shown as text, so the test cannot pass by the rows missing.
import { ADMIN, DEMO, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import {
  CREATE_DIALOGS,
  PANELS_WITHOUT_USER_NAMED,
  RECIPES,
  type HostileCreateDialog,
  type HostileRowAction,
  type Made,
  type RecipeContext,
} from './hostile-resources';
import { PANEL_LIST, type Panel } from '../lib/panels';
import type { Browser, Locator, Page } from '@playwright/test';

/** What went wrong on a page since the last check: dialogs, script errors, loads of the markup's `src`. */
class Guard {
  private problems: string[] = [];

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/x'))
        this.problems.push(`an element made from the markup loaded ${request.url()}`);
    });
  }

  /** Fails on any problem so far and on any element the markup made (an img src=x, an on* attribute). */
  async check(where: string) {
    const injected = await this.page.evaluate(() => {
      const found: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        if (element.tagName === 'IMG' && element.getAttribute('src') === 'x')
          found.push(`img src=x: ${element.outerHTML.slice(0, 120)}`);
        for (const attribute of Array.from(element.attributes))
          if (attribute.name.startsWith('on'))
            found.push(`${element.tagName.toLowerCase()}[${attribute.name}=${attribute.value}]`);
      }
      return found;
    });
    const problems = [...this.problems, ...injected];
    this.problems = [];
    expect(problems, `${where}: ${problems.join('\n')}`).toEqual([]);
  }
}

async function signedIn(browser: Browser, creds: typeof DEMO) {
  const context = await browser.newContext({ baseURL: E2E.baseUrl });
  // Lists show 100 rows, so the new rows are on the first page.
  await context.addCookies([{ name: 'page-size', value: '100', url: E2E.baseUrl }]);
  const page = await context.newPage();
  const guard = new Guard(page);
  await login(page, creds);
  return { page, guard };
}

const shown = (page: Page | Locator, text: string) => page.getByText(text).first();

const run = uniqueName('hostile');
const made: Made[] = [];
const cleanups: { what: string; remove: () => Promise<void> }[] = [];
let demo: { page: Page; guard: Guard };
let admin: { page: Page; guard: Guard };

test('every registry panel has a hostile-name recipe or a stated reason it lists nothing a user names', () => {
  const uncovered = PANEL_LIST.filter(
    (panel) =>
      !RECIPES.some((recipe) => recipe.panel === panel.id) &&
      !(panel.id in PANELS_WITHOUT_USER_NAMED),
  ).map((panel) => panel.id);
  expect(uncovered, 'add a recipe to e2e/hostile-resources.ts').toEqual([]);
  const ids = new Set(PANEL_LIST.map((panel) => panel.id));
  const stale = [
    ...RECIPES.map((recipe) => recipe.panel),
    ...Object.keys(PANELS_WITHOUT_USER_NAMED),
  ].filter((id) => !ids.has(id));
  expect(stale, 'entries for panels the registry no longer has').toEqual([]);
  const kinds = new Set(RECIPES.map((recipe) => recipe.kind));
  for (const [id, { reason, shows }] of Object.entries(PANELS_WITHOUT_USER_NAMED)) {
    expect(reason, id).not.toBe('');
    expect(
      shows.filter((kind) => !kinds.has(kind)),
      id,
    ).toEqual([]);
  }
});

test.describe('hostile names', () => {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(480_000);
    demo = await signedIn(browser, DEMO);
    admin = await signedIn(browser, ADMIN);
    const byKind = new Map<string, Made & { id: string }>();
    const ctx: RecipeContext = {
      demo: demo.page,
      admin: admin.page,
      run,
      made: byKind,
      onCleanup: (what, remove) => cleanups.push({ what, remove }),
    };
    for (const recipe of RECIPES) {
      const result = await recipe.create(ctx);
      byKind.set(recipe.kind, result);
      made.push(result);
    }
  });

  test.afterAll(async () => {
    test.setTimeout(180_000);
    const failed: string[] = [];
    for (const { what, remove } of cleanups.reverse()) {
      try {
        await remove();
      } catch (error) {
        failed.push(`${what}: ${(error as Error).message}`);
      }
    }
    await demo?.page.context().close();
    await admin?.page.context().close();
    expect(failed, 'left behind').toEqual([]);
  });

  for (const panel of PANEL_LIST) {
    // Admin → Instances and Project → Instances share a title: the dashboard tells them apart.
    const shared = PANEL_LIST.filter((p) => p.title === panel.title).length > 1;
    const title = shared ? `${panel.dashboard} → ${panel.title}` : panel.title;
    test(`${title}: hostile names are text on its list, detail pages and row dialogs`, async () => {
      test.setTimeout(180_000);
      const { page, guard } = panel.adminOnly ? admin : demo;
      const own = made.filter((m) => m.panel === panel.id);
      for (const refused of own.filter((m) => m.refused))
        test.info().annotations.push({
          type: 'refused by the cloud',
          description: `${refused.kind}: ${refused.refused ?? ''}`,
        });
      const listed = own.filter((m) => !m.refused);
      const others = (PANELS_WITHOUT_USER_NAMED[panel.id]?.shows ?? []).map((kind) => {
        const other = made.find((m) => m.kind === kind);
        if (!other) throw new Error(`no ${kind} was made`);
        return other;
      });

      await openList(page, panel);
      for (const m of listed)
        for (const text of m.listTexts ?? (m.row ? [m.text] : []))
          await expect(shown(page, text), `${m.kind} on ${panel.path}`).toBeVisible();
      for (const m of others)
        await expect(shown(page, m.text), `${m.kind} on ${panel.path}`).toBeVisible();
      for (const m of own.filter((m) => m.refused))
        await expect(page.getByText(m.text), `the refused ${m.kind}`).toHaveCount(0);
      await guard.check(panel.path);

      for (const dialog of CREATE_DIALOGS.filter((d) => d.panel === panel.id))
        await createDialog(page, guard, panel, dialog);

      for (const m of listed)
        for (const action of m.rowActions ?? [])
          await rowDialog(
            page,
            guard,
            new PanelPage(page, panel.path, panel.title),
            `${panel.title}, the ${m.kind}`,
            m.row ?? m.text,
            { text: m.text, ...action },
          );

      for (const m of listed)
        for (const detail of m.pages ?? []) {
          await page.goto(detail.path);
          for (const text of detail.texts)
            await expect(shown(page, text), `${m.kind} on ${detail.path}`).toBeVisible();
          await guard.check(detail.path);
          for (const tab of detail.tabs ?? []) {
            await page.getByRole('tab', { name: tab.label, exact: true }).click();
            await expect(page.getByRole('tab', { name: tab.label, exact: true })).toHaveAttribute(
              'aria-selected',
              'true',
            );
            for (const text of tab.texts)
              await expect(
                shown(page.getByRole('tabpanel'), text),
                `${m.kind} on ${detail.path}, ${tab.label}`,
              ).toBeVisible();
            await page.waitForLoadState('networkidle');
            await guard.check(`${detail.path}, ${tab.label}`);
            const table = new PanelPage(page, detail.path, tab.label);
            for (const { row, actions } of tab.rows ?? [])
              for (const action of actions)
                await rowDialog(page, guard, table, `${m.kind}'s ${tab.label} tab`, row, action);
          }
        }
    });
  }

  test('deleting through the dashboard: its confirmations and messages name them as text', async () => {
    test.setTimeout(180_000);
    // Last made, first: some deletions succeed, others are refused (a router with
    // an interface); either way the message names the resource.
    for (const m of [...made].reverse()) {
      const remove = m.rowActions?.find((a) => a.label.startsWith('Delete ') && a.shows === 'text');
      const panel = PANEL_LIST.find((p) => p.id === m.panel);
      if (!m.row || !remove || !panel) continue;
      const { page, guard } = panel.adminOnly ? admin : demo;
      await openList(page, panel);
      const list = new PanelPage(page, panel.path, panel.title);
      const dialog = await list.rowAction(m.row, remove.label);
      await dialog.getByRole('button', { name: remove.label, exact: true }).click();
      const where = `${panel.title}, ${remove.label} of the ${m.kind}, confirmed`;
      await expect(
        page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: m.text }).first(),
        where,
      ).toBeVisible();
      await guard.check(where);
      if (await dialog.count()) await page.keyboard.press('Escape');
    }
  });
});

async function openList(page: Page, panel: Panel) {
  await page.goto(panel.path);
  await expect(page.getByRole('heading', { level: 1, name: panel.title })).toBeVisible();
  const table = page.getByRole('table', { name: panel.title });
  if (await table.count()) await expect(table).not.toHaveAttribute('aria-busy', 'true');
  await page.waitForLoadState('networkidle');
}

/** Opens a row action, checks how its dialog shows the hostile text, and closes it. */
async function rowDialog(
  page: Page,
  guard: Guard,
  table: PanelPage,
  context: string,
  row: string,
  action: HostileRowAction,
) {
  const dialog = await table.rowAction(row, action.label);
  await expect(dialog).toBeVisible();
  // A form built on opening first shows "Loading <name>…" in a dialog of its own: the
  // checks and the Escape below are for the form that replaces it.
  await expect(dialog.getByRole('status', { name: 'Loading' })).toHaveCount(0);
  const where = `${context}, ${action.label}`;
  const text = action.text ?? row;
  if (action.shows === 'text') await expect(dialog, where).toContainText(text);
  if (action.shows === 'value')
    await expect
      .poll(
        () =>
          dialog.evaluate(
            (element, wanted) =>
              Array.from(element.querySelectorAll('input, textarea')).some((field) =>
                (field as HTMLInputElement).value.includes(wanted),
              ),
            text,
          ),
        { message: `${where}: a field holding ${text}` },
      )
      .toBe(true);
  await guard.check(where);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** Opens a create dialog and walks its steps: each lists the hostile resources by name, as text. */
async function createDialog(page: Page, guard: Guard, panel: Panel, spec: HostileCreateDialog) {
  await page.getByRole('button', { name: spec.action, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: spec.action });
  await expect(dialog).toBeVisible();
  for (const { step, kinds } of spec.steps) {
    await dialog
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: new RegExp(`^${step}`) })
      .click();
    const section = dialog.getByRole('region', { name: step, exact: true });
    for (const kind of kinds) {
      const m = made.find((x) => x.kind === kind);
      if (!m) throw new Error(`no ${kind} was made`);
      await expect(section, `${panel.title}, ${spec.action}, ${step}`).toContainText(m.text);
    }
    await guard.check(`${panel.title}, ${spec.action}, ${step}`);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}
