/**
 * "Affected by rule changes" (issue 17, item 4): a firm figure entered (as the CLI and Settings
 * enter it) puts a case's saved comparison on the list, counted in the sidebar and said in words;
 * one click makes a fresh comparison with today's figures, the old one kept, and the case leaves
 * the list.
 */
import { readFileSync } from 'node:fs';
import { firmFacts } from '../../electron/rules/firm-data-set';
import { addOverride } from '../../electron/rules/override-repo';
import { fixturePath, TEST_NOW } from '../fixtures';
import { expect, test } from './bridge';

const SHOTS = 'test-results/screenshots';

test('a firm figure lists the affected comparison; one click makes a fresh one and keeps the old', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const caseFile = JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as unknown;
  const created = await app.dispatch('cases:create', { caseFile, status: 'consultation' });
  if (!created.ok) throw new Error(created.error.message);
  const { id, reference } = created.value as { id: string; reference: string };
  const saved = await app.dispatch('snapshots:save', {
    caseId: id,
    caseFile,
    programIds: ['us-h1b', 'ca-express-entry'],
    asOf: '2026-11-29',
    recommendation: { programId: 'us-h1b', rationale: 'Register in March.' },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const oldId = (saved.value as { id: string }).id;

  const { db } = app.vault().session();
  addOverride(
    db,
    firmFacts(db).base,
    { factId: 'us-h1b.registration-fee', value: 400, effectiveFrom: '2026-01-01', url: 'https://www.uscis.gov/g-1055' },
    { by: 'Ann Attorney', now: new Date(TEST_NOW + 3_600_000) },
  );

  const base = page.url().split('#')[0] ?? '';
  await page.goto(`${base}#/affected`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Affected by rule changes');
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Affected by rule changes/ });
  await expect(link).toHaveAccessibleName('Affected by rule changes 1 case');
  const item = page.locator('.affected-list > li', { hasText: reference });
  await expect(item).toContainText('Priya Sharma');
  await expect(item).toContainText("fee 'Cap registration' 215 USD → 400 USD");
  await expect(item).not.toContainText('us-h1b');
  await page.screenshot({ path: `${SHOTS}/rule-changes-list-1280x800.png`, fullPage: true });

  await item.getByRole('button', { name: 'Make a fresh comparison' }).click();
  const made = item.getByRole('status');
  await expect(made).toContainText('Fresh comparison made, as of 2026-11-29');
  await expect(link).toHaveAccessibleName('Affected by rule changes');
  await page.screenshot({ path: `${SHOTS}/rule-changes-fresh-made-1280x800.png`, fullPage: true });

  const list = await app.dispatch('snapshots:list', { caseId: id });
  if (!list.ok) throw new Error(list.error.message);
  const summaries = list.value as { id: string; stale: boolean }[];
  expect(summaries).toHaveLength(2);
  expect(summaries.find(s => s.id === oldId)?.stale).toBe(true);
  const fresh = summaries.find(s => s.id !== oldId);
  expect(fresh?.stale).toBe(false);

  await made.getByRole('link', { name: 'open it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved comparison: Priya Sharma');
  expect(page.url()).toContain(`#/compare/${id}/saved/${fresh?.id ?? ''}`);

  await page.goto(`${base}#/affected`);
  await expect(page.getByText('No saved comparison would come out differently with today’s figures.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/rule-changes-empty-1280x800.png` });
});
