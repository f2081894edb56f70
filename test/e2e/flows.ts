/** User journeys shared by the Chromium-bridge specs and the real-Electron spec. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate(el => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export type NewClient = {
  fullName: string;
  otherName: string;
  dateOfBirth: string;
  citizenship: string;
  residence: string;
  email: string;
};

/** From the Cases view, opens New client and fills and submits it without touching the mouse. */
export async function createClientWithKeyboard(page: Page, client: NewClient): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'New client' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();
  await expect(page.getByLabel('Full name (required)')).toBeFocused();
  await page.keyboard.type(client.fullName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(client.otherName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(client.dateOfBirth);
  await page.keyboard.press('Tab');
  await page.keyboard.type(client.citizenship); // type-ahead in a closed select picks the country
  await page.keyboard.press('Tab'); // second citizenship: left unknown
  await page.keyboard.press('Tab');
  await page.keyboard.type(client.residence);
  await tabTo(page, page.getByLabel('E-mail'));
  await page.keyboard.type(client.email);
  await page.keyboard.press('Enter');
}

/** The row of the case list that shows this client. */
export function caseRow(page: Page, fullName: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(fullName) }) });
}

/** First run: sets the database passphrase on the setup screen. */
export async function setUpPassphrase(page: Page, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Protect the case database' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Create the encrypted database' }).click();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
}

/** The lock screen: types the passphrase and unlocks. */
export async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Immigration Advisor is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.keyboard.press('Enter');
}
