// `advisor memo CASE_ID --out FILE.pdf|FILE.docx`: the memo from the latest saved comparison, or from a new
// one saved first; the firm's letterhead; an atomic write; exit 2 for bad input.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import { memoProgramIds } from '../../../electron/cli/memo';
import { CaseFile } from '../../../shared/case-file';
import { openAdvisorAt } from '../../data-folder';
import { fixturePath, loadFixture, tempDir } from '../../fixtures';
import { runCliIn } from './cli-runner';
import { expectOk } from './test-advisor';

// Each command derives the database key, and the first memo opens the CJK fonts (seconds when cold):
// under load a test takes longer than vitest's default 5 s.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let cleanup: () => void;
let out: string;
let cleanOut: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  ({ dir: out, cleanup: cleanOut } = tempDir('advisor-memo-out-'));
});
afterEach(() => {
  cleanup();
  cleanOut();
});

const cli = (...argv: string[]) => runCliIn(dir, ...argv);
/** Imports a fixture through the CLI and returns the new case id (the last line). */
async function importCase(fixture: string): Promise<string> {
  const r = await cli('import', fixturePath(fixture));
  expect(r.code).toBe(0);
  return r.stdout.split('\n').at(-1) ?? '';
}
/** Opens the same data folder directly, on the same clock, for what the CLI cannot show. */
async function withAdvisor<T>(work: (a: Advisor) => Promise<T>): Promise<T> {
  const advisor = openAdvisorAt(dir, { actor: () => 'attorney.ann' });
  try {
    return await work(advisor);
  } finally {
    advisor.close();
  }
}
const text = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
const pageSize = (pdf: string) => /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];

