// The memo opens only the fonts its text needs, once per process: a Latin-only memo never reads the
// Chinese, Korean or Devanagari fonts; a memo naming the client in those scripts reads each once and
// embeds it; warming up reads only the Latin fonts; and the shortcut that spares shaping a word twice
// (`word ` built from `word` and ` `) gives what shaping would in every shipped font.
import { execFileSync } from 'node:child_process';
import { readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { memoVocabulary } from '../../../electron/reports/memo-vocabulary';
import { fontReads, warmFonts } from '../../../electron/reports/pdf-fonts';
import { buildMemo } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { tempDir } from '../../fixtures';
import { snapshotOf } from './memo-snapshot';

// Laying out a PDF is CPU-bound: on a busy two-core CI machine one memo can take several seconds.
// The limit only stops a hung test; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 60_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');
const FIRM = { name: 'Harbor & Pike LLP', address: '1 Main St', attorneyName: 'Ann Attorney', barAdmission: '', logo: null, paper: 'a4' as const, disclaimers: DEFAULT_DISCLAIMERS };
const memoNamed = (otherNames: string[]) =>
  buildMemo({ snapshot: snapshotOf(raw => void (raw.client.otherNames = otherNames)), firm: FIRM, engagement: 'engaged', date: '2026-11-29', reference: '2026-0001', edits: {} });

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach(c => c()));

/**
 * A fonts folder this process has not used yet (links to the shipped fonts): the font cache is per
 * folder, so its reads start from none whatever other tests rendered.
 */
function freshFontsDir(): string {
  const { dir, cleanup } = tempDir('memo-fonts-');
  cleanups.push(cleanup);
  for (const file of readdirSync(FONTS)) symlinkSync(join(FONTS, file), join(dir, file));
  return dir;
}

describe('memo fonts', () => {
  it('a Latin-only memo reads the two Latin fonts once and never the other scripts’ fonts, memo after memo', async () => {
    const fonts = freshFontsDir();
    const memo = memoNamed([]);
    await renderMemoPdf(memo, fonts);
    await renderMemoPdf(memo, fonts);
    expect(fontReads(fonts)).toEqual({ latin: 1, 'latin-bold': 1 });
  }, 60_000);

  it('a memo naming the client in Chinese, Devanagari and Korean reads each of those fonts once and embeds them', async () => {
    const fonts = freshFontsDir();
    const memo = memoNamed(['李伟', 'प्रिया', '한국']);
    await renderMemoPdf(memo, fonts);
    const pdf = await renderMemoPdf(memo, fonts);
    expect(fontReads(fonts)).toEqual({ latin: 1, 'latin-bold': 1, han: 1, hangul: 1, devanagari: 1 });
    const listed = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
    for (const name of ['NotoSansSC-Regular', 'NotoSansKR-Regular', 'NotoSansDevanagari-Regular']) expect(listed).toMatch(new RegExp(`[A-Z]{6}\\+${name}`));
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    for (const name of ['李伟', 'प्रिया', '한국']) expect(text).toContain(name);
  }, 60_000);

  it('a memo with one script beyond Latin reads only that script’s font', async () => {
    const fonts = freshFontsDir();
    await renderMemoPdf(memoNamed(['한국']), fonts);
    const read = fontReads(fonts);
    expect(read.hangul).toBe(1);
    expect(read.han).toBeUndefined();
    expect(read.devanagari).toBeUndefined();
  }, 60_000);

  it('warming up reads only the Latin fonts', async () => {
    const fonts = freshFontsDir();
    await warmFonts(fonts, ['Immigration', 'advice'], ['Visa']);
    expect(fontReads(fonts)).toEqual({ latin: 1, 'latin-bold': 1 });
  });

  it('names the font file it cannot read', async () => {
    const { dir, cleanup } = tempDir('memo-fonts-');
    cleanups.push(cleanup);
    await expect(renderMemoPdf(memoNamed([]), dir)).rejects.toThrow(join(dir, 'NotoSans'));
  });

  it('in every shipped font, shaping `word ` gives the glyphs of `word` then ` `, as pdf-fonts assumes', () => {
    // Whether a space shapes on its own depends on the glyph before it: one word per final character.
    const byLast = new Map(memoVocabulary().words.map(w => [w.at(-1), w]));
    const samples = [...byLast.values(), '李伟', 'प्रिया', 'शर्मा', '한국', 'T', 'Y.', 'AV', 'f)', '“Tô”', '→', '≥', 'é'];
    const files = { latin: 'NotoSans-Regular.ttf', 'latin-bold': 'NotoSans-Bold.ttf', han: 'NotoSansSC-Regular.ttf', hangul: 'NotoSansKR-Regular.ttf', devanagari: 'NotoSansDevanagari-Regular.ttf' };
    type Shaped = { glyphs: { id: number }[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
    const shape = (font: { layoutRun(text: string): Shaped }, text: string) => {
      const run = font.layoutRun(text);
      return run.glyphs.map((g, i) => [g.id, run.positions[i]?.xAdvance, run.positions[i]?.xOffset, run.positions[i]?.yOffset]);
    };
    for (const file of Object.values(files)) {
      const doc = new PDFDocument({ autoFirstPage: false });
      doc.font(join(FONTS, file));
      // pdfkit's own shaping of one string (EmbeddedFont.layoutRun), uncached.
      const font = (doc as unknown as { _font: { layoutRun(text: string): Shaped } })._font;
      const space = shape(font, ' ');
      const differ = samples.filter(w => JSON.stringify(shape(font, `${w} `)) !== JSON.stringify([...shape(font, w), ...space]));
      expect(differ, file).toEqual([]);
      doc.end();
    }
  }, 60_000);
});
