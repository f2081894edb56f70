// Latin words set from the metrics table (latin-shaper.ts) come out exactly as fontkit shapes them
// (same glyphs, advances, kerning and ligatures) for the catalogue's words and thousands of
// made-up strings; every character the table claims is the font's own glyph (never .notdef), and
// every character of the repertoire the font has is in the table; text outside the table, and a
// font file other than the one the table was made from, are shaped by fontkit, so nothing turns to tofu.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontkitFont, latinRepertoire, makeFontMetrics } from '../../../electron/reports/latin-metrics-maker';
import { latinShaper, shaperOf, type ShapedRun } from '../../../electron/reports/latin-shaper';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { memoVocabulary } from '../../../electron/reports/memo-vocabulary';
import { buildMemo } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { tempDir } from '../../fixtures';
import { snapshotOf } from './memo-snapshot';

// Shaping thousands of strings with fontkit is CPU-bound on a busy machine; no timing is asserted.
vi.setConfig({ testTimeout: 120_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');
const LATIN = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'] as const;
const FIRM = { name: 'Harbor & Pike LLP', address: '1 Main St', attorneyName: 'Ann Attorney', barAdmission: '', logo: null, paper: 'a4' as const, disclaimers: DEFAULT_DISCLAIMERS };
const memoNamed = (fullName: string, otherNames: string[] = [], firm = FIRM) =>
  buildMemo({ snapshot: snapshotOf(raw => Object.assign(raw.client, { fullName, otherNames })), firm, engagement: 'engaged', date: '2026-11-29', reference: '2026-0001', edits: {} });

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach(c => c());
  vi.restoreAllMocks();
});

/** A fonts folder of its own (the font caches are per folder), with `replace` written over some files. */
function fontsDir(replace: Record<string, Buffer> = {}): string {
  const { dir, cleanup } = tempDir('memo-latin-');
  cleanups.push(cleanup);
  for (const file of readdirSync(FONTS)) {
    const bytes = replace[file];
    if (bytes) writeFileSync(join(dir, file), bytes);
    else symlinkSync(join(FONTS, file), join(dir, file));
  }
  return dir;
}

/** pdfkit's own shaping (EmbeddedFont.layoutRun, through fontkit), uncached. */
function pdfkitShaper(file: string): (text: string) => ShapedRun {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(join(FONTS, file));
  const font = (doc as unknown as { _font: { layoutRun(text: string): ShapedRun } })._font;
  doc.end();
  return text => font.layoutRun(text);
}

/** Everything pdfkit reads from a shaped run, as one comparable string. */
const shapeOf = (run: ShapedRun) =>
  JSON.stringify([run.advanceWidth, run.glyphs.map((g, i) => [g.id, g.advanceWidth, g.codePoints, run.positions[i]])]);

/** `count` strings of 1 to 9 characters drawn from `alphabet` by a fixed-seed generator: the same every run. */
function madeUp(alphabet: string, count: number): string[] {
  const chars = Array.from(alphabet);
  let seed = 20261203;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => chars[Math.floor(next() * chars.length)]).join(''));
}

/** Heavy on ligatures (f, i, l), kerning pairs (AV, To, P.), spaces, quotes, dashes and accents. */
const STRESS = 'fffiiilllttTAVWYoPr.,;:-–—()“”‘’ "\'ae1/7kyvwÅéçüÉŁœßđŞțệ€™';

