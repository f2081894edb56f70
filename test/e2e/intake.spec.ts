/**
 * The paralegal's journey, keyboard only: intake of a married client with a spouse, two degrees, an
 * IELTS result and a job offer; reload; find the case by the spouse's employer; conflict check that
 * flags a similar existing client written in another script. Screenshots and axe checks included.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './bridge';
import { tabTo } from './flows';

const SHOTS = 'test-results/screenshots';

/** Tabs to the control labelled `label` (exact) and types or picks `value`. */
async function fill(page: Page, label: string, value: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }), 200);
  await page.keyboard.type(value);
}
/** Tabs to a button and presses Enter. */
async function press(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name, exact: true }), 200);
  await page.keyboard.press('Enter');
}
/**
 * Presses an Add button; the new entry's first control gets focus once it has rendered, and the next
 * Tab must start from there, so wait for it.
 */
async function add(page: Page, name: string, firstControlId: string) {
  await press(page, name);
  await expect(page.locator(`#${firstControlId}`)).toBeFocused();
}
/** Fields inside the n-th entry of a list (ids are f-<path>-<index>-<field>). */
async function fillIn(page: Page, id: string, value: string) {
  await tabTo(page, page.locator(`#${id}`), 200);
  await page.keyboard.type(value);
}

/** Moves through the intake's steps with Alt+Page Down / Alt+Page Up until `name` is on screen. */
async function toStep(page: Page, name: string) {
  const current = page.getByRole('navigation', { name: 'Intake steps' }).locator('[aria-current="step"] .step-label');
  const order = ['Client', 'Status', 'Family', 'Education', 'Work', 'Languages', 'Job offer', 'Achievements', 'Ties', 'Goals', 'Notes'];
  const from = order.indexOf((await current.textContent()) ?? '');
  const to = order.indexOf(name);
  for (let i = from; i !== to; i += Math.sign(to - from)) await page.keyboard.press(to > from ? 'Alt+PageDown' : 'Alt+PageUp');
  await expect(current).toHaveText(name);
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
}

