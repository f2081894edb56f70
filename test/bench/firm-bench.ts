/**
 * The case database at a firm's scale, for `npm run bench`: a seeded firm of 10,000 clients,
 * 30,000 cases and 100,000 audit rows (seed-firm.ts), opened with the passphrase as the app opens
 * it, then searched, conflict-checked, backed up and imported into. Prints figures, never fails on
 * them.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Advisor } from '../../electron/advisor';
import { backupTo } from '../../electron/backup/backup-file';
import { PAGE_SIZE } from '../../renderer/features/cases/use-case-pages';
import { openAdvisorAt, openDatabaseAt } from '../data-folder';
import { TEST_PASSPHRASE, testClock } from '../fixtures';
import { generateCases } from './generated-cases';
import { FIRM, seedFirm } from './seed-firm';
import { benchAffected } from './affected-bench';

type Out = (line: string) => void;

const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(3)} ms`;
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The data folder's size on disk: the database and any WAL or shared-memory file beside it. */
function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** Milliseconds of CPU (user and system) this process used since `start`. */
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** The last call's CPU milliseconds: on a shared, loaded machine the wall clock also counts waiting for a core. */
let lastCpu = 0;

/** Dispatches and returns the elapsed milliseconds (CPU in `lastCpu`), failing loudly on an error. */
async function timed(advisor: Advisor, method: string, input: unknown): Promise<number> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await advisor.dispatch(method, input);
  const elapsed = since(start);
  lastCpu = cpuSince(cpu);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return elapsed;
}

/**
 * Opening the firm as the app does on unlock (key derivation, schema check, search-index check)
 * until the case list's first page is in hand. The first open in the process also prepares the
 * statements; the median is of the opens after it.
 */
async function openToFirstList(dir: string, out: Out): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = process.hrtime.bigint();
    const advisor = openAdvisorAt(dir);
    const page = await advisor.dispatch('cases:list', { limit: PAGE_SIZE });
    times.push(since(start));
    advisor.close();
    if (!page.ok) throw new Error(`cases:list failed: ${page.error.message}`);
  }
  out(
    `open with the passphrase to the first list page (${String(PAGE_SIZE)} rows): first ${ms(times[0])}, then median ${ms(quantile(times.slice(1), 0.5))}`,
  );
}

/** The list's searches and sorts: names in every script, employers, notes, filters, deep pages. */
const SEARCHES: [string, Record<string, unknown>][] = [
  ['Latin name "priya"', { query: 'priya' }],
  ['Latin name "wei li" (2 words, one short)', { query: 'wei li' }],
  ['Latin spelling of a Devanagari name "sharma"', { query: 'sharma' }],
  ['Chinese 2-char "李伟"', { query: '李伟' }],
  ['Devanagari "शर्मा"', { query: 'शर्मा' }],
  ['accent-free "jose garcia"', { query: 'jose garcia' }],
  ['employer "globex"', { query: 'globex' }],
  ['notes "seminar"', { query: 'seminar' }],
  ['"patel", status advised', { query: 'patel', status: 'advised' }],
  ['no query, sorted by client', { sort: 'client', direction: 'asc' }],
  ['no query, newest first', {}],
  ['no query, by matter number', { sort: 'reference' }],
  ['no query, by status', { sort: 'status' }],
  ['no query, page at row 20,000', { offset: 20_000 }],
];

/** Median and p95 of wall and CPU milliseconds, with the number of runs. */
const figures = (xs: readonly number[], cpu: readonly number[]) =>
  `${ms(quantile(xs, 0.5)).padEnd(12)}${ms(quantile(xs, 0.95)).padEnd(12)}${ms(quantile(cpu, 0.5)).padEnd(12)}${ms(quantile(cpu, 0.95)).padEnd(12)}${String(xs.length).padEnd(7)}`;

async function searches(advisor: Advisor, out: Out): Promise<void> {
  const row = (name: string, xs: readonly number[], cpu: readonly number[], target: string) =>
    out(`${name.padEnd(50)}${figures(xs, cpu)}${target}`);
  const all: number[] = [];
  const allCpu: number[] = [];
  const per = new Map<string, number[]>(SEARCHES.map(([name]) => [name, []]));
  const perCpu = new Map<string, number[]>(SEARCHES.map(([name]) => [name, []]));
  for (const [, input] of SEARCHES) await timed(advisor, 'cases:list', input); // warm the statement cache
  for (let i = 0; i < 40; i++) {
    for (const [name, input] of SEARCHES) {
      const t = await timed(advisor, 'cases:list', { limit: PAGE_SIZE, ...input });
      per.get(name)?.push(t);
      perCpu.get(name)?.push(lastCpu);
      all.push(t);
      allCpu.push(lastCpu);
    }
  }
  out('');
  out(
    `cases:list at the dispatcher, page of ${String(PAGE_SIZE)}                 median      p95         CPU median  CPU p95     runs   target`,
  );
  for (const [name, xs] of per) row(`  ${name}`, xs, perCpu.get(name) ?? [], '');
  row('  all queries', all, allCpu, 'p95 < 10 ms');
}

