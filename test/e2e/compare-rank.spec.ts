/**
 * The Compare screen's ranking and assumptions, for Priya Sharma (in the US on an F-1, targets the
 * US, China, Canada and Germany): ranks agree with the scores shown and routes not eligible come
 * last; the $100,000 payment says it does not apply to her; the K visa's work-rights assumption
 * set to "No" changes the K visa's criteria, risks and rank.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { fixturePath } from '../fixtures';
import { expect, test } from './bridge';

const K = 'K visa (young science and technology talent)';

/** The cells of a matrix row, by its header, one per programme column. */
const row = (page: Page, header: string): Locator =>
  page.locator('table.matrix > tbody > tr', { has: page.locator(':scope > th', { hasText: header }) }).locator(':scope > td');

/** Each column's rank, mark, fit score (only where shown) and eligibility headline. */
async function ranks(page: Page) {
  const rankCells = await row(page, 'Rank for this client').locator('details.rank > summary').allTextContents();
  const status = await row(page, 'Status').locator('.verdict').allTextContents();
  const names = await page.locator('table.matrix thead th .program-name').allTextContents();
  return rankCells.map((text, i) => ({
    name: names[i] ?? '',
    rank: Number(/^#(\d+)/.exec(text)?.[1]),
    fit: /fit (\d+) of 100/.exec(text)?.[1] ?? null,
    text,
    status: status[i] ?? '',
  }));
}

test('ranks agree with the scores shown, routes not eligible come last, an idle assumption says why, and "No" K work rights change the K visa', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const file = JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as unknown;
  const created = await app.dispatch('cases:create', { caseFile: file });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  await page.goto(`${page.url().split('#')[0] ?? ''}#/compare/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare: Priya Sharma');
  // Columns follow the rank by default, and the K visa's rank changes below: catalogue order keeps each
  // route in its column, while the ranks themselves are read from the Rank row.
  await page.getByLabel('Order:').selectOption('catalogue');

  const before = await ranks(page);
  expect(before.length).toBeGreaterThan(4);
  // Ranks 1..n, each once.
  expect(before.map(r => r.rank).sort((a, b) => a - b)).toEqual(before.map((_, i) => i + 1));
  // Every route not eligible ranks after every other route.
  const notEligible = before.filter(r => r.status === 'Not eligible');
  const others = before.filter(r => r.status !== 'Not eligible');
  expect(notEligible.length).toBeGreaterThan(0);
  expect(Math.min(...notEligible.map(r => r.rank))).toBeGreaterThan(Math.max(...others.map(r => r.rank)));
  for (const r of notEligible) expect(r.text).toContain('not eligible');
  // The fit scores shown never contradict the rank order.
  const shown = before.filter(r => r.fit !== null).sort((a, b) => a.rank - b.rank);
  for (let i = 1; i < shown.length; i++) expect(Number(shown[i - 1]?.fit)).toBeGreaterThanOrEqual(Number(shown[i]?.fit));

  // A change of status inside the US: the H-1B column says the $100,000 payment does not apply.
  const names = before.map(r => r.name);
  const h1b = names.indexOf('H-1B specialty occupation');
  await expect(row(page, 'Rank for this client').nth(h1b).locator('.assumption-idle')).toHaveText('The $100,000 payment does not apply: change of status or extension inside the US');

  // The K visa: every figure the ranking weighs is unknown, so it is marked and ranks below the O-1A.
  const k = names.indexOf(K);
  const kBefore = before[k];
  expect(kBefore?.text).toContain('figures mostly unknown');
  expect(kBefore?.rank).toBeGreaterThan(before[names.indexOf('O-1A extraordinary ability')]?.rank ?? Infinity);
  const criteria = row(page, 'Criteria').nth(k);
  const salaried = criteria.locator('li', { hasText: 'Salaried work in China' });
  await expect(salaried).toHaveClass(/gate-judge/);

  await page.screenshot({ path: 'test-results/screenshots/compare-rank-1280x800.png' });
  // The reasons, in words, under the first column's rank.
  const first = row(page, 'Rank for this client').first().locator('summary');
  await first.click();
  await expect(row(page, 'Rank for this client').first().locator('.reasons')).toContainText(/^.*Speed, the client's 1st priority \(40 of 100\), gave /);
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/compare-rank-reasons-1280x800.png' });
  await first.click();

  await page.getByLabel('Whether a K visa allows salaried work without a Z visa').selectOption('no');
  await expect(salaried).toHaveClass(/gate-not-met/);
  await expect(row(page, 'Status').nth(k).locator('.verdict')).toHaveText('Not eligible');
  // The cell the change altered is marked as changed until the next change.
  await expect(row(page, 'Status').nth(k)).toHaveClass(/changed/);
  await expect(row(page, 'Key risks').nth(k)).toContainText('Salaried work is assumed not allowed');
  await row(page, 'Rank for this client').nth(k).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/compare-rank-k-no-1280x800.png' });
  const after = await ranks(page);
  expect(after[k]?.text).toContain('not eligible');
  expect(after[k]?.rank).toBeGreaterThan(kBefore?.rank ?? Infinity);
  expect(after[k]?.rank).toBeGreaterThan(Math.max(...after.filter(r => r.status !== 'Not eligible').map(r => r.rank)));

  await page.getByLabel('Whether a K visa allows salaried work without a Z visa').selectOption('yes');
  await expect(salaried).toHaveClass(/gate-met/);
  await expect(row(page, 'Key risks').nth(k)).toContainText('Salaried work is assumed allowed');
});
