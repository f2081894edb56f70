/**
 * The consultation screen: compare four routes for a seeded client abroad, toggle the $100,000
 * assumption, save a snapshot and find it after a reload. Screenshots and an axe check included.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixturePath } from '../fixtures';
import { expect, test } from './bridge';

const SHOTS = 'test-results/screenshots';
const WANTED = ['H-1B specialty occupation', 'K visa (young science and technology talent)'];

/** The matrix cell of a row (by its header) in the n-th programme column. */
function cell(page: Page, row: string, column: number) {
  return page.locator('table.matrix > tbody > tr', { has: page.locator(':scope > th', { hasText: row }) }).locator(':scope > td').nth(column);
}
const usd = (text: string) => Number(/([\d,]+) USD/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);

test('compares four routes, the $100,000 assumption moves the H-1B employer cost by exactly 100,000 USD, and a saved snapshot survives a reload', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const file = JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as { client: Record<string, unknown> };
  // Filing from India: a new petition for a worker abroad, the case the payment is about.
  file.client.residenceCountry = 'IN';
  file.client.currentStatus = { country: 'IN', type: 'none' };
  const created = await app.dispatch('cases:create', { caseFile: file });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  await page.goto(`${page.url().split('#')[0] ?? ''}#/compare/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare: Priya Sharma');
  // The page's clock, like the back end's, reads the tests' date, so the assessment (ages, years of work) never drifts.
  await expect(page.getByText('Matter 2026-0001 · assessed as of 2026-11-29')).toBeVisible();

  // Keep exactly us-h1b, cn-k, ca-express-entry and de-opportunity-card.
  await page.getByText(/^Programmes \(/).click();
  const keep = new Set(['H-1B specialty occupation', 'K visa (young science and technology talent)', 'Express Entry (Federal Skilled Worker / Canadian Experience Class)', 'Opportunity Card (Chancenkarte), points route']);
  for (const box of await page.locator('.picker-grid input[type=checkbox]').all()) {
    const label = (await box.locator('xpath=..').textContent())?.trim() ?? '';
    if ((await box.isChecked()) !== keep.has(label)) await box.click();
  }
  await page.getByText(/^Programmes \(/).click();
  // Columns follow the rank by default; this test finds them by their catalogue positions.
  await page.getByLabel('Order:').selectOption('catalogue');
  const headers = page.locator('table.matrix thead th .program-name');
  await expect(headers).toHaveCount(4);
  await expect(headers.nth(0)).toHaveText(WANTED[0] ?? '');
  await expect(headers.nth(1)).toHaveText(WANTED[1] ?? '');

  // On 2026-11-29 the proclamation is past its 12-month term with no extension on record: by default
  // the payment is "unclear", shown beside the employer's total as a conditional amount, not in it.
  const employer = cell(page, 'Cost to the employer', 0);
  const payment = page.getByLabel('The $100,000 payment on new H-1B petitions for workers abroad');
  await expect(payment).toHaveValue('unclear');
  await expect(employer).toContainText('100,000 USD if the payment is extended or upheld');
  const unclear = usd((await employer.textContent()) ?? '');
  // The total leads the cell: anchored, so 3,595 is not found inside 103,595.
  const total = (amount: number) => new RegExp(`^${amount.toLocaleString('en-US')} USD`);
  await payment.selectOption('applies');
  await expect(employer).toContainText(total(unclear + 100_000));
  await expect(employer).not.toContainText('if the payment is extended or upheld');
  await payment.selectOption('vacated');
  await expect(employer).toContainText(total(unclear));
  await expect(employer).not.toContainText('if the payment is extended or upheld');
  await payment.selectOption('applies');

  // Every figure shows its source on keyboard focus.
  const sourced = cell(page, 'Time to work', 0).locator('.sourced').first();
  await sourced.focus();
  await expect(sourced.locator('.source-tip')).toBeVisible();
  await expect(sourced.locator('.source-tip')).toContainText(/as of \d{4}-\d{2}-\d{2}/);

  await page.getByLabel('Recommended option').selectOption('ca-express-entry');
  await page.getByLabel('Rationale').fill('Fastest secure route to permanent residence for the family.');
  await page.screenshot({ path: `${SHOTS}/compare-1280x800.png` });
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByRole('button', { name: 'Save comparison' }).click();
  await expect(page.getByText(/^Comparison saved/)).toBeVisible();
  await app.restart();
  const saved = page.getByRole('region', { name: 'Saved comparisons' });
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await expect(saved).toContainText('recommended: Express Entry');
  await expect(saved).not.toContainText('today’s rules give different results');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/compare-1920x1080.png` });
});
