/**
 * Firm details and logo, a memo written from a saved comparison, an edited section, and the PDF
 * read back with pdftotext. The page-1 image is kept for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath, tempDir } from '../fixtures';
import { expect, test } from './bridge';

// A 1×1 PNG: enough for the logo path (magic bytes checked, stored, drawn).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('an attorney writes a memo from a saved comparison, edits it, and saves a PDF that prints the client in her own script', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Firm name').fill('Mehta & Chen LLP');
  await page.getByLabel('Attorney').fill('Anita Mehta');
  await page.getByLabel('Bar admission').fill('Admitted in New York');
  await page.getByLabel('Address').fill('1 Liberty Plaza\nNew York, NY 10006');
  app.dialogs.nextImage = { name: 'logo.png', bytes: PNG };
  await page.getByRole('button', { name: 'Choose PNG or JPEG…' }).click();
  await expect(page.getByRole('img', { name: 'The firm’s logo' })).toBeVisible();
  // Saved after a pause in typing, as the intake is: no Save button.
  await expect(page.getByRole('region', { name: 'Firm details for memos' }).getByRole('status')).toHaveText(/^All changes saved at/);

  const created = await app.dispatch('cases:create', { caseFile: JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as unknown });
  if (!created.ok) throw new Error(created.error.message);
  const caseId = (created.value as { id: string }).id;
  const saved = await app.dispatch('snapshots:save', {
    caseId,
    caseFile: JSON.parse(readFileSync(fixturePath('priya-sharma.case.json'), 'utf8')) as unknown,
    programIds: ['us-h1b', 'cn-k', 'ca-express-entry', 'de-opportunity-card'],
    asOf: '2026-11-29',
    recommendation: { programId: 'ca-express-entry', rationale: 'Fastest secure route to permanent residence.' },
  });
  if (!saved.ok) throw new Error(saved.error.message);

  await page.goto(`${page.url().split('#')[0] ?? ''}#/compare/${caseId}`);
  await page.getByRole('button', { name: 'Write memo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Memo v1: Priya Sharma');
  // pdf.js runs under the app's CSP unchanged: no eval, its worker one of the app's own files.
  const violations: string[] = [];
  page.on('console', m => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  // The preview is the printed PDF, drawn page by page, with the page count.
  const preview = page.getByRole('region', { name: 'As it will print' });
  // Rendering is CPU-bound: these wait for the pages, they do not time them.
  await expect(preview.getByRole('status')).toHaveText(/^\d+ pages?$/, { timeout: 60_000 });
  await expect(preview.getByRole('img', { name: /^Page 1 of \d+$/ })).toBeVisible();

  // The routes discussed: the H-1B, the K visa and Express Entry, the K visa first; the Opportunity Card set aside.
  const chooser = page.getByRole('group', { name: 'Routes discussed, in the order they print' });
  await chooser.getByRole('checkbox', { name: /^H-1B/ }).check();
  await chooser.getByRole('checkbox', { name: /^K visa/ }).check();
  await chooser.getByRole('checkbox', { name: /^Express Entry/ }).check();
  await chooser.getByRole('checkbox', { name: /^Opportunity Card/ }).uncheck();
  const up = chooser.getByRole('button', { name: /^Move K visa .* up$/ });
  // Keyboard only: focus the button and press Enter until the K visa is first.
  for (let i = 0; i < 3 && (await up.isEnabled()); i++) {
    await up.focus();
    await page.keyboard.press('Enter');
  }
  await expect(up).toBeDisabled();
  await expect(chooser.getByRole('listitem').first()).toContainText('K visa');
  await expect(chooser.getByRole('checkbox', { name: /^Opportunity Card/ })).not.toBeChecked();
  await page.screenshot({ path: 'test-results/screenshots/memo-editor-routes.png' });

  const summary = page.getByRole('textbox', { name: '1. Bottom line' });
  await summary.fill('We recommend Express Entry for Ms Sharma and her family. Signed off by the attorney.');
  // The H-1B's own analysis, once the routes chosen are saved.
  const h1b = page.getByRole('textbox', { name: /^the analysis of H-1B/ });
  await h1b.fill('Our reading: the H-1B lottery decides this route for Ms Sharma, so it is the fallback.');
  await expect(page.getByText(/^All changes saved at/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Restore the generated text of the analysis of H-1B/ })).toBeEnabled();
  await expect(preview).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const count = Number(/^(\d+) pages?$/.exec((await preview.getByRole('status').textContent()) ?? '')?.[1]);
  await expect(preview.getByRole('img', { name: new RegExp(`^Page \\d+ of ${String(count)}$`) })).toHaveCount(count);
  await preview.getByRole('img', { name: `Page 2 of ${String(count)}` }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/memo-editor.png' });
  expect(violations).toEqual([]);

  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  // Rendering is CPU-bound and can take seconds on a busy machine: this waits for it, it does not time it.
  await expect(page.getByText(/^Saved to \/exports\/.*\.pdf$/)).toBeVisible({ timeout: 60_000 });
  const pdf = app.dialogs.pdfs[0];
  expect(pdf?.name).toMatch(/Priya Sharma.*\.pdf$/);
  const { dir, cleanup } = tempDir('advisor-memo-');
  try {
    const file = join(dir, 'memo.pdf');
    writeFileSync(file, pdf?.bytes ?? new Uint8Array());
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Mehta & Chen LLP');
    expect(text).toContain('Signed off by the attorney.');
    // The chosen order and the route's own analysis, and as many pages as the preview showed.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Our reading: the H-1B lottery decides this route for Ms Sharma, so it is the fallback.');
    expect(flat.indexOf('3.1 K visa')).toBeGreaterThan(-1);
    expect(flat.indexOf('3.1 K visa')).toBeLessThan(flat.indexOf('H-1B specialty occupation — United States'));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${String(count)}\\n`));
    expect(text).toContain('Priya Sharma');
    expect(text.replace(/\s+/g, '')).toContain('प्रियाशर्मा');
    expect(text).toMatch(/Page 1 of \d+/);
    mkdirSync('test-results/screenshots', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, 'test-results/screenshots/memo-page1']);
  } finally {
    cleanup();
  }

  // The same memo as Word, for the firm to edit: a .docx (a zip) holding the edited text.
  await page.getByRole('button', { name: 'Save as Word…' }).click();
  await expect(page.getByText(/^Saved to \/exports\/.*\.docx$/)).toBeVisible({ timeout: 60_000 });
  const word = app.dialogs.words[0];
  expect(word?.name).toMatch(/Priya Sharma.*\.docx$/);
  const { dir: d3, cleanup: c3 } = tempDir('advisor-memo-');
  try {
    writeFileSync(join(d3, 'memo.docx'), word?.bytes ?? new Uint8Array());
    const xml = execFileSync('unzip', ['-p', join(d3, 'memo.docx'), 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('Signed off by the attorney.');
  } finally {
    c3();
  }

  // The case lists its memos with version and date.
  await page.getByRole('link', { name: 'the comparison' }).click();
  await expect(page.getByRole('region', { name: 'Memos for this case' })).toContainText('Memo v1 · dated 2026-11-29');
  await page.getByRole('link', { name: 'Memo v1' }).click();

  // Re-exporting the stored memo gives the same content.
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect.poll(() => app.dialogs.pdfs.length).toBe(2);
  const again = app.dialogs.pdfs[1];
  const { dir: d2, cleanup: c2 } = tempDir('advisor-memo-');
  try {
    writeFileSync(join(d2, 'a.pdf'), pdf?.bytes ?? new Uint8Array());
    writeFileSync(join(d2, 'b.pdf'), again?.bytes ?? new Uint8Array());
    const a = execFileSync('pdftotext', [join(d2, 'a.pdf'), '-'], { encoding: 'utf8' });
    const b = execFileSync('pdftotext', [join(d2, 'b.pdf'), '-'], { encoding: 'utf8' });
    expect(b).toBe(a);
  } finally {
    c2();
  }
});
