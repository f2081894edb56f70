// The memo PDF, from a comparison saved through the dispatcher, read back with poppler's pdftotext
// and pdfinfo: every heading, the client's names in their own scripts, every programme and source,
// page numbers, metadata, links, and an options table that repeats its header on every page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { CaseFile } from '../../../shared/case-file';
import type { Snapshot } from '../../../shared/contract';
import { buildMemo, SECTION_HEADINGS, type Firm, type MemoDocument } from '../../../shared/memo/build';
import { printsHeading } from '../../../shared/memo/types';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { PROGRAM_IDS } from '../../../shared/programs/index';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import { evaluate } from '../../../shared/rules/evaluate';
import { loadFixture, tempDir } from '../../fixtures';
import { expectOk, openTestAdvisor } from './test-advisor';
import { logoPng } from './test-png';

// Laying out a PDF is CPU-bound: on a busy two-core CI machine one memo can take several seconds.
// The limit only stops a hung test; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 60_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');
const FIRM: Firm = {
  name: 'Harbor & Pike LLP',
  address: '100 Main Street, Suite 400\nBoston, MA 02110\nUnited States',
  attorneyName: 'Ann Attorney',
  barAdmission: 'Admitted in Massachusetts and New York',
  logo: null,
  paper: 'letter',
  disclaimers: DEFAULT_DISCLAIMERS,
};

let dir: string;
let cleanup: () => void;
const snapshots: Record<'default' | 'all', Snapshot> = {} as Record<'default' | 'all', Snapshot>;

/** Saves Priya's case (named also in Devanagari and Chinese) and two comparisons, through dispatch. */
beforeAll(async () => {
  ({ dir, cleanup } = tempDir('advisor-memo-'));
  const { advisor, close } = openTestAdvisor();
  try {
    const caseFile = loadFixture('priya-sharma.case.json') as { client: { otherNames: string[] } };
    caseFile.client.otherNames = ['प्रिया शर्मा', '李伟'];
    const record = await expectOk(advisor, 'cases:create', { caseFile });
    const save = async (programIds: readonly string[], programId: string | null) => {
      const summary = await expectOk(advisor, 'snapshots:save', {
        caseId: record.id,
        caseFile,
        programIds,
        asOf: '2026-11-29',
        recommendation: { programId, rationale: programId ? 'Permanent residence for the family within a year.' : '' },
      });
      return expectOk(advisor, 'snapshots:get', { id: summary.id });
    };
    // Six of the routes of her target countries, and then all 24.
    snapshots.default = await save(['us-h1b', 'us-o1a', 'cn-k', 'ca-express-entry', 'de-blue-card', 'de-opportunity-card'], 'ca-express-entry');
    snapshots.all = await save(PROGRAM_IDS, null);
  } finally {
    close();
  }
});
afterAll(() => cleanup());

const memoOf = (snapshot: Snapshot, over: Partial<Parameters<typeof buildMemo>[0]> = {}): MemoDocument =>
  buildMemo({ snapshot, firm: FIRM, engagement: 'pre-engagement', date: '2026-11-29', reference: '2026-0001', ...over });

