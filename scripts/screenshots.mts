#!/usr/bin/env -S npx tsx
// Looks at pages the way a user does: signs in through the login form, then
// screenshots each path (light, and dark with --dark) into test-results/shots/.
//   npx tsx scripts/screenshots.mts http://127.0.0.1:3000 demo demo /project/instances …
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium';

const [base, user, password, ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const paths = rest.filter((p) => p !== '--dark');
if (!base || !user || !password || paths.length === 0) {
  console.error('usage: screenshots.mts <baseUrl> <user> <password> <path>… [--dark]');
  process.exit(2);
}
mkdirSync('test-results/shots', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({
  viewport: { width: 1366, height: 860 },
  colorScheme: dark ? 'dark' : 'light',
});
const page = await context.newPage();
await page.goto(`${base}/login`);
await page.getByLabel('User Name', { exact: true }).fill(user);
await page.getByLabel('Password', { exact: true }).fill(password);
await page.getByRole('button', { name: 'Sign In' }).click();
await page.waitForURL((url) => !url.pathname.startsWith('/login'));
for (const path of paths) {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(800);
  const file = `test-results/shots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}${dark ? '-dark' : ''}.png`;
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}
await browser.close();
