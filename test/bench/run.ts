/**
 * `npm run bench`: prints performance figures. Never pass/fail: targets are printed beside the
 * measurements for a person to read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { renderMemoPdf } from '../../electron/reports/memo-pdf';
import { CaseFile } from '../../shared/case-file';
import { buildMemo } from '../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import { resolveAssumptions } from '../../shared/programs/assumptions';
import { PROGRAM_IDS, RULES_VERSION } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';
import { whatIfRender } from './compare-render';
import { benchFirm } from './firm-bench';

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
  const assumptions = resolveAssumptions({}, '2026-11-29');
  const memo = buildMemo({
    snapshot: {
      id: 'bench', caseId: 'bench', createdAt: '2026-11-29T12:00:00.000Z', actor: 'bench', rulesVersion: RULES_VERSION, asOf: '2026-11-29',
      currency: 'USD', programIds, assumptions, recommendation: { programId: 'cn-k', rationale: 'Fastest start.' }, whatIf: [],
      stale: false, staleChanges: [], olderVersion: null, ranks: null, caseFile, results: evaluate(caseFile, programIds, { asOf: '2026-11-29', assumptions, currency: 'USD' }),
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

// ---------------------------------------------------------------- the case database at a firm's scale
await benchFirm(out);
