/**
 * Compare never works from older facts silently, and a saved comparison opens in its own view.
 * A draft with a problem is made through the real intake (funds with no currency); Compare then
 * names the problem, links to its field and gives the time of the version in use; saving asks
 * first and the comparison says it came from an older version; reopened, it shows its ranks.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fixturePath } from '../fixtures';
import { expect, test } from './bridge';

const SHOTS = 'test-results/screenshots';
const PROBLEM = 'Funds available: currency (one with an exchange rate) — missing';

/** The matrix's row cells (one per programme) under a row header. */
function row(page: Page, header: string) {
  return page.locator('table.matrix > tbody > tr', { has: page.locator(':scope > th', { hasText: header }) }).locator(':scope > td');
}

/** "07:15": the page's own local clock reading of a stored time, as the banner writes it for today. */
function hhmm(page: Page, iso: string): Promise<string> {
  return page.evaluate(t => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(t)), iso);
}

test('a draft with a problem: Compare says which version it uses and why, saving asks, and the saved comparison reopens with its ranks', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const created = await app.dispatch('cases:create', { caseFile: JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as unknown });
  if (!created.ok) throw new Error(created.error.message);
  const { id, updatedAt } = created.value as { id: string; updatedAt: string };
  const base = page.url().split('#')[0] ?? '';

  // The intake: the currency of the funds cleared, so the autosave keeps a draft with one problem.
  await page.goto(`${base}#/case/${id}`);
  // Funds are asked in the Goals step.
  await page.getByRole('navigation', { name: 'Intake steps' }).getByRole('button', { name: /^Goals:/ }).click();
  const currency = page.getByLabel('Funds available: currency');
  await currency.selectOption('');
  await expect(page.getByText(/^Saved as a draft at .*: 1 problem to fix/)).toBeVisible();

  await page.getByRole('link', { name: 'Compare options' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare: Priya Sharma');
  const banner = page.getByRole('region', { name: 'Older facts in use' });
  await expect(banner).toContainText(`These results use the case as saved at ${await hhmm(page, updatedAt)}. The intake has 1 problem: ${PROBLEM}.`);
  await expect(banner).not.toContainText('funds.currency');
  await page.screenshot({ path: `${SHOTS}/compare-stale-banner-1280x800.png` });

  const saved = page.getByRole('region', { name: 'Saved comparisons' });
  await expect(saved).toContainText('None saved yet.');

  // Saving asks; the answer is explicit, and nothing is saved before it.
  await page.getByRole('button', { name: 'Save comparison' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirm using an older version' });
  await expect(confirm).toContainText('Save this comparison from the case as saved at');
  await expect(confirm.getByRole('button', { name: 'Save from the older version' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(saved).toContainText('None saved yet.');
  await page.getByRole('button', { name: 'Save comparison' }).click();
  await confirm.getByRole('button', { name: 'Save from the older version' }).click();
  await expect(page.getByText(/^Comparison saved .*from the older version of the case saved at/)).toBeVisible();
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await expect(saved).toContainText('made from an older version of the case');

  // Write memo asks first too; cancelling writes nothing.
  await saved.getByRole('button', { name: 'Write memo' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('The intake has 1 problem, so its newest facts are in no comparison.');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Memos for this case' })).toContainText('None yet');

  // The banner's link goes to the field itself, ready to fix.
  await banner.getByRole('link', { name: PROBLEM }).click();
  await expect(currency).toBeFocused();
  await expect(page).toHaveURL(/#\/case\/[^/]+\/field\/f-funds-currency$/);

  // Fixed, with more funds: the draft is valid, so it is the case, and Compare uses it at once.
  await page.getByLabel('Funds available', { exact: true }).fill('45000');
  await currency.selectOption('USD');
  await expect(page.getByText(/^All changes saved at/)).toBeVisible();
  await page.getByRole('link', { name: 'Compare options' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare: Priya Sharma');
  await expect(page.getByRole('region', { name: 'Older facts in use' })).toHaveCount(0);
  const ranks = row(page, 'Rank for this client');
  const n = await ranks.count();
  expect(n).toBeGreaterThan(1);

  // The saved comparison opens in its own read-only view, not under the live matrix.
  await page.getByRole('region', { name: 'Saved comparisons' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/compare\/[^/]+\/saved\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved comparison: Priya Sharma');
  await expect(page.getByRole('button', { name: 'Save comparison' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Made from an older version' })).toContainText(PROBLEM);
  await expect(page.getByRole('region', { name: 'Recommendation' })).toContainText('No option was pinned.');
  const savedRanks = row(page, 'Rank for this client');
  await expect(savedRanks).toHaveCount(n);
  const texts = await savedRanks.allTextContents();
  expect(texts.every(t => /#\d+/.test(t))).toBe(true);
  expect(texts.map(t => Number(/#(\d+)/.exec(t)?.[1])).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  // What changed since: the funds, in words, against today's facts.
  const since = page.getByRole('region', { name: /^What changed since/ });
  await expect(since).toContainText('30,000 → 45,000');
  await expect(since).not.toContainText('funds.');
  await page.screenshot({ path: `${SHOTS}/compare-saved-1280x800.png`, fullPage: true });

  // Reopened after a restart, straight from its address: the same ranks.
  await app.restart();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved comparison: Priya Sharma');
  await expect(row(page, 'Rank for this client')).toHaveText(texts);
});
