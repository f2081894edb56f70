/** Import and export through the (stubbed) native dialogs, the Trash, and the audit trail. */
import { readFileSync } from 'node:fs';
import { expect, test } from './bridge';
import { fixturePath } from '../fixtures';

const priyaText = readFileSync(fixturePath('priya-sharma.case.json'), 'utf8');
const liWeiText = readFileSync(fixturePath('li-wei-minimal.case.json'), 'utf8');

test('imports a batch from the Import dialog all or nothing, and exports a case exactly as stored', async ({ app }) => {
  const { page } = app;
  // A batch with one broken file: nothing is imported, and the message names the file and the field.
  const broken = JSON.stringify({ ...JSON.parse(liWeiText), client: { fullName: 'X', dateOfBirth: '1990-02-30' } });
  app.dialogs.nextOpen = [{ name: 'priya.json', text: priyaText }, { name: 'broken.json', text: broken }];
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await expect(page.getByRole('alert')).toContainText('client.dateOfBirth');
  await expect(page.getByText('No cases yet.')).toBeVisible();

  app.dialogs.nextOpen = [{ name: 'batch.json', text: `[${priyaText}, ${liWeiText}]` }];
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported 2 cases.');
  await expect(page.getByText('2 cases', { exact: true })).toBeVisible();

  // The same file again (a re-run after a crash): nothing is imported until the attorney confirms,
  // and the warning names the cases the first import made.
  app.dialogs.nextOpen = [{ name: 'batch-copy.json', text: `[${priyaText}, ${liWeiText}]` }];
  await page.getByRole('button', { name: 'Import…' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('Nothing was imported');
  await expect(warning.getByRole('listitem')).toHaveText('batch-copy.json (as batch.json) was imported on 29 Nov 2026 as 2026-0001 Priya Sharma, 2026-0002 Li Wei.');
  await expect(warning.getByRole('button', { name: 'Don’t import' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/import-already-imported.png' });
  await warning.getByRole('button', { name: 'Don’t import' }).click();
  await expect(page.getByText('2 cases', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Import again anyway' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Imported 2 cases/);
  await expect(page.getByText('4 cases', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Priya Sharma' }).first().click();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByText(/^Exported to \/exports\/.*Priya Sharma\.case\.json$/)).toBeVisible();
  expect(JSON.parse(app.dialogs.saved[0]?.text ?? 'null')).toEqual(JSON.parse(priyaText));
});

test('moves a case to the Trash and restores it, and the audit trail shows who changed which field', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name, as recorded in the audit trail').fill('Jane Doe, paralegal');
  await expect(page.getByRole('region', { name: 'Your name' }).getByRole('status')).toHaveText(/^All changes saved at/);

  const created = await app.dispatch('cases:create', { caseFile: JSON.parse(liWeiText) as unknown });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  await page.goto(`${page.url().split('#')[0] ?? ''}#/case/${id}`);
  await page.getByLabel('E-mail').fill('li.wei@example.com');
  await expect(page.getByText(/^All changes saved at/)).toBeVisible();

  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByText('In the Trash')).toBeVisible();
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await page.getByLabel('Show Trash').check();
  await expect(page.getByRole('table')).toContainText('Li Wei');
  await page.getByRole('link', { name: 'Li Wei' }).click();
  await page.getByRole('button', { name: 'Restore from Trash' }).click();
  await expect(page.getByText('In the Trash')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Audit trail' }).click();
  const audit = page.getByRole('table');
  await expect(audit).toContainText('Jane Doe, paralegal');
  await expect(audit).toContainText('E-mail: — → li.wei@example.com');
  await expect(audit).toContainText('Moved to the Trash');
  await expect(audit).toContainText('Restored from the Trash');
  // The path is kept for the curious, folded away under the row's technical detail.
  await expect(audit.getByText('client.email', { exact: true }).first()).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/audit-trail.png' });
});
