/**
 * One memo in a fresh process, for `npm run bench` (memo-bench.ts spawns it several times): prints
 * the first render's wall-clock and CPU milliseconds and the fonts it read, as JSON.
 * Usage: first-memo.ts latin|scripts
 */
import { renderMemoPdf } from '../../electron/reports/memo-pdf';
import { fontReads } from '../../electron/reports/pdf-fonts';
import { benchMemo, FONTS_DIR, OTHER_SCRIPTS } from './memo-cases';

const memo = benchMemo(process.argv[2] === 'latin' ? [] : OTHER_SCRIPTS);
const cpu = process.cpuUsage();
const start = performance.now();
await renderMemoPdf(memo, FONTS_DIR);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, fonts: Object.keys(fontReads(FONTS_DIR)) })}\n`);
