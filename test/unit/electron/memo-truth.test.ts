// The memo says only true things, and reads as a firm's memo. Memos are rendered from case files
// with many unknowns (Li Wei's minimal file, and Priya's with facts taken out) and read back with
// pdftotext: an unknown never prints as none, zero or "no", and no internal id, field path,
// assumption key or catalogue version reaches the page. A four-route memo's body (up to the
// signature) fits five US Letter pages, with the bottom line on page 1 and no page left with a few
// lines or a heading at its foot.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { CaseFile } from '../../../shared/case-file';
import type { Snapshot } from '../../../shared/contract';
import { buildMemo, type Firm, type MemoDocument } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { formatDate } from '../../../shared/memo/format';
import { ASSUMPTIONS, resolveAssumptions } from '../../../shared/programs/assumptions';
import { PROGRAM_IDS, RULES_VERSION } from '../../../shared/programs/index';
import { evaluate } from '../../../shared/rules/evaluate';
import { loadFixture, tempDir } from '../../fixtures';

// Laying out a PDF is CPU-bound: on a busy two-core CI machine one memo can take several seconds.
// The limit only stops a hung test; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 60_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');
const AS_OF = '2026-11-29';
const FIRM: Firm = {
  name: 'Harbor & Pike LLP',
  address: '100 Main Street\nBoston, MA 02110',
  attorneyName: 'Ann Attorney',
  barAdmission: 'Admitted in Massachusetts',
  logo: null,
  paper: 'letter',
  disclaimers: DEFAULT_DISCLAIMERS,
};
const PRIYA_IDS = ['us-h1b', 'cn-k', 'ca-express-entry', 'de-opportunity-card'];

type Raw = Record<string, unknown> & { client: Record<string, unknown>; education?: Record<string, unknown>[]; jobOffer?: Record<string, unknown> | null };

/** A saved comparison of a fixture after `edit`, parsed as the app would store it. */
function snapshotOf(fixture: string, programIds: readonly string[], edit: (raw: Raw) => void = () => undefined, over: Partial<Snapshot> = {}): Snapshot {
  const raw = loadFixture(fixture) as Raw;
  edit(raw);
  const caseFile = CaseFile.parse(raw);
  const assumptions = resolveAssumptions({}, AS_OF);
  return {
    id: 'snap-1', caseId: '00000000-0000-4000-8000-000000000001', createdAt: '2026-11-28T10:00:00.000Z', actor: 'attorney.ann',
    rulesVersion: RULES_VERSION, asOf: AS_OF, currency: 'USD', programIds: [...programIds], assumptions,
    recommendation: { programId: null, rationale: '' }, whatIf: [], stale: false, staleChanges: [], olderVersion: null, ranks: null, caseFile,
    results: evaluate(caseFile, programIds, { asOf: AS_OF, assumptions, currency: 'USD' }),
    ...over,
  };
}

const memoOf = (snapshot: Snapshot, over: Partial<Parameters<typeof buildMemo>[0]> = {}): MemoDocument =>
  buildMemo({ snapshot, firm: FIRM, engagement: 'pre-engagement', date: AS_OF, reference: '2026-0002', ...over });

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('advisor-memo-truth-')));
afterAll(() => cleanup());

