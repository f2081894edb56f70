/**
 * `npm run bench`: prints performance figures. Never pass/fail: targets are printed beside the
 * measurements for a person to read.
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { CaseFile } from '../../shared/case-file';
import { PROGRAM_IDS } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';

const priya = CaseFile.parse(JSON.parse(readFileSync(new URL('../fixtures/priya-sharma.case.json', import.meta.url), 'utf8')));

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench.add('evaluate all 24 programmes for one case', () => {
  evaluate(priya, PROGRAM_IDS, { asOf: '2026-11-29' });
});
await bench.run();

const ms = (ns: number | undefined) => (ns === undefined ? 'n/a' : `${ns.toFixed(3)} ms`);
process.stdout.write('Benchmark                                   median      p99         runs   target\n');
for (const task of bench.tasks) {
  const r = task.result;
  const latency = 'latency' in r ? r.latency : undefined;
  process.stdout.write(
    `${task.name.padEnd(44)}${ms(latency?.p50).padEnd(12)}${ms(latency?.p99).padEnd(12)}${String(latency?.samplesCount ?? 0).padEnd(7)}< 1 ms median\n`,
  );
}