async function conflictChecks(advisor: Advisor, out: Out): Promise<void> {
  const cpu = new Map<readonly number[], number[]>();
  const row = (name: string, xs: readonly number[]) =>
    out(`${name.padEnd(50)}${figures(xs, cpu.get(xs) ?? [])}`);
  /** Times one check into `xs`, its CPU beside it. */
  const check = async (xs: number[], input: unknown) => {
    xs.push(await timed(advisor, 'conflicts:check', input));
    let c = cpu.get(xs);
    if (!c) cpu.set(xs, (c = []));
    c.push(lastCpu);
  };
  const cold: number[] = [];
  await check(cold, { fullName: 'Priya Sharma', dateOfBirth: '1990-04-12' });
  const queries = [
    { fullName: 'Priya Sharma', dateOfBirth: '1990-04-12' },
    { fullName: 'Li Wei', otherNames: ['李伟'] },
    { fullName: 'अर्जुन पटेल' },
    { fullName: 'Maria Gonzalez' },
  ];
  const names: number[] = [];
  for (let i = 0; i < 5; i++) for (const q of queries) await check(names, q);
  // A new employer each time, so none of its comparisons is remembered from an earlier check.
  const employers: number[] = [];
  for (let i = 0; i < 10; i++)
    await check(employers, { fullName: 'Priya Sharma', employers: [`Globex Corp ${String(i)}`] });
  const again: number[] = [];
  for (let i = 0; i < 10; i++)
    await check(again, { fullName: 'Priya Sharma', employers: ['Globex Corp 0'] });
  out('');
  out(
    `conflicts:check                                   median      p95         CPU median  CPU p95     runs`,
  );
  row('  first call after opening', cold);
  row('  names (cached), no employer', names);
  row('  plus an employer not checked before', employers);
  row('  plus an employer checked before', again);
}

/** An online, encrypted backup of the whole firm with the app's backupTo, as `backup --out` makes. */
async function measureBackup(dir: string, out: Out): Promise<void> {
  const db = openDatabaseAt(dir);
  const dest = join(dir, '..', 'firm-backup.sqlite');
  try {
    const start = process.hrtime.bigint();
    const { bytes } = await backupTo(db, TEST_PASSPHRASE, dest, testClock());
    out(
      `backup (online backup API, encrypted): ${(since(start) / 1000).toFixed(2)} s, ${mb(bytes)}`,
    );
  } finally {
    db.close();
    rmSync(dest, { force: true });
  }
}

/** cases:import of a 10,000-case batch into the firm: one transaction, as the app imports a file. */
async function importThroughput(advisor: Advisor, out: Out): Promise<void> {
  const n = 10_000;
  const caseFiles = generateCases(n);
  const elapsed = await timed(advisor, 'cases:import', { caseFiles });
  const rate = (msTaken: number) => Math.round(n / (msTaken / 1000)).toLocaleString('en');
  out(
    `cases:import of ${n.toLocaleString('en')} more cases into the firm: ${(elapsed / 1000).toFixed(2)} s, ${rate(elapsed)} cases/s; CPU ${(lastCpu / 1000).toFixed(2)} s, ${rate(lastCpu)} cases/s (target > 2,000 cases/s)`,
  );
}

/** Seeds the firm in a temp folder, prints every figure, and removes the folder. */
export async function benchFirm(out: Out): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'advisor-bench-'));
  const dir = join(root, 'data');
  try {
    const firm = seedFirm(dir);
    const { clients, cases, auditRows } = FIRM;
    out('');
    out(
      `seeded firm: ${clients.toLocaleString('en')} clients, ${cases.toLocaleString('en')} cases, ${auditRows.toLocaleString('en')} audit rows in ${(firm.ms / 1000).toFixed(1)} s`,
    );
    out(`database size on disk: ${mb(folderBytes(dir))} (advisor.sqlite, encrypted)`);
    await openToFirstList(dir, out);
    await measureBackup(dir, out);
    const advisor = openAdvisorAt(dir);
    try {
      await searches(advisor, out);
      await conflictChecks(advisor, out);
      out('');
      await importThroughput(advisor, out);
    } finally {
      advisor.close();
    }
    await benchAffected(dir, out);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
