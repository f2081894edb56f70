import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './bridge';
import { caseRow, createClientWithKeyboard, tabTo } from './flows';

const SHOTS = 'test-results/screenshots';
const priya = {
  fullName: 'Priya Sharma',
  otherName: 'प्रिया शर्मा',
  dateOfBirth: '1998-04-12',
  citizenship: 'India',
  residence: 'United States',
  email: 'priya@example.com',
};

test('a paralegal creates a client with the keyboard, and the case is still listed after a restart', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/cases-empty.png` });

  await createClientWithKeyboard(page, priya);
  // The new case opens at once, with its conflict check already run.
  await expect(page.getByText(/^Case \d{4}-0001 opened for Priya Sharma\./)).toBeVisible();
  await expect(page).toHaveURL(/#\/case\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Conflict check' })).toContainText('No conflict matches on');
  await page.getByRole('link', { name: 'Cases' }).press('Enter');
  const row = caseRow(page, 'Priya Sharma');
  await expect(row).toContainText('प्रिया शर्मा');
  await expect(row).toContainText('12 April 1998');
  await expect(row).toContainText('India');
  await expect(row).toContainText('Intake');

  await app.restart();
  await expect(caseRow(page, 'Priya Sharma')).toContainText('प्रिया शर्मा');
  await expect(page.getByText('1 case', { exact: true })).toBeVisible();
  expect(existsSync(join(app.dataDir, 'advisor.sqlite'))).toBe(true);
  await page.screenshot({ path: `${SHOTS}/cases-list.png` });
  expect(app.foreignRequests).toEqual([]);
});

test('wrong input is explained beside the field and nothing is saved', async ({ app }) => {
  const { page } = app;
  await tabTo(page, page.getByRole('button', { name: 'New client' }));
  await page.keyboard.press('Enter');
  // The form focuses its first field when it mounts; Tab before that would start from the button.
  await expect(page.getByLabel('Full name (required)')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12/04/1998');
  await page.keyboard.press('Enter');

  const name = page.getByLabel('Full name (required)');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the client’s full name.')).toBeVisible();
  await expect(page.getByText('Enter a real date, such as 3 December 2026 or 2026-12-03.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/new-client-errors.png`, fullPage: true });

  await page.getByRole('link', { name: 'Cases' }).press('Enter');
  await expect(page.getByText('No cases yet.')).toBeVisible();
});

test('every view is reachable from the navigation', async ({ app }) => {
  const { page } = app;
  for (const [link, text] of [
    ['Compare', /Choose a case to compare its options/],
    ['Memos', /A memo is written from a saved comparison/],
    ['Settings', /Data folder/],
  ] as const) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(link);
    await expect(page.getByRole('main')).toContainText(text);
  }
  await expect(page.getByRole('main')).toContainText(app.dataDir);
  await page.screenshot({ path: `${SHOTS}/settings.png` });
});
