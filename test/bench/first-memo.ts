/**
 * One memo in a fresh process, for `npm run bench` (memo-bench.ts spawns it several times): prints
 * the first render's wall-clock and CPU milliseconds and the fonts it read, as JSON. CPU is the
 * whole process's (V8 also compiles and collects garbage on other threads); `mainMs` is the main
 * thread's alone (Linux only, else null): on a quiet machine with a spare core, about the wall clock.
 * Usage: first-memo.ts latin|scripts
 */
import { readFileSync } from 'node:fs';
import { renderMemoPdf } from '../../electron/reports/memo-pdf';
import { fontReads } from '../../electron/reports/pdf-fonts';
import { benchMemo, FONTS_DIR, OTHER_SCRIPTS } from './memo-cases';

/** The main thread's CPU time in ms, from the kernel's scheduler statistics; null where there are none. */
function mainThreadMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${String(process.pid)}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

const memo = benchMemo(process.argv[2] === 'latin' ? [] : OTHER_SCRIPTS);
const main = mainThreadMs();
const cpu = process.cpuUsage();
const start = performance.now();
await renderMemoPdf(memo, FONTS_DIR);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const mainAfter = mainThreadMs();
const mainMs = main === null || mainAfter === null ? null : mainAfter - main;
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, mainMs, fonts: Object.keys(fontReads(FONTS_DIR)) })}\n`);
