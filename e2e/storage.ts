// Helpers shared by the Images spec and the storage journey: an upload slowed
// down so its progress bar can be watched, the values that bar takes, a file of
// random bytes, and switching project from the header as a user does.
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export const MB = 1024 * 1024;

/** The browser's uploads go at most `bytesPerSecond` (Chromium's network emulation). */
export async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return () => cdp.detach();
}

/** Every value the progress bar takes, recorded in the page as it changes. */
/** The recorded progress values show an upload that moved: several values, some between 0 and 100. */
export function expectProgressMoved(values: number[]) {
  expect(new Set(values).size, `progress values ${values.join(',')}`).toBeGreaterThan(2);
  expect(
    values.some((v) => v > 0 && v < 100),
    `progress values ${values.join(',')}`,
  ).toBe(true);
}

export async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const observer = new MutationObserver(() => {
      const bar = document.querySelector('[role=dialog] progress');
      if (bar instanceof HTMLProgressElement && seen[seen.length - 1] !== bar.value)
        seen.push(bar.value);
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
}

export function fileOf(name: string, bytes: number) {
  return { name, mimeType: 'application/octet-stream', buffer: randomBytes(bytes) };
}

export async function switchProject(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Project: ${from}` }).click();
  await page.getByRole('menuitemradio', { name: to }).click();
  await expect(page.getByRole('button', { name: `Project: ${to}` })).toBeVisible();
}
