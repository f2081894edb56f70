/**
 * The matrix at a glance: rank order by default, "viable routes" only, arrow keys between cells,
 * five routes' summary on a 1280×800 screen, an assumption change that moves nothing, and no contrast
 * violations in either theme. Screenshots of Compare, light and dark, at 1280×800 and 1920×1080.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixturePath } from '../fixtures';
import { expect, test, type AppHarness } from './bridge';

const SHOTS = 'test-results/screenshots';
/**
 * Opens Compare for Priya Sharma, filing from India, with the routes of her target countries: a dozen,
 * some of them ruled out, more than fit beside each other on a 1280-pixel screen.
 */
async function openCompare(app: AppHarness): Promise<Page> {
  const { page } = app;
  const file = JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as { client: Record<string, unknown> };
  file.client.residenceCountry = 'IN';
  file.client.currentStatus = { country: 'IN', type: 'none' };
  const created = await app.dispatch('cases:create', { caseFile: file });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  await page.goto(`${page.url().split('#')[0] ?? ''}#/compare/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare: Priya Sharma');
  return page;
}

const headers = (page: Page) => page.locator('table.matrix thead th .program-name');
const statusCells = (page: Page) => page.locator('table.matrix > tbody > tr', { has: page.getByRole('rowheader', { name: 'Status', exact: true }) }).locator(':scope > td');

test('columns follow the rank, "viable routes" hides only the routes ruled out, and a pinned column stays next to the first', async ({ app }) => {
  const page = await openCompare(app);
  const all = await headers(page).count();
  expect(all).toBeGreaterThanOrEqual(6);
  // Rank order: the Rank row reads #1, #2, … from left to right.
  const rankRow = page.locator('table.matrix > tbody > tr', { has: page.getByRole('rowheader', { name: 'Rank for this client' }) });
  const ranks = (await rankRow.locator(':scope > td strong').allTextContents()).map(t => Number(t.replace('#', '')));
  expect(ranks).toEqual(Array.from({ length: all }, (_, i) => i + 1));

  const ruledOut = (await statusCells(page).allTextContents()).filter(t => t.startsWith('Not eligible')).length;
  expect(ruledOut).toBeGreaterThan(0);
  await page.getByRole('radio', { name: 'viable routes' }).check();
  await expect(headers(page)).toHaveCount(all - ruledOut);
  expect((await statusCells(page).allTextContents()).some(t => t.startsWith('Not eligible'))).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'not eligible' })).toContainText(`${String(ruledOut)} not eligible`);
  await page.getByRole('radio', { name: 'all routes' }).check();
  await expect(headers(page)).toHaveCount(all);

  // Catalogue order puts the H-1B (first in the catalogue) first; pinning the last route brings it next to the questions.
  await page.getByLabel('Order:').selectOption('catalogue');
  await expect(headers(page).first()).toHaveText('H-1B specialty occupation');
  const last = (await headers(page).last().textContent()) ?? '';
  await page.getByRole('button', { name: `Pin ${last} next to the first column` }).click();
  await expect(headers(page).first()).toHaveText(last);
});

test('arrow keys move between cells, expanders are buttons with aria-expanded, and focus is visible', async ({ app }) => {
  const page = await openCompare(app);
  const corner = page.locator('table.matrix thead th.corner');
  await corner.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('rowheader', { name: 'Status', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(statusCells(page).first()).toBeFocused();
  // The focused cell shows a 3 px outline.
  expect(await statusCells(page).first().evaluate(el => getComputedStyle(el).outlineWidth)).toBe('3px');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const rankCells = page.locator('table.matrix > tbody > tr', { has: page.getByRole('rowheader', { name: 'Rank for this client' }) }).locator(':scope > td');
  await expect(rankCells.last()).toBeFocused();
  // The focused cell is the table's one tab stop: Shift+Tab from the next control comes back to it.
  expect(await page.locator('table.matrix > * > tr > [tabindex="0"]').count()).toBe(1);

  const criteria = page.getByRole('button', { name: 'Criteria and points' });
  await expect(criteria).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('rowheader', { name: 'Criteria', exact: true })).toBeHidden();
  await criteria.focus();
  await page.keyboard.press('Enter');
  await expect(criteria).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('rowheader', { name: 'Criteria', exact: true })).toBeVisible();
  // Down from the expander's row lands in the first criteria row.
  await page.getByRole('rowheader', { name: 'Criteria', exact: true }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('table.matrix tr.group-row > th').first()).toBeFocused();
});

test('at 1280×800 five routes’ summary rows are on screen; an assumption change moves nothing and marks the changed cells', async ({ app }) => {
  const page = await openCompare(app);
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const fifth = await page.locator('table.matrix thead th').nth(5).boundingBox();
  const odds = await page.getByRole('rowheader', { name: 'Odds of selection' }).boundingBox();
  if (!fifth || !odds) throw new Error('matrix not laid out');
  expect(fifth.x + fifth.width).toBeLessThanOrEqual(viewport.width);
  expect(odds.y + odds.height).toBeLessThanOrEqual(viewport.height);

  // The page is the one scroll container: the header row stays at the top when it scrolls.
  await page.evaluate(() => window.scrollTo(0, 400));
  const head = await page.locator('table.matrix thead th').nth(1).boundingBox();
  expect(head?.y).toBe(0);

  const payment = page.getByLabel('The $100,000 payment on new H-1B petitions for workers abroad');
  await payment.scrollIntoViewIfNeeded();
  const before = await payment.boundingBox();
  await payment.selectOption('applies');
  await expect(page.locator('table.matrix td.changed').first()).toBeVisible();
  // Scrolling is in whole pixels, layout in fractions of one.
  expect(Math.abs(((await payment.boundingBox())?.y ?? NaN) - (before?.y ?? NaN))).toBeLessThan(1);
  // Only what the payment touches is marked: the H-1B employer's cost, not its time to work.
  const h1b = await headers(page).allTextContents();
  const column = h1b.indexOf('H-1B specialty occupation');
  const row = (name: string) => page.locator('table.matrix > tbody > tr', { has: page.getByRole('rowheader', { name, exact: true }) }).locator(':scope > td').nth(column);
  await expect(row('Cost to the employer')).toHaveClass(/changed/);
  await expect(row('Time to work')).not.toHaveClass(/changed/);
});

/** Serious colour-contrast findings on the current page. */
async function contrast(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return result.violations.flatMap(v => v.nodes.map(n => `${v.id}: ${n.target.join(' ')}`));
}

test('no contrast violations in light or dark on Compare, Cases and Intake; Settings can force a theme', async ({ app }) => {
  test.setTimeout(120_000);
  const page = await openCompare(app);
  const base = page.url().split('#')[0] ?? '';
  const compare = page.url();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [url, heading] of [
      [compare, 'Compare: Priya Sharma'],
      [`${base}#/cases`, 'Cases'],
      [`${base}#/intake`, 'New client'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      if (url === compare) await page.getByRole('button', { name: 'Expand all details' }).click();
      expect(await contrast(page), `${scheme}: ${url}`).toEqual([]);
    }
    await page.goto(compare);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Compare');
    for (const [w, h] of [[1280, 800], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${SHOTS}/compare-matrix-${scheme}-${String(w)}x${String(h)}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.charts').screenshot({ path: `${SHOTS}/compare-charts-${scheme}.png` });
  }

  // The OS says light; Settings say dark: the whole app turns dark, and stays so after a restart.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${base}#/settings`);
  await page.getByRole('radio', { name: 'Dark' }).check();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(background).toBe('rgb(21, 26, 34)');
  await app.restart();
  await page.goto(`${base}#/cases`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cases');
  await expect.poll(background).toBe('rgb(21, 26, 34)');
  expect(await contrast(page)).toEqual([]);
});
