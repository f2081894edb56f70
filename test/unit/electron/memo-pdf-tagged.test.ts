// The memo is a tagged PDF: its structure tree, read back with poppler's `pdfinfo -struct-text`,
// holds the headings in print order, tables whose first row is header cells, each source URL as a
// link with its annotation, the charts and the logo as figures with their text alternatives, and
// none of the running headers and footers; the document language is set.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { describeChart } from '../../../shared/compare/chart-model';
import { buildMemo, type MemoDocument } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { OPTION_COLUMNS, printsHeading } from '../../../shared/memo/types';
import { PROGRAM_IDS } from '../../../shared/programs/index';
import { evaluate } from '../../../shared/rules/evaluate';
import { tempDir } from '../../fixtures';
import { snapshotOf } from './memo-snapshot';
import { logoPng } from './test-png';

// Laying out a PDF is CPU-bound: on a busy two-core CI machine one memo can take several seconds.
// The limit only stops a hung test; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');

/** One element of the structure tree as pdfinfo prints it: its type, attributes, text and children. */
type Node = { type: string; attrs: string[]; text: string[]; objects: number; children: Node[] };

/**
 * Parses `pdfinfo -struct-text`: one line per element (`H2 (block)`, `TH:`), attribute lines
 * (`/Scope /Column`), quoted text and `Object N 0` (an annotation), each indented two spaces
 * deeper than its element.
 */
function parseStructure(out: string): Node {
  const root: Node = { type: 'root', attrs: [], text: [], objects: 0, children: [] };
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: -1 }];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const body = line.trim();
    while ((stack.at(-1)?.depth ?? -1) >= depth) stack.pop();
    const parent = stack.at(-1)?.node ?? root;
    if (body.startsWith('"')) parent.text.push(body.slice(1, -1));
    else if (body.startsWith('/')) parent.attrs.push(body);
    else if (/^Object \d+ \d+$/.test(body)) parent.objects++;
    else {
      const node: Node = { type: body.split(/[\s:]/)[0] ?? body, attrs: [], text: [], objects: 0, children: [] };
      parent.children.push(node);
      stack.push({ node, depth });
    }
  }
  return root;
}

/** Every element of the tree, depth first: the reading order. */
const walk = (n: Node): Node[] => [n, ...n.children.flatMap(walk)];
/** An element's text, its own and its descendants', as one string; its lines are joined by spaces. */
const textOf = (n: Node): string => [...n.text, ...n.children.map(textOf)].join(' ').replace(/\s+/g, ' ').trim();

/** Decodes a PDF literal string as pdfkit writes it: backslash escapes, UTF-16BE after a byte-order mark. */
function pdfString(raw: string): string {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const bytes = raw.replace(/\\(.)/gs, (_, c: string) => escapes[c] ?? c);
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

/** The page content streams, inflated: the drawing operators with their marked-content tags. */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)) {
    const start = m.index + m[0].length;
    const data = pdf.subarray(start, start + Number(m[1]));
    try {
      out.push(inflateSync(data).toString('latin1'));
    } catch {
      // Not a content stream pdfkit compressed this way (a font or an image): not drawing operators.
    }
  }
  return out.filter(s => s.includes(' BDC'));
}

/** pdfinfo -struct-text of a PDF, parsed. */
function structureOf(pdf: Buffer, name: string): Node {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return parseStructure(execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

let dir: string;
let cleanup: () => void;
let memo: MemoDocument;
let bytes: Buffer;
let tree: Node;
let info: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('advisor-tagged-'));
  const snapshot = snapshotOf(raw => {
    raw.client.otherNames = ['प्रिया शर्मा', '李伟'];
  });
  memo = buildMemo({
    snapshot,
    firm: {
      name: 'Harbor & Pike LLP',
      address: '100 Main Street\nBoston, MA 02110',
      attorneyName: 'Ann Attorney',
      barAdmission: 'Admitted in Massachusetts',
      logo: { type: 'png', bytes: logoPng() },
      paper: 'letter',
      disclaimers: DEFAULT_DISCLAIMERS,
    },
    engagement: 'engaged',
    date: '2026-11-29',
    reference: '2026-0001',
  });
  bytes = await renderMemoPdf(memo, FONTS);
  tree = structureOf(bytes, 'memo.pdf');
  info = execFileSync('pdfinfo', [join(dir, 'memo.pdf')], { encoding: 'utf8' });
});
afterAll(() => cleanup());

