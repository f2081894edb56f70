// The memo as a Word document, read back two ways: its XML parts (unzip), for what Word relies on
// (heading styles, a table whose header row repeats, the page-number fields, endnotes, the logo in
// the first page's header, the language, font hints for CJK); and through a real reader, LibreOffice,
// converting it to PDF, whose text must hold every section, the client's names and the notice.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { printsHeading, routeEditKey } from '../../../shared/memo/types';
import { renderMemoDocx } from '../../../electron/reports/memo-docx';
import { CaseFile } from '../../../shared/case-file';
import type { Snapshot } from '../../../shared/contract';
import { buildMemo, type Firm, type MemoDocument } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import { evaluate } from '../../../shared/rules/evaluate';
import { CANCELLED_DIALOGS } from '../../../electron/dialogs';
import { loadFixture, tempDir } from '../../fixtures';
import { expectOk, openTestAdvisor } from './test-advisor';
import { logoPng } from './test-png';

// LibreOffice starts in seconds, and longer on a busy two-core machine: the limit only stops a hung
// conversion; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 120_000 });

const FIRM: Firm = {
  name: 'Harbor & Pike LLP',
  address: '100 Main Street, Suite 400\nBoston, MA 02110\nUnited States',
  attorneyName: 'Ann Attorney',
  barAdmission: 'Admitted in Massachusetts and New York',
  logo: { bytes: logoPng(), type: 'png' },
  paper: 'letter',
  disclaimers: DEFAULT_DISCLAIMERS,
};

function snapshot(caseFile: CaseFile, programIds: string[], pinned: string | null): Snapshot {
  const assumptions = resolveAssumptions({}, '2026-11-29');
  return {
    id: 'snapshot-1', caseId: '6f1c2f3e-1111-4222-8333-444455556666', createdAt: '2026-11-29T09:00:00.000Z', actor: 'attorney.ann',
    rulesVersion: '2026-11-29.1', asOf: '2026-11-29', currency: 'USD', programIds, assumptions,
    recommendation: { programId: pinned, rationale: pinned ? 'Permanent residence for the family within a year.' : '' }, whatIf: [], stale: false, staleChanges: [], olderVersion: null, ranks: null,
    caseFile, results: evaluate(caseFile, programIds, { asOf: '2026-11-29', assumptions, currency: 'USD' }),
  };
}

/** Priya, named also in Devanagari and Chinese: six routes compared, four discussed, two set aside. */
function priyaMemo(): MemoDocument {
  const raw = loadFixture('priya-sharma.case.json') as { client: { otherNames: string[] } };
  raw.client.otherNames = ['प्रिया शर्मा', '李伟'];
  const programIds = ['us-h1b', 'cn-k', 'ca-express-entry', 'us-o1a', 'de-blue-card', 'de-opportunity-card'];
  return buildMemo({
    snapshot: snapshot(CaseFile.parse(raw), programIds, 'ca-express-entry'),
    firm: FIRM,
    engagement: 'engaged',
    date: '2026-11-29',
    reference: '2026-0001',
    discussed: ['ca-express-entry', 'us-h1b', 'cn-k', 'us-o1a'],
    // The attorney's own words for one route and for the closing must reach Word as they reach the PDF.
    edits: { [routeEditKey('us-h1b')]: 'Our own view of the H-1B.\n\nA second paragraph on the lottery.', closing: 'Please call me with any questions.' },
  });
}

/** Li Wei, a Chinese client with his name in Chinese only beside it; A4, no logo, before engagement. */
function liWeiMemo(): MemoDocument {
  return buildMemo({
    snapshot: snapshot(CaseFile.parse(loadFixture('li-wei-minimal.case.json')), ['us-h1b', 'cn-k'], null),
    firm: { ...FIRM, logo: null, paper: 'a4' },
    engagement: 'pre-engagement',
    date: '2026-11-29',
    reference: '2026-0002',
  });
}

let dir: string;
let cleanup: () => void;
const files: Record<'priya' | 'li', { memo: MemoDocument; file: string }> = {} as never;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('advisor-docx-'));
  for (const [key, memo] of [['priya', priyaMemo()], ['li', liWeiMemo()]] as const) {
    const file = join(dir, `${key}.docx`);
    writeFileSync(file, await renderMemoDocx(memo));
    files[key] = { memo, file };
  }
});
afterAll(() => cleanup());

