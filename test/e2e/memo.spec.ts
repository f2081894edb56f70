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
  const summary = page.getByRole('textbox').first();
  await summary.fill('We recommend Express Entry for Ms Sharma and her family. Signed off by the attorney.');
  await expect(page.getByText(/^Edits saved at/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/memo-editor.png' });

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
    expect(text).toContain('Priya Sharma');
    expect(text.replace(/\s+/g, '')).toContain('प्रियाशर्मा');
    expect(text).toMatch(/Page 1 of \d+/);
    mkdirSync('test-results/screenshots', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, 'test-results/screenshots/memo-page1']);
  } finally {
    cleanup();
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
