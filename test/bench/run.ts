/**
 * `npm run bench`: prints performance figures. Never pass/fail: targets are printed beside the
 * measurements for a person to read.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { openAdvisor } from '../../electron/advisor';
import { renderMemoPdf } from '../../electron/reports/memo-pdf';
import { CaseFile } from '../../shared/case-file';
import { buildMemo } from '../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import { resolveAssumptions } from '../../shared/programs/assumptions';
import { PROGRAM_IDS, RULES_VERSION } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';
import { whatIfRender } from './compare-render';

const out = (line: string) => process.stdout.write(`${line}\n`);
const priya = CaseFile.parse(JSON.parse(readFileSync(new URL('../fixtures/priya-sharma.case.json', import.meta.url), 'utf8')));

// ---------------------------------------------------------------- the engine and the comparison screen
const bench = new Bench({ time: 2000, warmupTime: 500 });
bench.add('evaluate all 24 programmes for one case', () => {
  evaluate(priya, PROGRAM_IDS, { asOf: '2026-11-29' });
});
let flip = false;
bench.add('what-if to matrix re-rendered, 24 programmes', () => {
  flip = !flip;
  whatIfRender(priya, flip);
});
await bench.run();
const TARGETS: Record<string, string> = {
  'evaluate all 24 programmes for one case': '< 1 ms median',
  'what-if to matrix re-rendered, 24 programmes': '< 50 ms median',
};

const ms = (ns: number | undefined) => (ns === undefined ? 'n/a' : `${ns.toFixed(3)} ms`);
out('Benchmark                                       median      p99         runs   target');
for (const task of bench.tasks) {
  const r = task.result;
  const latency = 'latency' in r ? r.latency : undefined;
  out(
    `${task.name.padEnd(48)}${ms(latency?.p50).padEnd(12)}${ms(latency?.p99).padEnd(12)}${String(latency?.samplesCount ?? 0).padEnd(7)}${TARGETS[task.name] ?? ''}`,
  );
}

// ---------------------------------------------------------------- the advisory memo
// Priya, named also in Devanagari and Chinese, compared on three routes: a memo of about ten pages
// that needs the Latin, Devanagari and Chinese fonts. The first render opens the fonts (about a
// second, once per process); the median is of the renders after it.
{
  const caseFile = CaseFile.parse({ ...priya, client: { ...priya.client, otherNames: ['प्रिया शर्मा', '李伟'] } });
  const programIds = ['us-h1b', 'cn-k', 'de-blue-card'];
  const assumptions = resolveAssumptions();
  const memo = buildMemo({
    snapshot: {
      id: 'bench', caseId: 'bench', createdAt: '2026-11-29T12:00:00.000Z', actor: 'bench', rulesVersion: RULES_VERSION, asOf: '2026-11-29',
      currency: 'USD', programIds, assumptions, recommendation: { programId: 'cn-k', rationale: 'Fastest start.' }, whatIf: [],
      stale: false, staleChanges: [], caseFile, results: evaluate(caseFile, programIds, { asOf: '2026-11-29', assumptions, currency: 'USD' }),
    },
    firm: { name: 'Harbor & Pike LLP', address: '100 Main Street\nBoston, MA 02110', attorneyName: 'Ann Attorney', barAdmission: 'Massachusetts', logo: null, paper: 'a4', disclaimers: DEFAULT_DISCLAIMERS },
    engagement: 'engaged',
    date: '2026-11-29',
    reference: '2026-0001',
  });
  const fonts = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));
  const first = process.hrtime.bigint();
  let pdf = await renderMemoPdf(memo, fonts);
  const cold = Number(process.hrtime.bigint() - first) / 1e6;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = process.hrtime.bigint();
    pdf = await renderMemoPdf(memo, fonts);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const sorted = [...times].sort((x, y) => x - y);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  out('');
  out(`advisory memo PDF, ${String(pages)} pages, CJK and Devanagari names     median      p95         runs   target`);
  out(`  render (buildMemo done, pdfkit)             ${ms(sorted[Math.floor(sorted.length / 2)]).padEnd(12)}${ms(sorted[Math.floor(sorted.length * 0.95)]).padEnd(12)}${String(times.length).padEnd(7)}< 200 ms median`);
  out(`  first render in the process (opens fonts)   ${ms(cold)}`);
  out(`  file size                                   ${(pdf.length / 1024).toFixed(0)} KB (target < 1 MB, fonts subset)`);
}

// ---------------------------------------------------------------- generated cases
// Deterministic, schema-valid case files: clients from India, China and elsewhere, many with their
// names also in Devanagari or Chinese characters, spouses, employers from a shared pool (so an
// employer search finds hundreds) and short notes.

/** mulberry32: a small seeded generator, so every run benchmarks the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDIAN_GIVEN: [string, string][] = [
  ['Priya', 'प्रिया'], ['Rahul', 'राहुल'], ['Anjali', 'अंजलि'], ['Amit', 'अमित'], ['Neha', 'नेहा'],
  ['Vikram', 'विक्रम'], ['Sunita', 'सुनीता'], ['Arjun', 'अर्जुन'], ['Kavita', 'कविता'], ['Rohan', 'रोहन'],
];
const INDIAN_FAMILY: [string, string][] = [
  ['Sharma', 'शर्मा'], ['Patel', 'पटेल'], ['Singh', 'सिंह'], ['Gupta', 'गुप्ता'], ['Kumar', 'कुमार'], ['Verma', 'वर्मा'],
];
const CHINESE_FAMILY: [string, string][] = [['Li', '李'], ['Wang', '王'], ['Zhang', '张'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨']];
const CHINESE_GIVEN: [string, string][] = [
  ['Wei', '伟'], ['Fang', '芳'], ['Na', '娜'], ['Min', '敏'], ['Jing', '静'], ['Qiang', '强'], ['Lei', '磊'], ['Xiaoming', '小明'],
];
const OTHER_GIVEN = ['Maria', 'John', 'Fatima', 'Olga', 'Kwame', 'Sofia', 'Hiroshi', 'Ana', 'David', 'Emma'];
const OTHER_FAMILY = ['Gonzalez', 'Smith', 'Haddad', 'Ivanova', 'Mensah', 'Rossi', 'Tanaka', 'Silva', 'Cohen', 'Müller'];
const EMPLOYERS = [
  'Acme Robotics', 'Initech', 'Globex Corporation', 'Huawei Technologies', 'Infosys', 'Tata Consultancy Services',
  'Bharat Circuits', 'Umbrella Labs', 'Stark Industries', 'Wayne Enterprises', 'Cyberdyne Systems', 'Soylent Foods',
  'Hooli', 'Pied Piper', 'Massive Dynamic', 'Tyrell Corporation', 'Aperture Science', 'Vandelay Industries',
];
const NOTES = [
  'Referred by a former client.', 'Met at the Pune seminar.', 'Wants to move before the school year.',
  'Spouse has an offer in Toronto.', 'Asked about the H-1B payment.', '', 'Prefers e-mail.', 'Follow up in January.',
];

/** `count` case files, the same every run. */
function generateCases(count: number): Record<string, unknown>[] {
  const r = random(20261129);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const dob = () => `${String(1965 + Math.floor(r() * 40))}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const person = (): { fullName: string; otherNames?: string[]; citizenships: string[] } => {
    const kind = r();
    if (kind < 0.4) {
      const [g, gd] = pick(INDIAN_GIVEN);
      const [f, fd] = pick(INDIAN_FAMILY);
      return { fullName: `${g} ${f}`, ...(r() < 0.5 ? { otherNames: [`${gd} ${fd}`] } : {}), citizenships: ['IN'] };
    }
    if (kind < 0.75) {
      const [f, fc] = pick(CHINESE_FAMILY);
      const [g, gc] = pick(CHINESE_GIVEN);
      return { fullName: `${f} ${g}`, ...(r() < 0.7 ? { otherNames: [`${fc}${gc}`] } : {}), citizenships: ['CN'] };
    }
    return { fullName: `${pick(OTHER_GIVEN)} ${pick(OTHER_FAMILY)}`, citizenships: ['US'] };
  };
  // A tenth of the employers are one-off start-ups, as in real case loads.
  const employer = (i: number) => (r() < 0.1 ? `Startup ${String(i)} Labs` : pick(EMPLOYERS));

  return Array.from({ length: count }, (_, i) => {
    const client = { ...person(), dateOfBirth: dob(), email: `client${String(i)}@example.com` };
    const married = r() < 0.5;
    return {
      format: 'immigration-advisor/case',
      version: 1,
      client: { ...client, maritalStatus: married ? 'married' : 'single' },
      spouse: married ? { ...person(), dateOfBirth: dob(), work: [{ employer: employer(i), occupation: 'Analyst' }] } : null,
      education: [{ level: pick(['bachelor', 'master', 'doctorate'] as const), field: 'Computer Science', country: client.citizenships[0] }],
      work: [{ occupation: 'Software Engineer', employer: employer(i), start: '2018-06', end: null, hoursPerWeek: 40 }],
      jobOffer: r() < 0.6 ? { employer: employer(i), country: 'US', annualSalary: { amount: 90000 + Math.floor(r() * 100000), currency: 'USD' } } : null,
      goals: { targetCountries: [pick(['US', 'CA', 'DE', 'GB'])] },
      notes: pick(NOTES),
    };
  });
}

// ---------------------------------------------------------------- the case database
const CASES = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'advisor-bench-'));
const advisor = openAdvisor({ dataDir: dir, appVersion: 'bench', actor: () => 'bench' });

/** Dispatches and returns the elapsed milliseconds, failing loudly on an error. */
async function timed(method: string, input: unknown): Promise<number> {
  const start = process.hrtime.bigint();
  const result = await advisor.dispatch(method, input);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return elapsed;
}
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const row = (name: string, xs: readonly number[], target: string) =>
  out(`${name.padEnd(44)}${ms(quantile(xs, 0.5)).padEnd(12)}${ms(quantile(xs, 0.95)).padEnd(12)}${String(xs.length).padEnd(7)}${target}`);

try {
  const caseFiles = generateCases(CASES);
  const importMs = await timed('cases:import', { caseFiles });
  out('');
  out(`cases:import of ${String(CASES)} generated cases: ${(importMs / 1000).toFixed(2)} s, ` +
    `${Math.round(CASES / (importMs / 1000)).toLocaleString('en')} cases/s (target > 2,000 cases/s)`);

  const searches: [string, Record<string, unknown>][] = [
    ['Latin name "priya"', { query: 'priya' }],
    ['Latin name "wei li" (2 words, one short)', { query: 'wei li' }],
    ['Chinese 2-char "李伟"', { query: '李伟' }],
    ['Devanagari "शर्मा"', { query: 'शर्मा' }],
    ['employer "globex"', { query: 'globex' }],
    ['notes "seminar"', { query: 'seminar' }],
    ['no query, sorted by client', { sort: 'client', direction: 'asc' }],
    ['no query, newest first', {}],
    ['no query, by matter number', { sort: 'reference' }],
    ['no query, by status', { sort: 'status' }],
  ];
  const ROUNDS = 50;
  const all: number[] = [];
  const per = new Map<string, number[]>(searches.map(([name]) => [name, []]));
  for (const [, input] of searches) await timed('cases:list', input); // warm the statement cache
  for (let i = 0; i < ROUNDS; i++) {
    for (const [name, input] of searches) {
      const t = await timed('cases:list', { ...input, limit: 200 });
      per.get(name)?.push(t);
      all.push(t);
    }
  }
  out('');
  out(`cases:list at the dispatcher, ${String(CASES)} cases, page of 200   median      p95         runs   target`);
  for (const [name, xs] of per) row(`  ${name}`, xs, '');
  row('  all queries', all, 'p95 < 10 ms');

  const cold = await timed('conflicts:check', { fullName: 'Priya Sharma', dateOfBirth: '1990-04-12' });
  const queries = [
    { fullName: 'Priya Sharma', dateOfBirth: '1990-04-12' },
    { fullName: 'Li Wei', otherNames: ['李伟'] },
    { fullName: 'अर्जुन पटेल' },
    { fullName: 'Maria Gonzalez' },
  ];
  const names: number[] = [];
  for (let i = 0; i < 5; i++) for (const q of queries) names.push(await timed('conflicts:check', q));
  // A new employer each time, so none of its comparisons is remembered from an earlier check.
  const employers: number[] = [];
  for (let i = 0; i < 10; i++) employers.push(await timed('conflicts:check', { fullName: 'Priya Sharma', employers: [`Globex Corp ${String(i)}`] }));
  const again: number[] = [];
  for (let i = 0; i < 10; i++) again.push(await timed('conflicts:check', { fullName: 'Priya Sharma', employers: ['Globex Corp 0'] }));
  out('');
  out(`conflicts:check, ${String(CASES)} cases                        median      p95         runs`);
  out(`  first call (prepares every stored name)   ${ms(cold)}`);
  row('  names (cached), no employer', names, '');
  row('  plus an employer not checked before', employers, '');
  row('  plus an employer checked before', again, '');
} finally {
  advisor.close();
  rmSync(dir, { recursive: true, force: true });
}
