// The CLI dates everything by the clock it is given (the computer's, in `npm run advisor`): case
// numbers, row timestamps, the default assessment date and a memo's date. A clock years away from
// the real one shows any place that reads the computer's clock instead.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openAdvisorAt } from '../../data-folder';
import { fixturePath, tempDir } from '../../fixtures';
import { runCliAt } from './cli-runner';
import { expectOk } from './test-advisor';

// Each command derives the database key, and the memo opens the CJK fonts: slow under load.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const at = (iso: string) => () => new Date(iso);

it('stamps cases, comparisons and memos with the time its clock gives', async () => {
  const imported = await runCliAt(dir, at('2031-02-03T10:00:00Z'), 'import', fixturePath('priya-sharma.case.json'));
  expect(imported.stdout).toContain('Imported Priya Sharma as case 2031-0001.');
  const id = imported.stdout.split('\n').at(-1) ?? '';
  expect((await runCliAt(dir, at('2031-02-03T10:00:00Z'), 'list')).stdout).toContain('2031-02-03');

  // A day later: the comparison saved for the memo is assessed and stamped then, and the memo bears that date.
  const file = join(dir, 'memo.pdf');
  const memo = await runCliAt(dir, at('2031-02-04T15:30:00Z'), 'memo', id, '--out', file);
  expect(memo.code).toBe(0);
  const advisor = openAdvisorAt(dir);
  try {
    const [saved] = await expectOk(advisor, 'snapshots:list', { caseId: id });
    expect(saved).toMatchObject({ asOf: '2031-02-04', createdAt: '2031-02-04T15:30:00.000Z' });
    const [created] = (await expectOk(advisor, 'cases:audit', { id })).filter(e => e.entity === 'case');
    expect(created?.at).toBe('2031-02-03T10:00:00.000Z');
  } finally {
    advisor.close();
  }
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('4 February 2031');

  const compared = await runCliAt(dir, at('2031-02-05T09:00:00Z'), 'compare', '--case', fixturePath('priya-sharma.case.json'), '--programs', 'us-h1b', '--json');
  expect((JSON.parse(compared.stdout) as { asOf: string }).asOf).toBe('2031-02-05');
});
