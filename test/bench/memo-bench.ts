/**
 * The advisory memo for `npm run bench`: a memo of about ten pages rendered again and again in one
 * process (the worker's steady state), and the first memo of a fresh process or worker, measured
 * by starting several; and the same memo as a Word document. Prints figures, never fails on them.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { renderMemoDocx } from '../../electron/reports/memo-docx';
import { renderMemoPdf } from '../../electron/reports/memo-pdf';
import { createMemoRenderer } from '../../electron/reports/memo-renderer';
import { benchMemo, FONTS_DIR, OTHER_SCRIPTS } from './memo-cases';

type Out = (line: string) => void;

/** Fresh processes or workers started per figure: each costs a second or more. */
const FRESH = 5;
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(3)} ms`);
const since = (start: number) => performance.now() - start;
const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const row = (name: string, xs: readonly number[], target = '') =>
  `  ${name.padEnd(56)}${ms(quantile(xs, 0.5)).padEnd(12)}${ms(Math.max(...xs)).padEnd(12)}${String(xs.length).padEnd(7)}${target}`;

const FIRST_MEMO = fileURLToPath(new URL('./first-memo.ts', import.meta.url));
type FirstMemo = { ms: number; cpuMs: number; mainMs: number | null; fonts: string[] };

/** The first memo of `count` fresh processes (fonts not yet read, fontkit's code cold). */
function freshProcesses(kind: 'latin' | 'scripts', count: number): FirstMemo[] {
  const runs: FirstMemo[] = [];
  for (let i = 0; i < count; i++) {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', FIRST_MEMO, kind], { encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.run.json' } });
    runs.push(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as FirstMemo);
  }
  return runs;
}

/** The first memo of `count` fresh memo workers, each warmed up first (as the app does at launch) or not. */
async function freshWorkers(warm: boolean, count: number, otherNames: readonly string[] = OTHER_SCRIPTS): Promise<{ warmUp: number[]; memo: number[] }> {
  const memo = benchMemo(otherNames);
  const warmUp: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const renderer = createMemoRenderer();
    try {
      if (warm) {
        const start = performance.now();
        await renderer.warm(FONTS_DIR);
        warmUp.push(since(start));
      }
      const start = performance.now();
      await renderer.render(memo, FONTS_DIR);
      times.push(since(start));
    } finally {
      await renderer.close();
    }
  }
  return { warmUp, memo: times };
}

export async function benchMemoPdf(out: Out): Promise<void> {
  const header = (title: string) => out(`${title.padEnd(58)}median      max         runs   target`);
  out('');
  header('advisory memo PDF, first memo (fresh process)');
  for (const kind of ['latin', 'scripts'] as const) {
    const runs = freshProcesses(kind, FRESH);
    const label = kind === 'latin' ? 'Latin names only' : 'names in Devanagari, Chinese, Korean';
    out(row(`${label}, wall clock`, runs.map(r => r.ms), '< 300 ms median'));
    out(row(`${label}, CPU time`, runs.map(r => r.cpuMs)));
    out(row(`${label}, main thread CPU`, runs.map(r => r.mainMs ?? NaN)));
    out(`    fonts read: ${runs[0]?.fonts.join(', ') ?? 'n/a'}`);
  }
  header('first memo in a fresh memo worker (from the sources)');
  const warmed = await freshWorkers(true, FRESH);
  out(row('warm-up (Latin fonts, shared words), in background', warmed.warmUp));
  out(row('first memo after the warm-up (every script)', warmed.memo, '< 300 ms median'));
  out(row('first memo after the warm-up (Latin names only)', (await freshWorkers(true, FRESH, [])).memo, '< 300 ms median'));
  out(row('first memo with no warm-up, incl. worker start', (await freshWorkers(false, FRESH)).memo));

  // The worker's steady state: the same memo again, fonts open and words shaped.
  const memo = benchMemo(OTHER_SCRIPTS);
  let pdf = await renderMemoPdf(memo, FONTS_DIR);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    pdf = await renderMemoPdf(memo, FONTS_DIR);
    times.push(since(start));
  }
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  header(`advisory memo PDF, ${String(pages)} pages, every script, rendered again`);
  out(row('render (buildMemo done, pdfkit)', times, '< 200 ms median'));
  out(`  file size                                             ${(pdf.length / 1024).toFixed(0)} KB (target < 1 MB, fonts subset)`);

  // The same memo as Word: built and zipped in the calling process (Word lays it out, not us).
  const docxTimes: number[] = [];
  let docx = await renderMemoDocx(memo);
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    docx = await renderMemoDocx(memo);
    docxTimes.push(since(start));
  }
  header('advisory memo as Word (.docx), the same memo, rendered again');
  out(row('render (buildMemo done, docx build and zip)', docxTimes, '< 300 ms median'));
  out(`  file size                                             ${(docx.length / 1024).toFixed(0)} KB`);
}