/** One part of the .docx (a zip), as text. */
const part = (file: string, name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const parts = (file: string) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
/** The text of each paragraph in a given style, in order. */
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map(m => m[0])
    .filter(p => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map(p => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join(''))
    .map(t => t.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

describe('the Word memo’s parts', () => {
  it('has every section as Heading 1, in order, and each route discussed as Heading 2', () => {
    const { memo, file } = files.priya;
    const xml = part(file, 'word/document.xml');
    expect(memo.analysis).toHaveLength(4);
    expect(styled(xml, 'Heading1')).toEqual(memo.sections.filter(s => printsHeading(s.id)).map(s => s.heading));
    const routes = styled(xml, 'Heading2');
    expect(routes).toHaveLength(4);
    for (const text of ['Our own view of the H-1B.', 'A second paragraph on the lottery.', 'Please call me with any questions.']) expect(xml).toContain(text);
    memo.analysis.forEach((a, i) => expect(routes[i]).toContain(`3.${String(i + 1)} ${a.heading}`));
    expect(routes[0]).toContain('Recommended');
    // The styles are Word's own headings, named so, which its navigation pane lists.
    const styles = part(file, 'word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">\s*<w:name w:val="heading 1"\/>/i);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">\s*<w:name w:val="heading 2"\/>/i);
    // The appendices start on a page of their own.
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>(?:(?!<\/w:p>).)*Appendix A\. Facts relied on/s);
  });

  it('lays the routes out as a table whose header row repeats on every page and whose rows never split', () => {
    const xml = part(files.priya.file, 'word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(m => m[0]);
    const routes = tables.find(t => t.includes('Time to PR'));
    expect(routes).toBeDefined();
    const rows = [...(routes ?? '').matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(m => m[0]);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('Programme');
    expect(rows.slice(1).every(r => r.includes('<w:cantSplit/>') && !r.includes('<w:tblHeader/>'))).toBe(true);
    // The routes set aside: a table of their own, one row each with the main reason.
    const setAside = tables.find(t => t.includes('Main reason'));
    expect([...(setAside ?? '').matchAll(/<w:tr>/g)]).toHaveLength(1 + files.priya.memo.setAside.length);
    expect(files.priya.memo.setAside).toHaveLength(2);
  });

  it('numbers the pages "Page X of Y" with Word’s fields, on the first page and the others', () => {
    const { file } = files.priya;
    const footers = parts(file).filter(p => /^word\/footer\d+\.xml$/.test(p));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      const xml = part(file, f);
      expect(xml).toMatch(/Page <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*of <\/w:t>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/s);
    }
  });

  it('puts the letterhead with the logo in the first page’s header, and the running header on the others', () => {
    const { file } = files.priya;
    const doc = part(file, 'word/document.xml');
    expect(doc).toContain('<w:titlePg/>');
    const first = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(doc)?.[1];
    const rels = part(file, 'word/_rels/document.xml.rels');
    const header = new RegExp(`Id="${first ?? 'none'}"[^>]*Target="(header\\d+\\.xml)"`).exec(rels)?.[1] ?? new RegExp(`Target="(header\\d+\\.xml)"[^>]*Id="${first ?? 'none'}"`).exec(rels)?.[1];
    expect(header).toBeDefined();
    const xml = part(file, `word/${header ?? ''}`);
    expect(xml).toContain('Harbor &amp; Pike LLP');
    expect(xml).toContain('100 Main Street, Suite 400');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Harbor &amp; Pike LLP logo"/);
    const image = part(file, `word/_rels/${header ?? ''}.rels`);
    expect(image).toMatch(/Target="media\/image\d*\.png"/);
    expect(parts(file).some(p => /^word\/media\/.+\.png$/.test(p))).toBe(true);
    // A memo without a logo has no image at all.
    expect(parts(files.li.file).some(p => p.startsWith('word/media/'))).toBe(false);
  });

  it('gives every source an endnote, numbered as the analysis cites them, official sources first', () => {
    const { memo, file } = files.priya;
    const doc = part(file, 'word/document.xml');
    const notes = part(file, 'word/endnotes.xml');
    expect(memo.sources.length).toBeGreaterThan(3);
    expect([...doc.matchAll(/<w:endnoteReference w:id="/g)]).toHaveLength(memo.sources.length);
    // Word numbers endnotes in the order of their marks: the marks come in the sources' order.
    const ids = [...doc.matchAll(/<w:endnoteReference w:id="(\d+)"/g)].map(m => Number(m[1]));
    const order = ids.map(id => new RegExp(`<w:endnote w:id="${String(id)}">(.*?)</w:endnote>`, 's').exec(notes)?.[1] ?? '');
    memo.sources.forEach((src, i) => expect(order[i], `endnote ${String(i + 1)}`).toContain(src.url.replace(/&/g, '&amp;')));
    expect(memo.sources[0]?.official).toBe(true);
    // Decimal numbers, as the analysis's [1–14] cites them (Word's default for endnotes is i, ii, iii).
    expect(doc).toMatch(/<w:endnotePr>.*<w:numFmt w:val="decimal"\/>.*<\/w:endnotePr>/s);
    // Each endnote links to its source.
    const links = part(file, 'word/_rels/endnotes.xml.rels');
    expect(links).toContain(`Target="${memo.sources[0]?.url.replace(/&/g, '&amp;') ?? ''}" TargetMode="External"`);
  });

  it('sets the document’s language and the paper size, and sends CJK and Devanagari names to fonts that have them', () => {
    const priya = part(files.priya.file, 'word/document.xml');
    const li = part(files.li.file, 'word/document.xml');
    const styles = part(files.priya.file, 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault>.*<w:rFonts w:ascii="Noto Sans" w:cs="Noto Sans Devanagari" w:eastAsia="Noto Sans SC" w:hAnsi="Noto Sans"\/>.*<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/s);
    expect(styles).toContain('<w:widowControl/>');
    expect(priya).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(li).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(li).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Sans SC"[^>]*w:hint="eastAsia"\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">李伟<\/w:t>/s);
    expect(priya).toMatch(/<w:rFonts [^>]*w:hint="cs"\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">प्रिया<\/w:t>/s);
    expect(part(files.li.file, 'docProps/core.xml')).toContain(`<dc:title>${files.li.memo.meta.title}</dc:title>`);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** LibreOffice's command; CI installs it (.ci/run), so a missing one is a failure, not a skip. */
function soffice(): string {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error('LibreOffice (soffice) is not installed: the Word memo is checked by converting it with it. Install libreoffice-writer-nogui (.ci/run does).');
  }
  return 'soffice';
}

describe('the Word memo in LibreOffice', () => {
  it('converts it, with every section heading, the client in both scripts, the notice and page numbers', () => {
    const command = soffice();
    // A profile of its own, so runs in parallel never share (and lock) one.
    const profile = join(dir, 'lo-profile');
    execFileSync(command, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, files.priya.file, files.li.file], { stdio: 'pipe', timeout: 110_000 });
    const read = (name: string) => execFileSync('pdftotext', [join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
    const text = { priya: read('priya'), li: read('li') };
    for (const key of ['priya', 'li'] as const) {
      const { memo } = files[key];
      const printed = text[key];
      const flat = printed.replace(/\s+/g, ' ');
      for (const s of memo.sections.filter(x => printsHeading(x.id))) expect(flat, `${key}: ${s.heading}`).toContain(s.heading);
      expect(printed).toContain(memo.client.name);
      for (const name of memo.client.otherNames) expect(printed.replace(/\s+/g, ''), `${key}: ${name}`).toContain(name.replace(/\s+/g, ''));
      expect(flat).toContain(memo.disclaimer.text.split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').slice(0, 120));
      expect(printed).toMatch(/Page 1 of \d+/);
      expect(printed).toContain('MEMORANDUM');
    }
    expect(text.priya).toContain('Harbor & Pike LLP');
    // The first endnote, after the appendices: the first official source, with its link.
    const first = files.priya.memo.sources[0];
    expect(text.priya.replace(/\s+/g, ' ')).toMatch(new RegExp(`\\b1 ${escape(first?.title ?? 'none')}\\. As of [^.]+\\. ${escape(first?.url ?? 'none')}`));
  });
});

describe('memos:export-dialog as Word', () => {
  it('builds the .docx and saves it through the Word save dialog, named for the matter and client', async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const saveWord = (name: string, bytes: Uint8Array) => {
      saved.push({ name, bytes });
      return Promise.resolve(`/home/ann/${name}`);
    };
    const savePdf = () => Promise.reject(new Error('the PDF dialog was asked for a Word memo'));
    const { advisor, close } = openTestAdvisor({ dialogs: { ...CANCELLED_DIALOGS, saveWord, savePdf } });
    try {
      const caseFile = loadFixture('priya-sharma.case.json');
      const record = await expectOk(advisor, 'cases:create', { caseFile });
      const snap = await expectOk(advisor, 'snapshots:save', { caseId: record.id, caseFile, programIds: ['us-h1b'], asOf: '2026-11-29', recommendation: { programId: null, rationale: '' } });
      const created = await expectOk(advisor, 'memos:create', { caseId: record.id, snapshotId: snap.id });
      const result = await expectOk(advisor, 'memos:export-dialog', { id: created.id, format: 'docx' });
      expect(saved).toHaveLength(1);
      expect(saved[0]?.name).toBe(`${record.reference} Priya Sharma memo v1.docx`);
      expect(result).toEqual({ savedTo: `/home/ann/${saved[0]?.name ?? ''}`, bytes: saved[0]?.bytes.length });
      const file = join(dir, 'exported.docx');
      writeFileSync(file, saved[0]?.bytes ?? new Uint8Array());
      expect(part(file, 'word/document.xml')).toContain('Priya Sharma');
    } finally {
      close();
    }
  });
});
