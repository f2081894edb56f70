/**
 * `npm run bench`: prints performance figures. Never pass/fail: targets are printed beside the
 * measurements for a person to read.
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { CaseFile } from '../../shared/case-file';
import { PROGRAM_IDS } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';
import { whatIfRender } from './compare-render';
import { benchFirm } from './firm-bench';
import { benchMemoPdf } from './memo-bench';

const out = (line: string) => process.stdout.write(`${line}\n`);
// `npm run bench -- firm` runs only the firm's database figures (the slow part to seed);
// `npm run bench -- memo` only the memo's (PDF, first memo, Word).
if (process.argv.slice(2).includes('firm')) {
  await benchFirm(out);
  process.exit(0);
}
if (process.argv.slice(2).includes('memo')) {
  await benchMemoPdf(out);
  process.exit(0);
}
const priya = CaseFile.parse(
  JSON.parse(readFileSync(new URL('../fixtures/priya-sharma.case.json', import.meta.url), 'utf8')),
);

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
await benchMemoPdf(out);

// ---------------------------------------------------------------- the case database at a firm's scale
await benchFirm(out);