describe('advisor memo', () => {
  it('saves a comparison of the default programmes when the case has none, and writes the memo', async () => {
    const id = await importCase('priya-sharma.case.json');
    const file = join(out, 'memo.pdf');
    const r = await cli('memo', id, '--out', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote the memo for Priya Sharma, case \d{4}-\d{4}, to .*memo\.pdf \(\d+ KB\), from a new comparison saved now/);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Only the PDF: the temporary file was renamed into place.
    expect(readdirSync(out)).toEqual(['memo.pdf']);
    const saved = await withAdvisor(a => expectOk(a, 'snapshots:list', { caseId: id }));
    expect(saved).toHaveLength(1);
    // Priya targets US, CN, CA and DE: their routes, which include us-h1b and cn-k.
    expect(saved[0]?.programIds).toEqual(['us-h1b', 'us-o1a', 'us-l1', 'us-eb2-niw', 'us-eb1a', 'cn-k', 'cn-r', 'cn-z', 'ca-express-entry', 'ca-global-talent-stream', 'de-blue-card', 'de-opportunity-card']);
    expect(saved[0]?.asOf).toBe('2026-11-29');
    const printed = text(file);
    expect(printed).toContain('Immigration options for Priya Sharma');
    expect(printed).toContain('प्रिया शर्मा');
    expect(printed).toContain('Page 1 of');
  });

  it('compares only us-h1b and cn-k for a client with no target countries', async () => {
    expect(memoProgramIds(CaseFile.parse(loadFixture('li-wei-minimal.case.json')))).toEqual(['us-h1b', 'cn-k']);
    const id = await importCase('li-wei-minimal.case.json');
    expect((await cli('memo', id, '--out', join(out, 'li.pdf'))).code).toBe(0);
    const saved = await withAdvisor(a => expectOk(a, 'snapshots:list', { caseId: id }));
    expect(saved.map(s => s.programIds)).toEqual([['us-h1b', 'cn-k']]);
    expect(text(join(out, 'li.pdf'))).toContain('李伟');
  });

  it('uses the latest saved comparison, or the one named, without saving another', async () => {
    const id = await importCase('priya-sharma.case.json');
    const [older, newer] = await withAdvisor(async a => {
      const caseFile = (await expectOk(a, 'cases:get', { id })).caseFile;
      const save = (programIds: string[]) => expectOk(a, 'snapshots:save', { caseId: id, caseFile, programIds, asOf: '2026-11-01', recommendation: { programId: null, rationale: '' } });
      return [await save(['de-blue-card']), await save(['ca-express-entry'])];
    });
    const latest = await cli('memo', id, '--out', join(out, 'latest.pdf'));
    expect(latest.stdout).toContain(`from the comparison saved 2026-11-29 (${newer.id})`);
    expect(text(join(out, 'latest.pdf'))).toContain('Express Entry');
    const named = await cli('memo', id, '--out', join(out, 'named.pdf'), '--snapshot', older.id);
    expect(named.code).toBe(0);
    expect(text(join(out, 'named.pdf'))).toContain('EU Blue Card');
    expect(await withAdvisor(a => expectOk(a, 'snapshots:list', { caseId: id }))).toHaveLength(2);
  });

  it('prints the firm’s letterhead from firm:get, on the firm’s paper unless --paper says otherwise', async () => {
    const id = await importCase('priya-sharma.case.json');
    await withAdvisor(async a => {
      const firm = await expectOk(a, 'firm:get', {});
      await expectOk(a, 'firm:set', { ...Object.fromEntries(Object.entries(firm).filter(([k]) => k !== 'logo')), name: 'Harbor & Pike LLP', attorneyName: 'Ann Attorney', paper: 'letter' });
    });
    await cli('memo', id, '--out', join(out, 'letter.pdf'), '--engagement', 'engaged');
    const printed = text(join(out, 'letter.pdf'));
    expect(printed).toContain('Harbor & Pike LLP');
    expect(printed).toContain('Ann Attorney, Harbor & Pike LLP');
    expect(printed.replace(/\s+/g, ' ')).toContain('for the matter named above only');
    expect(pageSize(join(out, 'letter.pdf'))).toBe('612 x 792 pts (letter)');
    await cli('memo', id, '--out', join(out, 'a4.pdf'), '--paper', 'a4');
    expect(pageSize(join(out, 'a4.pdf'))).toBe('595.28 x 841.89 pts (A4)');
  });

  it('writes Word for --out FILE.docx and PDF for FILE.pdf, and refuses another extension naming --out', async () => {
    const id = await importCase('priya-sharma.case.json');
    const word = join(out, 'memo.DOCX');
    const r = await cli('memo', id, '--out', word);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote the memo as a Word document for Priya Sharma, case \d{4}-\d{4}, to .*memo\.DOCX/);
    // A .docx is a zip whose document part holds the memo.
    expect(readFileSync(word).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(execFileSync('unzip', ['-p', word, 'word/document.xml'], { encoding: 'utf8' })).toContain('Immigration options for Priya Sharma');
    expect((await cli('memo', id, '--out', join(out, 'memo.pdf'))).code).toBe(0);
    expect(readFileSync(join(out, 'memo.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const [name, got] of [['memo.txt', 'a .txt file'], ['memo', 'a name with no extension']] as const) {
      const bad = await cli('memo', id, '--out', join(out, name));
      expect(bad.code, name).toBe(2);
      expect(bad.stderr).toContain(`--out: expected a file ending in .pdf (PDF) or .docx (Word), got ${got}.`);
    }
    expect(readdirSync(out).sort()).toEqual(['memo.DOCX', 'memo.pdf']);
  });

  it('exits 2 naming the problem for bad input, and writes nothing', async () => {
    const id = await importCase('priya-sharma.case.json');
    const other = await importCase('li-wei-minimal.case.json');
    await cli('memo', other, '--out', join(out, 'other.pdf'));
    const otherSnapshot = (await withAdvisor(a => expectOk(a, 'snapshots:list', { caseId: other })))[0]?.id ?? '';
    const file = join(out, 'bad.pdf');
    const cases: [string[], RegExp][] = [
      [['memo', '--out', file], /memo needs CASE/],
      [['memo', id], /memo needs --out FILE\.pdf/],
      [['memo', id, '--out', file, '--paper', 'a5'], /--paper: expected a4 or letter, got "a5"/],
      [['memo', id, '--out', file, '--engagement', 'retained'], /--engagement: expected pre-engagement or engaged/],
      [['memo', id, '--out', join(out, 'missing', 'x.pdf')], /--out: the folder .*missing does not exist/],
      [['memo', 'not-a-case', '--out', file], /There is no case "not-a-case"/],
      [['memo', '00000000-0000-4000-8000-000000000000', '--out', file], /There is no case "00000000-0000-4000-8000-000000000000"/],
      [['memo', id, '--out', file, '--snapshot', 'no-such-snapshot'], /no saved comparison with id no-such-snapshot/],
      [['memo', id, '--out', file, '--snapshot', otherSnapshot], /belongs to another case/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(file)).toBe(false);
  });
});
