// `list` a page at a time, long names cut to the column by terminal width, tables of any length
// without spreading rows as arguments, and a closed pipe (`list | head -1`) ending quietly.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAdvisor } from '../../../electron/advisor';
import { clientColumn, CLIENT_COLUMN } from '../../../electron/cli/list';
import { displayWidth, tableLines, truncateToWidth } from '../../../electron/cli/table';
import { TEST_PASSPHRASE, fixturePath, loadFixture, tempDir, testClock } from '../../fixtures';
import { cliOn } from './cli-runner';
import { expectOk } from './test-advisor';

vi.setConfig({ testTimeout: 60_000 });

/** More than three of the contract's 500-row pages, and more than a pipe's 64 KB once listed. */
const CASES = 1600;
const LONG_LATIN = 'Maria Guadalupe Fernández de la Cruz y Hernández-Santos';
const LONG_HAN = '李'.repeat(30);

let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
  try {
    const base = loadFixture('li-wei-minimal.case.json') as { client: Record<string, unknown> };
    const named = (fullName: string) => ({ ...base, client: { ...base.client, fullName } });
    const files = Array.from({ length: CASES - 2 }, (_, i) => named(`Client ${String(i + 1).padStart(4, '0')}`));
    await expectOk(advisor, 'cases:import', { caseFiles: [named(LONG_LATIN), named(LONG_HAN), ...files] });
  } finally {
    advisor.close();
  }
});
afterAll(() => cleanup());

const cli = (argv: string[], columns?: number) => cliOn(() => dir, { columns })(...argv);
/** The data rows of a table (after the header and its rule), without a closing note. */
const rowsOf = (stdout: string) => stdout.split('\n').filter(l => /^\d{4}-\d{4} /.test(l));
const lastLine = (stdout: string) => stdout.split('\n').at(-1);

describe('list pages', () => {
  it('shows 50 rows by default and says how to see the rest', async () => {
    const r = await cli(['list']);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)).toHaveLength(50);
    expect(lastLine(r.stdout)).toBe(`Showing 1–50 of ${String(CASES)}; --offset 50 for the next page, --limit N or --all.`);
  });

  it('takes --limit and --offset across the contract’s 500-row pages, and --all', async () => {
    const sorted = ['--sort', 'reference', '--asc'];
    const wide = await cli(['list', ...sorted, '--limit', '1200', '--offset', '100']);
    const rows = rowsOf(wide.stdout);
    expect(rows).toHaveLength(1200);
    expect(rows[0]).toMatch(/^2026-0101 /);
    expect(rows.at(-1)).toMatch(/^2026-1300 /);
    expect(lastLine(wide.stdout)).toBe(`Showing 101–1300 of ${String(CASES)}; --offset 1300 for the next page, --limit N or --all.`);
    const tail = await cli(['list', ...sorted, '--offset', '1590']);
    expect(rowsOf(tail.stdout).map(r => r.slice(0, 9))).toEqual(Array.from({ length: 10 }, (_, i) => `2026-${String(1591 + i)}`));
    expect(lastLine(tail.stdout)).toBe(`Showing 1591–1600 of ${String(CASES)}.`);
    expect(lastLine((await cli(['list', '--offset', '5000'])).stdout)).toBe(`No rows after the first 5000; there are ${String(CASES)}.`);
    const all = await cli(['list', '--all']);
    expect(rowsOf(all.stdout)).toHaveLength(CASES);
    expect(lastLine(all.stdout)).toMatch(/^2026-\d{4} /);
  });

  it('gives JSON whole unless --limit is given, so a script never gets a silently short list', async () => {
    expect(JSON.parse((await cli(['list', '--json'])).stdout)).toHaveLength(CASES);
    expect(JSON.parse((await cli(['list', '--json', '--limit', '3'])).stdout)).toHaveLength(3);
  });

  it('refuses a bad --limit or --offset naming it (exit 2)', async () => {
    expect(await cli(['list', '--limit', '0'])).toMatchObject({ code: 2, stderr: '--limit: expected a whole number of at least 1, got "0".' });
    expect(await cli(['list', '--limit', 'ten'])).toMatchObject({ code: 2, stderr: '--limit: expected a whole number of at least 1, got "ten".' });
    expect(await cli(['list', '--offset', '-3'])).toMatchObject({ code: 2 });
    expect(await cli(['list', '--all', '--limit', '3'])).toMatchObject({ code: 2, stderr: '--all and --limit: give one or the other.' });
  });
});