describe('Latin words shaped from the metrics table', () => {
  for (const file of LATIN) {
    it(`${file}: the table's shaping is fontkit's for every catalogue word and 6,000 made-up strings`, () => {
      const table = latinShaper(file, readFileSync(join(FONTS, file)));
      expect(table, 'the table was made from this font file').not.toBeNull();
      const fontkit = pdfkitShaper(file);
      const words = [...memoVocabulary().words, ...madeUp(STRESS, 6000), 'office', 'affluent', 'baffle', 'fff', 'ffffi', 'fi fl ff', 'AVAVA', 'T.'];
      const differ: string[] = [];
      let fromTable = 0;
      for (const w of words) {
        const run = table?.shape(w);
        if (!run) continue;
        fromTable++;
        if (shapeOf(run) !== shapeOf(fontkit(w)) || table?.width(w) !== run.advanceWidth) differ.push(w);
      }
      expect(differ).toEqual([]);
      // Nearly every string is in the table's reach: the comparison is not vacuous.
      expect(fromTable).toBeGreaterThan(words.length * 0.9);
    });

    it(`${file}: every character in the table is the font's own glyph, and every character of the repertoire the font has is in the table`, () => {
      const bytes = readFileSync(join(FONTS, file));
      const font = fontkitFont(bytes);
      const table = latinShaper(file, bytes);
      const notOwn: string[] = [];
      const missing: string[] = [];
      const fontkit = pdfkitShaper(file);
      for (const ch of latinRepertoire()) {
        const glyph = font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
        const run = table?.shape(ch);
        if (!run) {
          // Left out only where fontkit makes more of it than its own glyph (ẹ: e and a mark; a soft hyphen: nothing).
          const shaped = fontkit(ch);
          if (glyph.id !== 0 && shaped.glyphs.length === 1 && shaped.glyphs[0]?.id === glyph.id && shaped.positions[0]?.xOffset === 0) missing.push(ch);
        } else if (run.glyphs.length !== 1 || run.glyphs[0]?.id !== glyph.id || glyph.id === 0) notOwn.push(ch);
      }
      expect(notOwn).toEqual([]);
      expect(missing).toEqual([]);
    });
  }

  it('leaves to fontkit what it does not hold: other letters, combining marks, unknown characters', () => {
    const table = latinShaper('NotoSans-Regular.ttf', readFileSync(join(FONTS, 'NotoSans-Regular.ttf')));
    for (const text of ['Ελένη', 'Ольга', 'Nguye\u0303n', 'ǆ', '→', 'Priya\u200d']) expect(table?.shape(text), text).toBeNull();
    expect(table?.shape('Priya Sharma')).not.toBeNull();
  });

  it('is not used for a font file other than the one the table was made from', () => {
    expect(latinShaper('NotoSans-Regular.ttf', readFileSync(join(FONTS, 'NotoSans-Bold.ttf')))).toBeNull();
    expect(latinShaper('NotoSans-Italic.ttf', readFileSync(join(FONTS, 'NotoSans-Regular.ttf')))).toBeNull();
  });

  it('the maker finds glyphs, kerning and ligatures that reproduce fontkit on every string of up to three characters', () => {
    const alphabet = Array.from('AVTfilo .,');
    const shaper = shaperOf(makeFontMetrics(join(FONTS, 'NotoSans-Regular.ttf'), alphabet));
    const fontkit = pdfkitShaper('NotoSans-Regular.ttf');
    const strings = alphabet.flatMap(a => [a, ...alphabet.flatMap(b => [a + b, ...alphabet.map(c => a + b + c)])]);
    const differ = strings.filter(s => {
      const run = shaper.shape(s);
      return !run || shapeOf(run) !== shapeOf(fontkit(s));
    });
    expect(differ).toEqual([]);
  });
});

describe('the memo with the metrics table', () => {
  /** Calls to fontkit's layout (shaping) while `render` runs. */
  async function fontkitShapings(render: () => Promise<unknown>): Promise<number> {
    const proto = Object.getPrototypeOf(fontkitFont(readFileSync(join(FONTS, 'NotoSans-Regular.ttf')))) as { layout: (...args: unknown[]) => unknown };
    const spy = vi.spyOn(proto, 'layout');
    await render();
    return spy.mock.calls.length;
  }

  it('a Latin-only memo is shaped without fontkit, and its text (ligatures included) reads back', async () => {
    const fonts = fontsDir();
    let pdf: Buffer = Buffer.alloc(0);
    const shapings = await fontkitShapings(async () => (pdf = await renderMemoPdf(memoNamed('Ffion Griffith-Clifford'), fonts)));
    expect(shapings).toBe(0);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    expect(text).toContain('Ffion Griffith-Clifford');
    expect(text).toMatch(/\bfirst\b/);
  });

  it('names in Greek, Cyrillic and with combining marks are shaped by fontkit and read back whole', async () => {
    const fonts = fontsDir();
    const names = ['Ελένη Παπαδοπούλου', 'Ольга Иванова', 'Nguye\u0303n'];
    let pdf: Buffer = Buffer.alloc(0);
    const shapings = await fontkitShapings(async () => (pdf = await renderMemoPdf(memoNamed('Priya Sharma', names), fonts)));
    expect(shapings).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).normalize('NFC');
    for (const name of names) expect(text).toContain(name.normalize('NFC'));
  });

  it('a word fontkit shapes after memos shaped from the table still copies as its letters', async () => {
    // The table's memos leave their glyphs to the subsetter; fontkit must still know their characters.
    // The firm's name is the first text of a memo: its letters' first use there is fontkit's.
    const fonts = fontsDir();
    await renderMemoPdf(memoNamed('Priya Sharma'), fonts);
    const pdf = await renderMemoPdf(memoNamed('Vera\u200d Mayer\u200d', [], { ...FIRM, name: 'Vera\u200d Mayer\u200d LLP' }), fonts);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\u200d/g, '');
    expect(text).toContain('Vera Mayer');
  });

  it('a Latin font file that differs from the table’s is shaped by fontkit throughout', async () => {
    // As after an update of the font without making the table again: the same font with a byte more.
    const fonts = fontsDir({ 'NotoSans-Regular.ttf': Buffer.concat([readFileSync(join(FONTS, 'NotoSans-Regular.ttf')), Buffer.alloc(1)]) });
    let pdf: Buffer = Buffer.alloc(0);
    const shapings = await fontkitShapings(async () => (pdf = await renderMemoPdf(memoNamed('Priya Sharma'), fonts)));
    expect(shapings).toBeGreaterThan(0);
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' })).toContain('Priya Sharma');
  });
});
