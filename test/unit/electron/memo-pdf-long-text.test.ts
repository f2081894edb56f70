// Text with no break opportunity (a name, an employer, a firm, a URL pasted whole) is wrapped by
// character in the memo, its work grows in step with its length, and it reads back complete.
// Shortening a 4 KB name for the running header one character at a time used to shape the whole
// name once per character (over 60 s and 1.5 GB for 4 KB); the work is counted here, not timed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { graphemes } from '../../../electron/reports/graphemes';
import { buildMemo } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { tempDir } from '../../fixtures';
import { snapshotOf } from './memo-snapshot';

// Laying out a PDF is CPU-bound: on a busy two-core CI machine one memo can take several seconds.
// The limit only stops a hung test; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 60_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');

/** `n` letters with no space or punctuation, never repeating a 4-letter block: AAAA AAAB … run together. */
function unbroken(n: number, letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
  let out = '';
  for (let i = 0; out.length < n; i++) {
    let block = '';
    for (let k = i, d = 0; d < 4; d++, k = Math.floor(k / letters.length)) block = (letters[k % letters.length] ?? '') + block;
    out += block;
  }
  return out.slice(0, n);
}

/** The characters pdfkit is asked to measure or draw: the work of laying text out (fontkit shapes each). */
let charged = 0;
let budget = Infinity;
type TextMethod = (this: unknown, text: unknown, ...rest: unknown[]) => unknown;
const pdfkit = PDFDocument.prototype as unknown as Record<'widthOfString' | 'text', TextMethod>;
const originals = { widthOfString: pdfkit.widthOfString, text: pdfkit.text };
beforeAll(() => {
  for (const name of ['widthOfString', 'text'] as const) {
    const original = originals[name];
    pdfkit[name] = function (text, ...rest) {
      charged += String(text).length;
      // Thrown at once, so runaway work fails the test instead of hanging it.
      if (charged > budget) throw new Error(`laid out ${String(charged)} characters, over the budget of ${String(budget)}`);
      return original.call(this, text, ...rest);
    };
  }
});
afterAll(() => Object.assign(pdfkit, originals));
afterEach(() => {
  budget = Infinity;
});

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('advisor-memo-long-')));
afterAll(() => cleanup());

/**
 * A memo with `text` as the client's name and in a URL in an edited section; `everywhere` puts it
 * also in the other names, employers, firm name, address and attorney.
 */
function memoWith(text: string, everywhere: boolean) {
  const other = (fallback: string) => (everywhere ? text : fallback);
  const snapshot = snapshotOf(raw => {
    raw.client.fullName = text;
    raw.client.otherNames = [other('प्रिया शर्मा')];
    for (const w of raw.work ?? []) w.employer = other('Acme Robotics');
    if (raw.jobOffer) raw.jobOffer.employer = other('Acme Robotics');
  });
  const firm = { name: other('Harbor & Pike LLP'), address: other('1 Main St'), attorneyName: other('Ann Attorney'), barAdmission: 'Admitted in New York', logo: null, paper: 'a4' as const, disclaimers: DEFAULT_DISCLAIMERS };
  return buildMemo({ snapshot, firm, engagement: 'engaged', date: '2026-11-29', reference: '2026-0001', edits: { summary: `See https://example.com/${text} for the filing.` } });
}

/** The running header and footer pdftotext puts among a page's lines: firm, shortened name (…), date, page number. */
const FURNITURE = /^Harbor & Pike LLP$|…$|^29 November 2026$|^Page \d+ of \d+$|^Confidential$/u;

/** Renders, and returns the work counted and the text's lines as pdftotext reads them, page furniture left out. */
async function render(text: string, file: string, everywhere = true): Promise<{ work: number; lines: string[] }> {
  charged = 0;
  const bytes = await renderMemoPdf(memoWith(text, everywhere), FONTS);
  const path = join(dir, file);
  writeFileSync(path, bytes);
  const out = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { work: charged, lines: out.split(/[\n\f]/u).filter(l => !FURNITURE.test(l)) };
}

/** Whether `text` reads back whole and in order; a failure says where it stops, not the whole text. */
function readBack(lines: readonly string[], text: string): string {
  const joined = lines.join('');
  if (joined.includes(text)) return 'whole';
  // The longest prefix found, by halving (a longer prefix is found only if a shorter one is).
  let [found, missing] = [0, text.length];
  while (missing - found > 1) {
    const mid = Math.floor((found + missing) / 2);
    if (joined.includes(text.slice(0, mid))) found = mid;
    else missing = mid;
  }
  return `only the first ${String(found)} of ${String(text.length)} characters`;
}

describe('renderMemoPdf: text with no break opportunity', () => {
  let baseline: number;
  beforeAll(async () => {
    ({ work: baseline } = await render('Priya', 'baseline.pdf'));
  });

  // Per character of the long text: it appears in about a dozen places (title, header, facts, letterhead…).
  const PER_CHARACTER = 200;

  // 4 KB in every place a person can type; 64 KB (hundreds of pages) as the client's name only.
  it.each([
    ['4 KB', 4096, true],
    ['64 KB', 65_536, false],
  ])('a %s name is wrapped by character, read back whole, with work in step with its length', async (label, n, everywhere) => {
    const name = unbroken(n);
    budget = baseline + PER_CHARACTER * n;
    const { lines } = await render(name, `${label}.pdf`, everywhere);
    expect(readBack(lines, name)).toBe('whole');
    expect(readBack(lines, `https://example.com/${name}`)).toBe('whole');
    // Wrapped, not cut or run off the page: many full lines, none wider than the page holds.
    const pieces = lines.filter(l => l.length > 20 && name.includes(l));
    expect(pieces.length).toBeGreaterThan(n / 100);
    expect(Math.max(...lines.map(l => l.length))).toBeLessThan(160);
  }, 120_000);

  it('wraps an unbroken Devanagari or Hangul run by grapheme, in its own font, and reads it back', async () => {
    const devanagari = unbroken(2000, 'कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह');
    const hangul = unbroken(2000, '가나다라마바사아자차카타파하');
    budget = baseline + PER_CHARACTER * 4000;
    const { lines } = await render(`${devanagari}${hangul}`, 'scripts.pdf');
    expect(readBack(lines, devanagari)).toBe('whole');
    expect(readBack(lines, hangul)).toBe('whole');
  }, 120_000);
});

describe('graphemes', () => {
  it('splits long text in windows without cutting a letter from its marks, and gives the text back', () => {
    // A mark right after every window boundary candidate, an emoji family, a flag pair and CR LF.
    const text = `${'e\u0301'.repeat(300)}👨‍👩‍👧${'🇨🇦'.repeat(130)}\r\n${'x'.repeat(255)}\u0301${'ab'.repeat(500)}`;
    const clusters = graphemes(text);
    expect(clusters.join('')).toBe(text);
    const reference = Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text), s => s.segment);
    expect(clusters).toEqual(reference);
  });

  it('never hands the segmenter more than a window of text (its time grows with the square of the length)', () => {
    const prototype = Intl.Segmenter.prototype;
    const segment = Object.getOwnPropertyDescriptor(prototype, 'segment')?.value as (this: Intl.Segmenter, input: string) => Intl.Segments;
    let longest = 0;
    prototype.segment = function (this: Intl.Segmenter, input: string) {
      longest = Math.max(longest, input.length);
      return segment.call(this, input);
    };
    const name = 'प्रिया';
    const perName = Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(name)).length;
    try {
      expect(graphemes(name.repeat(2000))).toHaveLength(perName * 2000);
    } finally {
      prototype.segment = segment;
    }
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(256);
  });
});
