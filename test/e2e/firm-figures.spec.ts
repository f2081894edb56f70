/**
 * A firm figure reaches the app's comparison screen (issue 17): entered as the CLI enters it, it is
 * shown in the H-1B cost cell, marked "firm figure" with who entered it and its source, after the
 * next unlock (the screen reads the firm's facts when it is unlocked).
 */
import { readFileSync } from 'node:fs';
import { addOverride } from '../../electron/rules/override-repo';
import { firmFacts } from '../../electron/rules/firm-data-set';
import { fixturePath } from '../fixtures';
import { expect, test } from './bridge';

const SHOTS = 'test-results/screenshots';

test('a firm figure shows in the matrix, marked, with its source', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const created = await app.dispatch('cases:create', { caseFile: JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as unknown });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  const named = await app.dispatch('settings:set', { userName: 'Ann Attorney' });
  if (!named.ok) throw new Error(named.error.message);

  const { db } = app.vault().session();
  addOverride(
    db,
    firmFacts(db).base,
    { factId: 'us-h1b.registration-fee', value: 380, effectiveFrom: '2026-01-01', url: 'https://www.uscis.gov/g-1055' },
    { by: 'Ann Attorney', now: new Date('2026-11-29T12:00:00Z') },
  );

  await page.goto(`${page.url().split('#')[0] ?? ''}#/compare/${id}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare: Priya Sharma');
  const matrix = page.locator('table.matrix');
  await expect(matrix.getByText('firm figure', { exact: true }).first()).toBeVisible();
  await expect(matrix).toContainText('380 USD');
  await expect(matrix).toContainText('Ann Attorney');
  await expect(matrix).toContainText('https://www.uscis.gov/g-1055');
  // Drawn once, with the firm's figures: nothing is marked as changed by a redraw.
  await expect(page.getByText(/changed by the last change/)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/compare-firm-figure-1280x800.png`, fullPage: true });
});
