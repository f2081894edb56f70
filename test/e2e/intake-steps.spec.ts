/**
 * The intake as steps, at 1280×800: a typical client (the Priya fixture) fits one screen per step
 * (screenshots of each, looked at), and a whole intake is done by keyboard alone through the steps,
 * countries typed by name and stored as codes, with the error summary leading to the field.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './bridge';
import { createClientWithKeyboard, tabTo } from './flows';
import { loadFixture } from '../fixtures';

const SHOTS = 'test-results/screenshots';
const STEPS = ['Client', 'Status', 'Family', 'Education', 'Work', 'Languages', 'Job offer', 'Achievements', 'Ties', 'Goals', 'Notes'];

const rail = (page: Page) => page.getByRole('navigation', { name: 'Intake steps' });
const current = (page: Page) => rail(page).locator('[aria-current="step"] .step-label');

/** Tabs to the control labelled `label` (exact) and types `text`. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }), 80);
  await page.keyboard.type(text);
}
/** Moves to the next step with the keyboard shortcut, and checks it arrived with focus on its heading. */
async function nextStep(page: Page, name: string) {
  await page.keyboard.press('Alt+PageDown');
  await expect(current(page)).toHaveText(name);
  await expect(page.locator('.intake-section h2')).toBeFocused();
}
/** Presses an Add button by keyboard; the new entry's first control gets focus. */
async function add(page: Page, name: string, firstControlId: string) {
  await tabTo(page, page.getByRole('button', { name, exact: true }), 80);
  await page.keyboard.press('Enter');
  await expect(page.locator(`#${firstControlId}`)).toBeFocused();
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
}

test('each step of a typical client’s intake fits one 1280×800 screen', async ({ app }) => {
  const { page } = app;
  const created = await app.dispatch('cases:create', { caseFile: loadFixture('priya-sharma.case.json') });
  if (!created.ok) throw new Error(created.error.message);
  await page.goto(`${page.url().split('#')[0] ?? ''}#/case/${(created.value as { id: string }).id}`);
  await expect(current(page)).toHaveText('Client');
  for (const [i, name] of STEPS.entries()) {
    if (i > 0) await rail(page).getByRole('button', { name: new RegExp(`^${name}:`) }).click();
    await expect(current(page)).toHaveText(name);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/intake-step-${String(i + 1).padStart(2, '0')}-${name.toLowerCase().replace(/ /g, '-')}.png` });
    // The whole step, its Next button included, is inside the window without scrolling.
    const footer = await page.locator('.step-footer').boundingBox();
    expect(footer, name).not.toBeNull();
    expect(footer!.y + footer!.height, `${name} ends below the 800 px screen`).toBeLessThanOrEqual(800);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test('a whole intake by keyboard through the steps: countries by name, stored as codes; the error summary leads to the field', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createClientWithKeyboard(page, {
    fullName: 'Mei Tanaka',
    otherName: '田中芽衣',
    dateOfBirth: '3 March 1995',
    citizenship: 'Japan',
    residence: 'Singapore',
    email: 'mei@example.com',
  });
  await expect(current(page)).toHaveText('Client');
  const id = /#\/case\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

  // Client: a second citizenship by name, Enter adds it.
  await typeInto(page, 'Citizenships', 'united kin');
  await expect(page.getByRole('option', { name: 'United Kingdom' })).toBeVisible();
  await page.keyboard.press('Enter');
  await typeInto(page, 'Phone', '+65 5550 0100');

  await nextStep(page, 'Status');
  await typeInto(page, 'Country of current status', 'singap');
  await page.keyboard.press('Tab'); // Tab takes the highlighted country and moves on
  await page.keyboard.type('Employment Pass');
  // A date that does not exist: kept as typed, flagged beside the field and in the summary.
  await typeInto(page, 'Valid until', '31 June 2027');
  await expect(page.locator('#f-client-currentStatus-validUntil-error')).toHaveText('Enter a real date, such as 3 December 2026 or 2026-12-03.');

  await nextStep(page, 'Family');
  await nextStep(page, 'Education');
  await add(page, 'Add education', 'f-education-0-level');
  await page.keyboard.type("Master's");
  await typeInto(page, 'Institution', 'National University of Singapore');
  await typeInto(page, 'Country', 'Singapore');
  await page.keyboard.press('Enter');
  // Still studying: its own answer, apart from a blank (not known) date.
  await tabTo(page, page.getByLabel('Still studying'), 40);
  await page.keyboard.press('Space');
  await typeInto(page, 'Expected completion', 'June 2027');

  await nextStep(page, 'Work');
  await add(page, 'Add job', 'f-work-0-occupation');
  await page.keyboard.type('Data Scientist');
  await typeInto(page, 'Country', 'germ');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Still in this job'), 40);
  await page.keyboard.press('Space');

  for (const step of ['Languages', 'Job offer', 'Achievements', 'Ties']) await nextStep(page, step);
  await add(page, 'Add tie', 'f-ties-0-country');
  await page.keyboard.type('Canada');
  await page.keyboard.press('Enter');
  await typeInto(page, 'Kind of tie', 'Sibling');

  await nextStep(page, 'Goals');
  await typeInto(page, 'Target countries', 'Canada');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Germany');
  await page.keyboard.press('Enter');

  await nextStep(page, 'Notes');
  await typeInto(page, 'Notes for the attorney', 'Prefers permanent residence.');
  await expect(page.getByText(/^Saved as a draft at .*1 problem to fix/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/intake-error-summary.png` });

  // The summary at the top names the problem and its step; its link opens Status and focuses the field.
  const summary = page.getByRole('region', { name: '1 problem to fix before this is the case file' });
  await expect(summary).toContainText('Status: Status valid until — Enter a real date');
  await tabTo(page, summary.getByRole('link'), 200);
  await page.keyboard.press('Enter');
  await expect(current(page)).toHaveText('Status');
  const validUntil = page.getByLabel('Valid until', { exact: true });
  await expect(validUntil).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30 June 2027');
  await expect(summary).toHaveCount(0);
  await expect(page.getByText(/^All changes saved at/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Stored as ISO codes and dates, with "still studying" and "ongoing" recorded as such.
  const got = await app.dispatch('cases:get', { id });
  if (!got.ok) throw new Error(got.error.message);
  const file = (got.value as { caseFile: Record<string, unknown> }).caseFile;
  expect(file).toMatchObject({
    client: { citizenships: ['JP', 'GB'], residenceCountry: 'SG', dateOfBirth: '1995-03-03', currentStatus: { country: 'SG', type: 'Employment Pass', validUntil: '2027-06-30' } },
    education: [{ level: 'master', country: 'SG', studying: true, completed: '2027-06' }],
    work: [{ occupation: 'Data Scientist', country: 'DE', end: null }],
    ties: [{ country: 'CA', kind: 'sibling' }],
    goals: { targetCountries: ['CA', 'DE'] },
    notes: 'Prefers permanent residence.',
  });
  expect(app.foreignRequests).toEqual([]);
});
