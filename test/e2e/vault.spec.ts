/**
 * The passphrase vault through the real UI: first-run setup, unlock, auto-lock, the Lock button,
 * changing the passphrase, and backups with restore. The back end is the real vault on a temp folder.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadFixture, TEST_NOW, TEST_PASSPHRASE } from '../fixtures';
import { expect, test } from './bridge';
import { unlockWith } from './flows';

const SHOTS = 'test-results/screenshots';

/** What the page holds that a person or a script could read: the DOM text and the form values. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map(el => (el as HTMLInputElement).value);
    return `${document.documentElement.outerHTML}\n${values.join('\n')}\n${document.title}`;
  });
}

async function seedPriya(dispatch: (m: unknown, i: unknown) => Promise<{ ok: boolean }>) {
  const r = await dispatch('cases:create', { caseFile: loadFixture('priya-sharma.case.json') });
  expect(r.ok).toBe(true);
}

test.describe('first run', () => {
  test.use({ vaultStart: 'new' });

  test('asks for a passphrase, names what is wrong, and opens the app encrypted', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Protect the case database' })).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
    expect((await new AxeBuilder({ page }).analyze()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/vault-setup.png` });

    await page.getByLabel('Passphrase', { exact: true }).fill('too short');
    await page.getByRole('button', { name: 'Create the encrypted database' }).click();
    await expect(page.getByText('Use at least 10 characters')).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Passphrase', { exact: true }).fill('our firm passphrase 2026');
    await page.getByLabel('Type it again').fill('our firm passphrase 2025');
    await page.getByRole('button', { name: 'Create the encrypted database' }).click();
    await expect(page.getByText('The two entries differ')).toBeVisible();

    await page.getByLabel('Type it again').fill('our firm passphrase 2026');
    await page.getByLabel('Remember on this computer').check();
    await page.getByRole('button', { name: 'Create the encrypted database' }).click();
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
    expect(app.vault().status()).toMatchObject({ state: 'unlocked', remembered: true });
    expect(app.keychain.saved).toBe('our firm passphrase 2026');
  });
});

test.describe('locked', () => {
  test.use({ vaultStart: 'locked' });

  test('a wrong passphrase gets a clear message and nothing opens; the right one does', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Immigration Advisor is locked' })).toBeVisible();
    expect(await app.dispatch('cases:list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    await page.getByLabel('Passphrase', { exact: true }).fill('not our passphrase');
    await page.keyboard.press('Enter');
    await expect(page.getByText('That passphrase does not open this database')).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
    await page.screenshot({ path: `${SHOTS}/vault-unlock-wrong.png` });
    expect(app.vault().status().state).toBe('locked');

    await unlockWith(page, TEST_PASSPHRASE);
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  });
});

test('locks itself after the idle time, keeping no client data in the page; use postpones it', async ({ app }) => {
  const { page } = app;
  await seedPriya(app.dispatch);
  // A fake clock from the first script on, so the idle timer can be moved on without waiting.
  await page.clock.install({ time: TEST_NOW });
  await page.reload();
  await expect(page.getByRole('rowheader', { name: /Priya Sharma/ })).toBeVisible();

  // Ten minutes is the default. Nine minutes, then a keypress, then nine more: still open.
  await page.clock.runFor(9 * 60_000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(9 * 60_000);
  await expect(page.getByRole('rowheader', { name: /Priya Sharma/ })).toBeVisible();

  await page.clock.runFor(2 * 60_000);
  await expect(page.getByRole('heading', { name: 'Immigration Advisor is locked' })).toBeVisible();
  expect(app.vault().status().state).toBe('locked');
  const text = await pageText(page);
  for (const needle of ['Priya', 'Sharma', 'प्रिया', '2026-0001', 'priya@example.com']) expect(text).not.toContain(needle);
  expect(await page.title()).toBe('Immigration Advisor (locked)');
  await page.screenshot({ path: `${SHOTS}/vault-locked.png` });

  await unlockWith(page, TEST_PASSPHRASE);
  await expect(page.getByRole('rowheader', { name: /Priya Sharma/ })).toBeVisible();
});

test('the Lock button locks at once; a call answered "locked" shows the lock screen too', async ({ app }) => {
  const { page } = app;
  await seedPriya(app.dispatch);
  await page.reload();
  await expect(page.getByRole('rowheader', { name: /Priya Sharma/ })).toBeVisible();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Immigration Advisor is locked' })).toBeVisible();
  expect(await pageText(page)).not.toContain('Priya');

  await unlockWith(page, TEST_PASSPHRASE);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Security' })).toBeVisible();
  // The main process locks (the screen locked, or its own idle clock): the next call shows the lock screen.
  app.vault().lockForSystem();
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('heading', { name: 'Immigration Advisor is locked' })).toBeVisible();
});

test('Settings: change the passphrase, back up to a folder, and restore with a preview first', async ({ app }) => {
  const { page } = app;
  const folder = mkdtempSync(join(tmpdir(), 'advisor-e2e-backups-'));
  await seedPriya(app.dispatch);
  await page.getByRole('link', { name: 'Settings' }).click();

  // Change the passphrase.
  await page.getByLabel('Current passphrase').fill('a wrong guess');
  await page.getByLabel('New passphrase').fill('the new firm passphrase');
  await page.getByLabel('Type the new one again').fill('the new firm passphrase');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('The current passphrase is not right. Nothing was changed.')).toBeVisible();
  await page.getByLabel('Current passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible();

  // Auto-lock time.
  await page.getByLabel('Lock after this long without use').selectOption('5');
  await expect(page.getByText('The app now locks after 5 minutes without use.')).toBeVisible();

  // Backups: the folder, then the first backup at once.
  app.dialogs.nextFolder = folder;
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByText('Backups now go to this folder.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Restore the backup made/ })).toHaveCount(1);
  expect(readdirSync(folder)).toHaveLength(1);

  // A second client after the backup; restoring the backup takes the database back to one.
  await app.dispatch('cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') });
  await page.getByRole('button', { name: /Restore the backup made/ }).click();
  const region = page.getByRole('region', { name: /Restore Immigration Advisor backup/ });
  await expect(region.getByText('Cases', { exact: true })).toBeVisible();
  await expect(region.locator('dd').nth(2)).toHaveText('1');
  await page.screenshot({ path: `${SHOTS}/settings-restore-preview.png`, fullPage: true });
  expect(((await app.dispatch('cases:list', {})) as { value: { total: number } }).value.total).toBe(2);
  await region.getByRole('button', { name: 'Replace with this backup' }).click();
  await expect(page.getByText(/Restored Immigration Advisor backup .*: 1 cases/)).toBeVisible();
  // The security log, newest first, as the restored database holds it.
  const log = page.getByRole('table', { name: /Security log/ });
  await expect(log.getByRole('row').nth(1)).toContainText('Backup restored');
  await expect(log).toContainText('e2e.paralegal');
  expect(((await app.dispatch('cases:list', {})) as { value: { total: number } }).value.total).toBe(1);
  expect((await new AxeBuilder({ page }).analyze()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/settings-security.png`, fullPage: true });

  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('rowheader', { name: /Priya Sharma/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Li Wei/ })).toHaveCount(0);
  // The restored database is under the new passphrase.
  app.vault().lock();
  expect(() => app.vault().unlock(TEST_PASSPHRASE)).toThrow(/does not open/);
  app.vault().unlock('the new firm passphrase');
});