/** Renders, writes to the temp folder, and returns the file's path and bytes. */
async function render(memo: MemoDocument, name: string): Promise<{ path: string; bytes: Buffer }> {
  const bytes = await renderMemoPdf(memo, FONTS);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const info = (path: string) => Object.fromEntries(run('pdfinfo', path).split('\n').map(l => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
const squash = (s: string) => s.replace(/\s+/g, '');

describe('renderMemoPdf', () => {
  let memo: MemoDocument;
  let path: string;
  let bytes: Buffer;
  let text: string;
  beforeAll(async () => {
    memo = memoOf(snapshots.default, { firm: { ...FIRM, logo: { type: 'png', bytes: logoPng() } } });
    ({ path, bytes } = await render(memo, 'memo.pdf'));
    text = run('pdftotext', path, '-');
  });

  it('writes a PDF with the document information set', () => {
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const meta = info(path);
    expect(meta.Title).toBe('Immigration options for Priya Sharma');
    expect(meta.Author).toBe('Ann Attorney, Harbor & Pike LLP');
    expect(meta.Subject).toBe(memo.meta.subject);
    expect(meta['Page size']).toBe('612 x 792 pts (letter)');
  });

  it('draws the firm’s logo on the letterhead, once', () => {
    const images = run('pdfimages', '-list', path).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+0\s+image\s+96\s+96\s+rgb/);
  });

  it('prints every section heading, numbered (the closing words have none, as in a letter)', () => {
    for (const s of memo.sections.filter(x => printsHeading(x.id))) {
      expect(text).toContain(s.heading);
      expect(s.heading).toContain(SECTION_HEADINGS[s.id]);
    }
  });

  it('prints the client’s name in Latin and in its own scripts', () => {
    expect(text).toContain('Immigration options for Priya Sharma');
    expect(text).toContain('प्रिया शर्मा');
    expect(text).toContain('李伟');
    // The memo block on page 1, then the running header on every other page, carry all three.
    expect(text.split('\f').filter(p => p.trim()).every(p => p.includes('Priya Sharma (प्रिया शर्मा, 李伟)'))).toBe(true);
  });

  it('names every programme compared and prints every source URL, each a link', () => {
    const flat = squash(text);
    for (const a of snapshots.default.results) expect(flat).toContain(squash(a.programName));
    const raw = bytes.toString('latin1');
    expect(memo.sources.length).toBeGreaterThan(10);
    for (const s of memo.sources) {
      expect(flat).toContain(squash(s.url));
      // pdfkit writes each link as a URI annotation (parentheses escaped in PDF strings).
      expect(raw).toContain(`/URI (${s.url.replace(/([()\\])/g, '\\$1')})`);
    }
  });

  it('numbers the pages "Page X of Y" on every page', () => {
    const pages = Number(info(path).Pages);
    expect(pages).toBeGreaterThan(1);
    for (let i = 1; i <= pages; i++) expect(text).toContain(`Page ${String(i)} of ${String(pages)}`);
  });

  it('prints the notice for the engagement status', () => {
    expect(squash(text)).toContain(squash('It is not legal advice, and it does not create an attorney-client relationship.'));
  });

  it('keeps a picture of page 1 for review', () => {
    const out = join('test-results', 'memo');
    mkdirSync(out, { recursive: true });
    run('pdftoppm', '-png', '-r', '60', '-f', '1', '-l', '1', path, join(out, 'memo-page'));
    const png = readFileSync(join(out, 'memo-page-01.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('renderMemoPdf: a long comparison', () => {
  it('spans several pages and repeats the options table’s header row on each page it reaches', async () => {
    const memo = memoOf(snapshots.all, { firm: { ...FIRM, paper: 'a4' } });
    const { path } = await render(memo, 'memo-all.pdf');
    const meta = info(path);
    expect(meta['Page size']).toBe('595.28 x 841.89 pts (A4)');
    const pages = run('pdftotext', '-layout', path, '-').split('\f');
    expect(pages.length).toBeGreaterThan(10);
    const header = /Programme\s+Country\s+Status\s+Points\s+Client cost\s+Employer\s+Time to\s+Time to( PR)?\s+Odds/;
    // The table runs from the page of section 2 to the page of the note under it.
    const first = pages.findIndex(p => p.includes('2. Routes discussed'));
    const last = pages.findIndex(p => p.includes('Costs are in USD. "+?" marks a total'));
    const tablePages = pages.slice(first, last + 1);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const p of tablePages) expect(p).toMatch(header);
    // Every route discussed has its row, whichever page it fell on (read without -layout, cell by cell).
    const table = squash(run('pdftotext', '-f', String(first + 1), '-l', String(last + 1), path, '-'));
    // pdftotext may read a single-line cell (the country) between the lines of a wrapped name, so
    // the name's words are looked for in order, with at most a short run of other text between.
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const a of snapshots.all.results.filter(x => memo.options.rows.some(r => r.programId === x.programId))) {
      expect(table).toMatch(new RegExp(a.programName.split(/\s+/).map(w => escape(squash(w))).join('.{0,30}?')));
    }
  });
});

describe('renderMemoPdf: the running header', () => {
  it('shortens a name too long for the header rather than wrapping or dropping it', async () => {
    const long = 'Alexandra Konstantinopoulou-Vanderbilt-Montgomery-Fitzgerald de la Fuente y Zaragoza';
    const snapshot = { ...snapshots.default, caseFile: { ...snapshots.default.caseFile, client: { ...snapshots.default.caseFile.client, fullName: long } } };
    const { path } = await render(memoOf(snapshot), 'memo-long.pdf');
    const first = run('pdftotext', '-layout', '-f', '2', '-l', '2', path, '-').split('\n')[0] ?? '';
    expect(first).toMatch(/^Harbor & Pike LLP\s+Alexandra Konstantinopoulou.*…$/);
    expect(squash(run('pdftotext', path, '-'))).toContain(squash(`Immigration options for ${long}`));
  });
});

describe('renderMemoPdf: scripts and fonts', () => {
  it('prints Hangul with the Korean font and Han with the Chinese one', async () => {
    const caseFile = CaseFile.parse({ ...loadFixture('li-wei-minimal.case.json'), client: { fullName: 'Kim Min-jun', otherNames: ['김민준', '金敏俊'], citizenships: ['KR'] } });
    const assumptions = resolveAssumptions({}, '2026-11-29');
    const snapshot: Snapshot = {
      ...snapshots.default,
      caseFile,
      programIds: ['kr-top-tier'],
      results: evaluate(caseFile, ['kr-top-tier'], { asOf: '2026-11-29', assumptions, currency: 'USD' }),
      recommendation: { programId: null, rationale: '' },
    };
    const { path } = await render(memoOf(snapshot, { engagement: 'engaged' }), 'memo-kr.pdf');
    const text = run('pdftotext', path, '-');
    expect(text).toContain('김민준');
    expect(text).toContain('金敏俊');
    expect(squash(text)).toContain(squash('for the matter named above only'));
    const fonts = run('pdffonts', path);
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansKR-Regular', 'NotoSansSC-Regular']) expect(fonts).toContain(name);
    // Subset fonts only: the memo stays small although the Chinese font alone is 10 MB.
    expect(readFileSync(path).length).toBeLessThan(400_000);
  });
});