describe('the memo as a tagged PDF', () => {
  it('is tagged, in US English', () => {
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    // The catalog, which pdfkit writes uncompressed.
    expect(bytes.toString('latin1')).toMatch(/\/Lang \(en-US\)/);
    expect(tree.children.map(n => n.type)).toEqual(['Document']);
  });

  it('has the memo’s title, then every section heading, in print order', () => {
    const headings = walk(tree).filter(n => n.type === 'H1' || n.type === 'H2');
    expect(headings.map(h => `${h.type} ${textOf(h)}`)).toEqual(['H1 MEMORANDUM', ...memo.sections.filter(s => printsHeading(s.id)).map(s => `H2 ${s.heading}`)]);
    // Each section is a Sect that opens with its heading.
    const sects = walk(tree).filter(n => n.type === 'Sect');
    // The closing words are a section without a heading: its first child is a paragraph.
    expect(sects.map(s => s.children[0]?.type)).toEqual(memo.sections.map(s => (printsHeading(s.id) ? 'H2' : 'P')));
  });

  it('heads each route’s analysis with a level-3 heading, in the order discussed', () => {
    const h3 = walk(tree)
      .filter(n => n.type === 'H3')
      .map(textOf);
    const routes = memo.analysis.map(a => h3.findIndex(h => h.includes(a.heading)));
    expect(routes.every(i => i >= 0)).toBe(true);
    expect(routes).toEqual([...routes].sort((a, b) => a - b));
  });

  it('marks each table’s first row as column headers, once, and its other rows as data', () => {
    const tables = walk(tree).filter(n => n.type === 'Table');
    // The routes discussed and the routes set aside.
    expect(tables).toHaveLength(memo.setAside.length ? 2 : 1);
    for (const table of tables) {
      const [head, ...rows] = table.children;
      expect(head?.children.length).toBeGreaterThan(0);
      for (const th of head?.children ?? []) {
        expect(th.type).toBe('TH');
        expect(th.attrs).toContain('/Scope /Column');
      }
      // A header repeated on a later page is not read again.
      for (const row of rows) expect(row.children.map(c => c.type)).toEqual(head?.children.map(() => 'TD'));
    }
    const [options] = tables;
    expect(options?.children[0]?.children.map(textOf)).toEqual(OPTION_COLUMNS.map(c => c.heading));
    expect(options?.children.length).toBe(memo.options.rows.length + 1);
  });

  it('makes every source URL a link element holding its annotation', () => {
    const links = walk(tree).filter(n => n.type === 'Link');
    expect(links.every(l => l.objects === 1)).toBe(true);
    // A URL wrapped onto two lines is two links to it, one per line.
    const linked = links.map(l => l.text.join('')).join('');
    expect(memo.sources.length).toBeGreaterThan(3);
    for (const s of memo.sources) expect(linked).toContain(s.url);
  });

  it('gives the logo and both charts a figure with its text alternative', () => {
    const alts = [...bytes.toString('latin1').matchAll(/\/S \/Figure\n\/Alt \(((?:\\.|[^\\)])*)\)/gs)].map(m => pdfString(m[1] ?? ''));
    expect(alts).toEqual(['Harbor & Pike LLP logo', describeChart(memo.charts.cost), describeChart(memo.charts.timeline)]);
    expect(walk(tree).filter(n => n.type === 'Figure')).toHaveLength(3);
  });

  it('marks the running header and footer of every page as pagination artifacts', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const pagination = contentStreams(bytes).map(s => s.split('/Artifact <<\n/Type /Pagination\n>> BDC').length - 1);
    expect(pagination).toEqual(Array.from({ length: pages }, () => 1));
  });

  it('leaves the running header, page numbers and repeated table headers out of the reading order', () => {
    const all = textOf(tree);
    expect(all).not.toMatch(/Page \d+ of \d+/);
    expect(all.split('Harbor & Pike LLP').length - 1).toBeLessThanOrEqual(3);
    expect(all).toContain(memo.sections[0]?.text.split('\n')[0]?.slice(0, 40));
  });
});

describe('a routes table longer than a page', () => {
  it('is read with its header row once, though the header is printed again on each page', async () => {
    const base = snapshotOf(() => undefined);
    const results = evaluate(base.caseFile, PROGRAM_IDS, { asOf: base.asOf, assumptions: base.assumptions, currency: 'USD' });
    const firm = { name: 'Harbor & Pike LLP', address: '', attorneyName: '', barAdmission: '', logo: null, paper: 'letter' as const, disclaimers: DEFAULT_DISCLAIMERS };
    const long = buildMemo({ snapshot: { ...base, programIds: [...PROGRAM_IDS], results }, firm, engagement: 'engaged', date: '2026-11-29', reference: '2026-0002', discussed: PROGRAM_IDS });
    const path = join(dir, 'long.pdf');
    const pdf = await renderMemoPdf(long, FONTS);
    const table = walk(structureOf(pdf, 'long.pdf')).find(n => n.type === 'Table');
    // Printed: the header row on every page the table reaches, which is more than one.
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text.split('\f').filter(page => /Programme\s+Country\s+Status/.test(page)).length).toBeGreaterThan(1);
    expect(table?.children.map(tr => tr.children[0]?.type)).toEqual(['TH', ...long.options.rows.map(() => 'TD')]);
  });
});