/** The PDF's text, page by page, as pdftotext reads it (with -layout for line-based checks). */
async function pages(memo: MemoDocument, name: string, layout = false): Promise<string[]> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await renderMemoPdf(memo, FONTS));
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** All the text, on one line: URLs left out (a source's address may hold anything). */
const flat = (ps: readonly string[]) => ps.join(' ').replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What must never print: ids, keys, versions, field paths, and unknowns written as none or zero. */
const FORBIDDEN: [string, RegExp][] = [
  ...PROGRAM_IDS.map((id): [string, RegExp] => [`programme id ${id}`, new RegExp(`(^|[^\\w/-])${escape(id)}($|[^\\w-])`)]),
  ...ASSUMPTIONS.map((a): [string, RegExp] => [`assumption key ${a.key}`, new RegExp(escape(a.key))]),
  ['catalogue version', /catalogue \d/i],
  ['rules version', new RegExp(escape(RULES_VERSION))],
  ['field path with an index', /\b[a-zA-Z]+\[\d+\]/],
  ['dotted field path', /\b[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*\b/],
  ['camelCase field name', /\b(?:jobOffer|usWageLevel|dateOfBirth|maritalStatus|credentialAssessed|capCounted|currentStatus|targetCountries|otherNames|h1bHistory)\b/],
  ['entry named by its index', /\b(?:Education|Work|Languages|Children) \d+ ·/],
  ['"Education 0"', /Education 0/],
  ['zero children', /\b0 children\b/],
  ['count of zero eligible', /\b(?:eligible for )?0 of the \d+/],
  ['"no lottery or draw applies"', /No lottery or draw applies/i],
];

function forbidden(text: string): string[] {
  return FORBIDDEN.filter(([, re]) => re.test(text)).map(([name, re]) => `${name}: …${text.slice(Math.max(0, (re.exec(text)?.index ?? 0) - 40), (re.exec(text)?.index ?? 0) + 60)}…`);
}

describe('the memo says only true things about what is unknown', () => {
  // Every route analysed (discussed by choice), so every sentence the analysis can write is read.
  const cases: [string, Snapshot][] = [
    ['li-wei-minimal, default routes', snapshotOf('li-wei-minimal.case.json', ['us-h1b', 'cn-k'])],
    ['li-wei-minimal, every route', snapshotOf('li-wei-minimal.case.json', PROGRAM_IDS)],
    [
      'li-wei with a US offer of unknown wage level, no spouse or children recorded',
      snapshotOf('li-wei-minimal.case.json', ['us-h1b', 'cn-k', 'ca-express-entry', 'us-eb1a'], raw => {
        delete raw.spouse;
        raw.jobOffer = { employer: 'Acme', country: 'US', employerSize: 'large' };
        raw.education = [{ level: 'master', field: 'Physics', country: 'CN', completed: null }];
      }),
    ],
    [
      'priya abroad, wage level, children and a completion date not recorded',
      snapshotOf('priya-sharma.case.json', PRIYA_IDS, raw => {
        raw.client.residenceCountry = 'IN';
        raw.client.currentStatus = { country: 'IN', type: 'none' };
        if (raw.jobOffer) delete raw.jobOffer.usWageLevel;
        delete raw.children;
        const first = raw.education?.[0];
        if (first) first.completed = null;
      }),
    ],
  ];

  it.each(cases)('%s: no unknown as none, no internal id', async (name, snapshot) => {
    const memo = memoOf(snapshot, { discussed: snapshot.programIds });
    const text = flat(await pages(memo, name.replace(/\W+/g, '-')));
    expect(forbidden(text)).toEqual([]);
    // The rules' date, in words.
    expect(text).toContain(`rules as of ${formatDate(RULES_VERSION.slice(0, 10))}`);
  }, 60_000);

  it('says the odds are unknown and names the fact they wait on', async () => {
    const [, snapshot] = cases[3] ?? [];
    if (!snapshot) throw new Error('no case');
    const text = flat(await pages(memoOf(snapshot), 'odds'));
    expect(text).toMatch(/ODDS OF SELECTION Unknown\. The offer's US wage level is not recorded/);
    expect(text).toContain('Needs: Job offer: US wage level.');
    // The table's H-1B row ends in "Unknown" odds, never "No lottery".
    expect(text).toMatch(/H-1B specialty occupation United States Likely eligible — 1 question for you — \S+ USD \S+ USD[^%]*? Unknown K visa/);
  }, 60_000);

  it('says children and a spouse not recorded are not recorded, and a completion date unknown', async () => {
    const [, snapshot] = cases[2] ?? [];
    if (!snapshot) throw new Error('no case');
    const text = flat(await pages(memoOf(snapshot, { discussed: snapshot.programIds }), 'family'));
    expect(text).toContain('Accompanying, per the case file: a spouse or partner not recorded; children not recorded.');
    expect(text).not.toMatch(/no spouse|no children/i);
    expect(text).toContain('completion date unknown');
    const priya = flat(await pages(memoOf(cases[3]?.[1] ?? snapshot), 'priya-family'));
    expect(priya).toContain('Accompanying, per the case file: the spouse; children not recorded.');
  }, 60_000);

  it('with every route set aside, says none is open rather than counting zeros', async () => {
    const [, snapshot] = cases[0] ?? [];
    if (!snapshot) throw new Error('no case');
    const text = flat(await pages(memoOf(snapshot), 'none-open'));
    expect(text).toContain('On the facts recorded, none of the routes compared is open to the client.');
    expect(text).toContain('Routes considered and set aside');
    expect(text).not.toContain('Routes discussed');
  }, 60_000);
});

/** The lines of a page without the running header and footer. */
function bodyLines(page: string): string[] {
  const lines = page.split('\n').filter(l => l.trim());
  return lines.filter(l => !/Page \d+ of \d+/.test(l) && !/^Harbor & Pike LLP\s+Priya Sharma/.test(l));
}

describe('a four-route memo reads as a firm’s memo', () => {
  const recommended = snapshotOf('priya-sharma.case.json', PRIYA_IDS, undefined, { recommendation: { programId: 'ca-express-entry', rationale: 'Permanent residence for the whole family.' } });

  it.each([
    ['recommended', recommended],
    ['no recommendation', snapshotOf('priya-sharma.case.json', PRIYA_IDS)],
  ])('%s: the bottom line on page 1, the body in at most five Letter pages, no short or broken page', async (label, snapshot) => {
    // All four discussed, as the attorney would choose.
    const memo = memoOf(snapshot, { discussed: PRIYA_IDS });
    expect(memo.analysis).toHaveLength(4);
    const ps = await pages(memo, `four-${label.replace(/\W+/g, '-')}`, true);
    const first = ps[0] ?? '';
    expect(first).toMatch(/MEMORANDUM/);
    expect(first).toMatch(/TO\s+Priya Sharma/);
    expect(first).toMatch(/1\. Bottom line/);
    expect(first).toMatch(label === 'recommended' ? /We recommend Express Entry \(Canada\)/ : /No route has been chosen as the recommended one yet/);
    expect(first).toMatch(label === 'recommended' ? /The runner-up is/ : /the route that fits best is/);
    expect(first).toMatch(/What would change this advice/);

    // The appendices start on a page of their own after the signature: the body is what precedes them.
    const appendix = ps.findIndex(p => /Appendix A\. Facts relied on/.test(p));
    expect(appendix).toBeGreaterThan(0);
    expect(appendix).toBeLessThanOrEqual(5);
    const lastBody = ps[appendix - 1] ?? '';
    expect(lastBody).toMatch(/Important notice/);
    expect(lastBody).toMatch(/Ann Attorney\s*\n\s*Harbor & Pike LLP/);

    ps.forEach((p, i) => {
      const lines = bodyLines(p);
      // No page but the very last carries only a few lines.
      if (i < ps.length - 1) expect(lines.length, `page ${String(i + 1)}`).toBeGreaterThanOrEqual(12);
      // No page ends on a heading: headings keep with their text.
      expect(lines.at(-1) ?? '', `page ${String(i + 1)}`).not.toMatch(/^\s*(\d\.(\d )?|Appendix [A-C]\.)\s*\S/);
    });
  }, 60_000);
});
