// Steps of the Launch Instance wizard, for specs that launch through it.
import { expect, type Page } from '@playwright/test';

export async function step(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click();
}

/** Flavor and network, for a wizard whose name and source are filled. */
export async function chooseFlavorAndNetwork(page: Page) {
  const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
  await step(page, 'Flavor');
  await wizard.getByRole('radio', { name: 'Select m1.tiny', exact: true }).check();
  await step(page, 'Networks');
  const allocated = wizard.getByRole('region', { name: 'Allocated networks' });
  if ((await allocated.getByRole('button', { name: /^Remove / }).count()) === 0)
    await wizard.getByRole('button', { name: 'Add private', exact: true }).click();
  await expect(allocated.getByRole('button', { name: 'Remove private' })).toBeVisible();
}
