/**
 * Hostile strings in the real UI: a client named with markup and a stray pop-isolate plus a
 * right-to-left override, an actor named likewise, terminal escapes, and a 1 MB note. Names show
 * as text, each isolated so the words after them keep their order; nothing runs; the page stays
 * usable with the 1 MB note, and the note survives an autosave exactly.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { fixturePath } from '../fixtures';
import { HOSTILE, megabyteNote, PDI, RLO } from '../hostile-strings';
import { expect, test, type AppHarness } from './bridge';

const MARKUP = '<img src=x onerror="document.title=\'pwned\'">';
/** Breaks out of an isolate (PDI), then reverses everything after it (RLO), then markup. */
const CLIENT = `Eve ${PDI}${RLO}Ray ${MARKUP}`;
const ACTOR = `${PDI}${RLO}Mallory`;

/** Dispatches through the harness and returns the value, failing the test on an error. */
async function seed<T>(app: AppHarness, method: string, input: unknown): Promise<T> {
  const r = await app.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/**
 * Where the words right after an isolated name are drawn (the run of text nodes that follows it):
 * their first character must start at or after the name's box, and their last must lie to the
 * right of their first (left to right, not reversed by an override inside the name).
 */
async function textAfter(name: Locator): Promise<{ nameRight: number; first: number; last: number; text: string }> {
  return name.evaluate(bdi => {
    const chars: { node: Text; at: number }[] = [];
    let text = '';
    for (let n = bdi.nextSibling; n instanceof Text; n = n.nextSibling) {
      text += n.data;
      for (let i = 0; i < n.data.length; i++) if (n.data[i]?.trim()) chars.push({ node: n, at: i });
    }
    const first = chars[0];
    const last = chars.at(-1);
    if (!first || !last || first === last) throw new Error(`too little text follows the name: "${text}"`);
    const range = document.createRange();
    const x = (c: { node: Text; at: number }) => {
      range.setStart(c.node, c.at);
      range.setEnd(c.node, c.at + 1);
      return range.getBoundingClientRect().x;
    };
    return { nameRight: bdi.getBoundingClientRect().right, first: x(first), last: x(last), text };
  });
}

async function expectInOrder(name: Locator): Promise<void> {
  const after = await textAfter(name);
  expect(after.first, `"${after.text}" starts inside or before the name`).toBeGreaterThanOrEqual(after.nameRight - 1);
  expect(after.last, `"${after.text}" is drawn reversed`).toBeGreaterThan(after.first);
}

const go = (page: Page, hash: string) => page.goto(`${page.url().split('#')[0] ?? ''}#/${hash}`);

test('hostile names show as isolated text everywhere, nothing runs, and a 1 MB note keeps the page usable', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const dialogs: string[] = [];
  page.on('dialog', d => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const title = await page.title();

  const file = JSON.parse(readFileSync(fixturePath('li-wei-minimal.case.json'), 'utf8')) as { client: Record<string, unknown>; notes?: string };
  await seed(app, 'settings:set', { userName: ACTOR });
  const hostile = await seed<{ id: string }>(app, 'cases:create', { caseFile: { ...file, client: { ...file.client, fullName: CLIENT, otherNames: [HOSTILE.ansi] } } });
  const snapshot = await seed<{ id: string }>(app, 'snapshots:save', {
    caseId: hostile.id, caseFile: { ...file, client: { ...file.client, fullName: CLIENT, otherNames: [HOSTILE.ansi] } },
    programIds: ['us-h1b', 'cn-k'], asOf: '2026-11-29', recommendation: { programId: null, rationale: '' },
  });
  await seed(app, 'memos:create', { caseId: hostile.id, snapshotId: snapshot.id });
  const note = megabyteNote();
  const big = await seed<{ id: string }>(app, 'cases:create', { caseFile: { ...file, client: { ...file.client, fullName: 'Noah Notes' }, notes: note } });

  // The case list: the name is a link's text, isolated; the other name's escape codes are inert text.
  await page.reload();
  const link = page.getByRole('link', { name: /^Eve/ });
  await expect(link).toBeVisible();
  // Exact text, spaces and all (toHaveText would fold white space): only the stray PDI is gone.
  expect(await link.locator('bdi').textContent()).toBe(`Eve ${RLO}Ray ${MARKUP}`);
  expect(await page.getByRole('row').filter({ has: link }).locator('.other-names bdi').textContent()).toBe(HOSTILE.ansi);
  await expect(page.getByRole('link', { name: 'Noah Notes' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/hostile-case-list.png' });

  // The case page header.
  await link.click();
  await expect(page.getByRole('heading', { level: 1 }).locator('bdi')).toHaveText(/^Eve/);
  expect(await page.getByRole('heading', { level: 1 }).locator('bdi').textContent()).toBe(`Eve ${RLO}Ray ${MARKUP}`);

  // The comparison's header, and its saved comparisons and memos by the same actor: the words
  // after the actor's name stay where they belong, in reading order.
  await go(page, `compare/${hostile.id}`);
  await expect(page.getByRole('heading', { level: 1 }).locator('bdi')).toHaveText(/^Eve/);
  expect(await page.getByRole('heading', { level: 1 }).locator('bdi').textContent()).toBe(`Eve ${RLO}Ray ${MARKUP}`);
  const byActor = page.locator('.snapshot-list li bdi', { hasText: 'Mallory' });
  await expect(byActor).toHaveCount(2);
  expect(await byActor.first().textContent()).toBe(`${RLO}Mallory`);
  await expectInOrder(byActor.first());
  await expectInOrder(byActor.last());
  await page.screenshot({ path: 'test-results/screenshots/hostile-compare.png' });

  // The memos list.
  await go(page, 'memos');
  await expect(page.getByRole('link', { name: /^Eve/ }).locator('bdi')).toHaveText(/^Eve/);
  expect(await page.getByRole('link', { name: /^Eve/ }).locator('bdi').textContent()).toBe(`Eve ${RLO}Ray ${MARKUP}`);

  // Nothing ran: no element was made from the markup, no dialog opened, the title is the app's.
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await page.title()).toBe(title);

  // The 1 MB note: the case opens, the intake takes typing and saves, and the note is kept exactly.
  await go(page, `case/${big.id}`);
  const steps = page.getByRole('navigation', { name: 'Intake steps' });
  await steps.getByRole('button', { name: /^Notes:/ }).click();
  // A note this long shows its beginning until asked for in full (a megabyte takes seconds to lay out).
  const showAll = page.getByRole('button', { name: /Notes for the attorney/ });
  await showAll.locator('xpath=../..').screenshot({ path: 'test-results/screenshots/long-note.png' });
  await showAll.click();
  const notes = page.getByRole('textbox', { name: 'Notes for the attorney' });
  await expect(notes).toBeFocused();
  expect(await notes.evaluate(el => (el as HTMLTextAreaElement).value.length)).toBe(note.length);
  await steps.getByRole('button', { name: /^Client:/ }).click();
  await page.getByLabel('E-mail').fill('noah@example.com');
  // By class, not getByText: a text query reads the whole page, the megabyte included.
  await expect(page.locator('.save-status')).toHaveText(/^All changes saved at/);
  const saved = await seed<{ caseFile: { notes: string; client: { email: string } } }>(app, 'cases:get', { id: big.id });
  expect(saved.caseFile.client.email).toBe('noah@example.com');
  expect(saved.caseFile.notes === note).toBe(true);
});
