/**
 * Conflict hits cannot be missed: a new client matching an existing one opens a warning at the top of
 * the case; Same person moves the matter to the existing client and the duplicate to the Trash;
 * Cleared collapses to one line; the case list badges and filters the unresolved checks.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './bridge';
import { caseRow } from './flows';

const SHOTS = 'test-results/screenshots';
const file = (client: object, more: object = {}) => ({ format: 'immigration-advisor/case', version: 1, client, ...more });

/** Opens New client, types a name and date of birth, and creates the case; the case page opens. */
async function newClient(page: Page, fullName: string, dateOfBirth: string) {
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('Full name (required)').fill(fullName);
  await page.getByLabel('Date of birth', { exact: true }).fill(dateOfBirth);
  await page.getByRole('button', { name: 'Create client and case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
}

test('a matching new client: the warning, Same person, Cleared, and the list filter', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const seeded = await app.dispatch('cases:create', { caseFile: file({ fullName: '李伟', otherNames: ['Wei Li'], dateOfBirth: '1990-01-02', citizenships: ['CN'] }) });
  expect(seeded.ok).toBe(true);
  const existing = (seeded as { ok: true; value: { id: string; clientId: string; reference: string } }).value;
  expect((await app.dispatch('cases:create', { caseFile: file({ fullName: 'Arjun Sharma' }, { spouse: { fullName: 'Maria Garcia' } }) })).ok).toBe(true);
  await page.reload();

  // A new client who is the existing one under a Latin spelling: a warning at the top, not a green notice.
  await newClient(page, 'Li Wei', '1990-01-02');
  const panel = page.getByRole('region', { name: 'Conflict check' });
  await expect(panel.getByRole('alert')).toHaveText(/^1 possible conflict to decide/);
  await expect(panel).toContainText(/^Conflict check.*Strong match: same name in a different script \(李伟 = li wei\) and same date of birth/);
  await expect(panel).toHaveClass(/conflict-warning/);
  // Above the intake: nothing to scroll past.
  const panelBox = (await panel.boundingBox())!;
  expect(panelBox.y + panelBox.height).toBeLessThan(800);
  await page.screenshot({ path: `${SHOTS}/conflict-warning.png` });

  await panel.getByRole('button', { name: 'Same person' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Same person as an existing client?' });
  await expect(dialog).toContainText('Wei Li');
  await expect(dialog).toContainText('2 January 1990');
  await page.screenshot({ path: `${SHOTS}/conflict-same-person.png` });
  await dialog.getByRole('button', { name: 'Move this matter to the existing client' }).click();
  await expect(panel).toContainText('now belongs to 李伟. The duplicate client record is in the Trash.');
  await expect(panel).toContainText(/Same person by e2e\.paralegal on \d+ \w+ \d{4}: the client of matter \d{4}-0001, 李伟\. This matter was moved to that client\./);
  const movedId = /#\/case\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  const moved = await app.dispatch('cases:get', { id: movedId });
  expect(moved.ok && (moved.value as { clientId: string }).clientId).toBe(existing.clientId);
  // The duplicate client record went to the Trash, on the trail of the matter and of the existing client.
  await page.getByRole('tab', { name: 'Audit trail' }).click();
  await expect(page.getByRole('main')).toContainText('Duplicate client record moved to the Trash: the same person as 李伟');
  await page.goto(`${page.url().replace(/#.*$/, '')}#/case/${existing.id}`);
  await page.getByRole('tab', { name: 'Audit trail' }).click();
  await expect(page.getByRole('main')).toContainText(/Matter \d{4}-0003 moved to this client from a duplicate client record \(Li Wei\)/);

  // A spouse's name: Cleared or Conflict, no Same person. Left undecided, it is badged and filtered in the list.
  await newClient(page, 'Maria Garcia', '1985-06-01');
  await expect(panel.getByRole('alert')).toHaveText(/^1 possible conflict to decide/);
  await expect(panel.getByRole('group', { name: /^Decision on/ }).getByRole('button')).toHaveText(['Cleared', 'Conflict']);
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(caseRow(page, 'Maria Garcia')).toContainText('Conflict check to decide');
  await expect(caseRow(page, 'Li Wei')).not.toContainText('to decide');
  await page.getByLabel('Unresolved conflict checks').check();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(caseRow(page, 'Maria Garcia')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/cases-unresolved-conflicts.png` });

  await caseRow(page, 'Maria Garcia').getByRole('link', { name: 'Maria Garcia' }).click();
  await panel.getByLabel('Note (optional)').fill('Different person: the spouse is 20 years older.');
  await panel.getByRole('button', { name: 'Cleared' }).click();
  await expect(panel).toContainText(/^Conflict check.*Cleared by e2e\.paralegal on \d+ \w+ \d{4}: the spouse of matter \d{4}-0002, Maria Garcia\. Note: Different person/);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/conflict-cleared.png` });
  // Undo brings the choices back; Conflict then stays red on the case.
  await panel.getByRole('button', { name: /^Undo/ }).click();
  await panel.getByRole('button', { name: 'Conflict', exact: true }).click();
  await expect(panel).toContainText('Do not advise until an attorney has decided');
  await expect(panel).toHaveClass(/conflict-danger/);
  await page.screenshot({ path: `${SHOTS}/conflict-recorded.png` });

  // In the dark theme too, the warning reads as a warning.
  expect((await app.dispatch('settings:set-theme', { theme: 'dark' })).ok).toBe(true);
  await page.reload();
  await expect(panel).toHaveClass(/conflict-danger/);
  await page.screenshot({ path: `${SHOTS}/conflict-recorded-dark.png` });

  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByLabel('Unresolved conflict checks').check();
  await expect(page.getByText('No case matches.')).toBeVisible();
  expect(app.foreignRequests).toEqual([]);
});