test('keyboard-only intake survives a reload, is found by the spouse’s employer, and the conflict check flags a client in another script', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  // An existing client, stored under her Devanagari name with the same date of birth.
  const seeded = await app.dispatch('cases:create', {
    caseFile: { format: 'immigration-advisor/case', version: 1, client: { fullName: 'प्रिया शर्मा', dateOfBirth: '1998-04-12', citizenships: ['IN'] } },
  });
  expect(seeded.ok).toBe(true);
  await page.reload();

  // New client, then straight into the case with the conflict check already run.
  await press(page, 'New client');
  // The form focuses its name field once it has mounted, after the route changes: keys typed before
  // that would go to the button or nowhere.
  await expect(page.getByLabel('Full name (required)')).toBeFocused();
  await page.keyboard.type('Priya Sharma');
  await fill(page, 'Date of birth', '1998-04-12');
  await fill(page, 'Marital status', 'Married');
  await press(page, 'Create client and case');
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Sharma' })).toBeVisible();
  const conflicts = page.getByRole('region', { name: 'Conflict check' });
  await expect(conflicts).toContainText('1 possible conflict');
  await expect(conflicts).toContainText('प्रिया शर्मा');
  await expect(conflicts).toContainText(/different script/i);
  await expect(conflicts).toContainText(/date of birth/i);

  // Family: spouse (shown because married), with a job at Bharat Circuits.
  await toStep(page, 'Family');
  await fill(page, 'Spouse’s full name', 'Arjun Sharma');
  await add(page, 'Add spouse job', 'f-spouse-work-0-occupation');
  await fillIn(page, 'f-spouse-work-0-employer', 'Bharat Circuits');
  // Two degrees.
  await toStep(page, 'Education');
  await add(page, 'Add education', 'f-education-0-level');
  await fillIn(page, 'f-education-0-level', "Bachelor's");
  await fillIn(page, 'f-education-0-institution', 'IIT Madras');
  await fillIn(page, 'f-education-0-completed', '2020-05');
  await add(page, 'Add education', 'f-education-1-level');
  await fillIn(page, 'f-education-1-level', "Master's");
  await fillIn(page, 'f-education-1-institution', 'University of Texas at Austin');
  await fillIn(page, 'f-education-1-completed', '2024-05');
  // An IELTS General Training result: the score fields appear once the test is chosen.
  await toStep(page, 'Languages');
  await add(page, 'Add language result', 'f-languages-0-language');
  await fillIn(page, 'f-languages-0-language', 'English');
  await fillIn(page, 'f-languages-0-test', 'IELTS-GT');
  for (const [skill, band] of [['listening', '8'], ['reading', '7'], ['writing', '7'], ['speaking', '7']] as const) {
    await fillIn(page, `f-languages-0-${skill}`, band);
  }
  // A job offer: its details appear once "Yes" is chosen.
  await toStep(page, 'Job offer');
  await fill(page, 'Has a job offer', 'Yes');
  await fillIn(page, 'f-jobOffer-employer', 'Acme Robotics');
  await fillIn(page, 'f-jobOffer-annualSalary', '145000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('USD');
  await expect(page.getByText(/^All changes saved at/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/intake-full.png`, fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/intake.png` });
  expect(await seriousViolations(page)).toEqual([]);

  // Reload with a fresh back end: everything typed is still there.
  await app.restart();
  await page.locator('#f-client-fullName').focus();
  await toStep(page, 'Family');
  await expect(page.locator('#f-spouse-fullName')).toHaveValue('Arjun Sharma');
  await expect(page.locator('#f-spouse-work-0-employer')).toHaveValue('Bharat Circuits');
  await toStep(page, 'Education');
  await expect(page.locator('#f-education-1-institution')).toHaveValue('University of Texas at Austin');
  await toStep(page, 'Languages');
  await expect(page.locator('#f-languages-0-listening')).toHaveValue('8');
  await toStep(page, 'Job offer');
  await expect(page.locator('#f-jobOffer-annualSalary')).toHaveValue('145000');

  // Decide the conflict check by keyboard (a note, then Cleared), then find the case by the spouse's employer.
  await press(page, 'Run conflict check again');
  await expect(conflicts.getByRole('button', { name: 'Run conflict check again' })).toBeEnabled();
  await tabTo(page, conflicts.getByLabel('Note (optional)'), 200);
  await page.keyboard.type('Different person: checked passport numbers.');
  await press(page, 'Cleared');
  await expect(conflicts).toContainText(/Cleared by .+ on \d+ \w+ \d{4}: the client of matter/);

  await tabTo(page, page.getByRole('link', { name: 'Cases' }), 300);
  await page.keyboard.press('Enter');
  await fill(page, 'Search', 'Bharat');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Priya Sharma');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/case-list.png` });
  expect(await seriousViolations(page)).toEqual([]);
});

test('an intake with a wrong field is kept as a draft with its error shown, and restored after a reload', async ({ app }) => {
  const { page } = app;
  const created = await app.dispatch('cases:create', { caseFile: { format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } } });
  if (!created.ok) throw new Error(created.error.message);
  await page.goto(`${page.url().split('#')[0] ?? ''}#/case/${(created.value as { id: string }).id}`);
  await fill(page, 'Date of birth', '1996-02-30');
  await expect(page.getByText(/^Saved as a draft at .*1 problem to fix/)).toBeVisible();
  await expect(page.locator('#f-client-dateOfBirth-error')).toHaveText('Enter a real date, such as 3 December 2026 or 2026-12-03.');
  await app.restart();
  // Kept exactly as typed: a date that does not exist is not reformatted.
  await expect(page.locator('#f-client-dateOfBirth')).toHaveValue('1996-02-30');
  await expect(page.locator('#f-client-dateOfBirth-error')).toHaveText('Enter a real date, such as 3 December 2026 or 2026-12-03.');
});
