// The lint rules that keep tests able to fail: a focused test, a test without an
// assertion and a fixed wait are each reported (fixture text, linted in memory).
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let eslint: ESLint;

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const SPEC = 'e2e/keypairs.spec.ts';
const UNIT = 'lib/csp.test.ts';

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('test guards', { timeout: 120_000 }, () => {
  it('reports a focused Playwright test and a focused vitest test', async () => {
    expect(
      await ruleIds(
        SPEC,
        "import { expect, test } from '@playwright/test';\ntest.only('a', async ({ page }) => {\n  await expect(page).toHaveTitle('x');\n});\n",
      ),
    ).toContain('playwright/no-focused-test');
    expect(
      await ruleIds(
        UNIT,
        "import { expect, it } from 'vitest';\nit.only('a', () => {\n  expect(1).toBe(1);\n});\n",
      ),
    ).toContain('vitest/no-focused-tests');
  });

  it('reports tests that assert nothing', async () => {
    expect(
      await ruleIds(
        SPEC,
        "import { test } from '@playwright/test';\ntest('a', async ({ page }) => {\n  await page.goto('/');\n});\n",
      ),
    ).toContain('playwright/expect-expect');
    expect(
      await ruleIds(UNIT, "import { it } from 'vitest';\nit('a', () => {\n  void 1;\n});\n"),
    ).toContain('vitest/expect-expect');
  });

  it('reports a fixed wait in a browser test', async () => {
    expect(
      await ruleIds(
        SPEC,
        "import { expect, test } from '@playwright/test';\ntest('a', async ({ page }) => {\n  await page.waitForTimeout(500);\n  await expect(page).toHaveTitle('x');\n});\n",
      ),
    ).toContain('playwright/no-wait-for-timeout');
  });

  it('passes a test that asserts, unfocused, without fixed waits', async () => {
    expect(
      await ruleIds(
        UNIT,
        "import { expect, it } from 'vitest';\nit('a', () => {\n  expect(1).toBe(1);\n});\n",
      ),
    ).toEqual([]);
  });
});