describe('column widths', () => {
  it('cuts long names to the column by terminal columns, with an ellipsis; --json keeps them whole', async () => {
    const r = await cli(['list', '--query', 'Guadalupe']);
    const row = rowsOf(r.stdout)[0] ?? '';
    const client = truncateToWidth(LONG_LATIN, CLIENT_COLUMN);
    expect(client).toBe('Maria Guadalupe Fernández de la Cruz y …');
    expect(row).toContain(`  ${client}  intake`);
    expect(JSON.parse((await cli(['list', '--query', 'Guadalupe', '--json'])).stdout)).toMatchObject([{ clientName: LONG_LATIN }]);

    // On a 100-column terminal the table fits it: the client column gets what the others leave.
    const narrow = await cli(['list', '--query', '李李李'], 100);
    const cut = truncateToWidth(LONG_HAN, clientColumn(100));
    expect(displayWidth(cut)).toBeLessThanOrEqual(clientColumn(100));
    expect(rowsOf(narrow.stdout)[0]).toContain(`  ${cut}  `);
    expect(narrow.stdout.split('\n').every(l => displayWidth(l) <= 100)).toBe(true);
    expect(clientColumn(40)).toBe(16);
  });

  it('cuts between whole characters: a wide character or a letter with its marks is never split', () => {
    expect(truncateToWidth('李伟李伟', 5)).toBe('李伟…');
    expect(truncateToWidth('प्रिया शर्मा', 4)).toBe('प्रि…');
    expect(truncateToWidth('short', 10)).toBe('short');
  });

  it('measures a table of 200,000 rows without spreading them as arguments', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), i % 7 === 0 ? LONG_LATIN : 'Li Wei']);
    // The size matters: spread as arguments, a column this long overflows the stack.
    expect(() => Math.max(...rows.map(r => r[1]?.length ?? 0))).toThrow(RangeError);
    const lines = tableLines(['N', 'Client'], rows, [undefined, 20]);
    expect(lines).toHaveLength(200_002);
    expect(lines[0]).toBe(`N${' '.repeat(5)}  Client`);
    expect(lines[2]).toBe(`0${' '.repeat(5)}  Maria Guadalupe Fer…`);
  });
});

describe('a closed pipe', () => {
  /** The real CLI, its stdout piped into `head -1`; pipefail makes the status the CLI's own. */
  const piped = (...args: string[]) =>
    spawnSync('bash', ['-c', 'set -o pipefail; node_modules/.bin/tsx electron/cli.ts "$@" | head -1', 'advisor', ...args], {
      env: { ...process.env, ADVISOR_DATA_DIR: dir, ADVISOR_PASSPHRASE: TEST_PASSPHRASE },
      encoding: 'utf8',
    });

  // Real processes, each starting tsx: seconds on a busy machine.
  it('ends quietly with exit 0 when the reader stops early (list --all | head -1), with no stack trace', () => {
    const list = piped('list', '--all');
    expect(list.stderr).toBe('');
    expect(list.stdout).toMatch(/^Reference\s+Client\s+Status/);
    expect(list.status).toBe(0);
    // Far more than a pipe holds, and no database: compare's JSON.
    const compared = piped('compare', '--case', fixturePath('li-wei-minimal.case.json'), '--json');
    expect(compared).toMatchObject({ status: 0, stdout: '{\n', stderr: '' });
  });
});
