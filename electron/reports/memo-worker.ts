/**
 * The memo renderer's worker thread (see memo-renderer.ts): renders each memo it is sent and posts
 * the PDF back. Laying out a memo is synchronous pdfkit work; here it cannot freeze the window, and
 * one that runs too long is stopped by ending this thread.
 *
 * Asked to warm up, it opens the Latin fonts, shapes the words memos share and renders a rehearsal
 * memo before the first memo arrives; the fonts, shaped words and widths stay in this thread for
 * every later memo.
 */
import { parentPort } from 'node:worker_threads';
import { renderMemoPdf } from './memo-pdf';
import type { MemoJob, MemoReply } from './memo-renderer';
import { rehearsalMemo } from './memo-rehearsal';
import { memoVocabulary } from './memo-vocabulary';
import { warmFonts } from './pdf-fonts';

/**
 * Memos rehearsed at warm-up. V8 optimises code that has run often: measured, the first real memo
 * cost about 360 ms of CPU after one rehearsal and about 200 ms after two, against about 70 ms once
 * the worker has served many; a third rehearsal gained little more.
 */
const REHEARSALS = 2;

const port = parentPort;
if (!port) throw new Error('memo-worker runs as a worker thread, started by memo-renderer.');

port.on('message', (job: MemoJob) => {
  if ('warm' in job) {
    const { words, boldWords } = memoVocabulary();
    const fontsDir = job.warm;
    // A warm-up that fails changes nothing: the memo that follows opens the fonts and reports any error.
    void warmFonts(fontsDir, words, boldWords)
      // Then whole memos, thrown away, so the first real one finds the code compiled (memo-rehearsal.ts).
      .then(async () => {
        for (let i = 0; i < REHEARSALS; i++) await renderMemoPdf(rehearsalMemo(), fontsDir);
      })
      .catch(() => undefined)
      .then(() => port.postMessage({ warmed: true } satisfies MemoReply));
    return;
  }
  renderMemoPdf(job.memo, job.fontsDir).then(
    pdf => {
      // A copy the thread owns outright, so its memory moves across instead of being cloned.
      const bytes = new Uint8Array(pdf);
      const reply: MemoReply = { ok: true, pdf: bytes };
      port.postMessage(reply, [bytes.buffer]);
    },
    (err: unknown) => {
      const reply: MemoReply = { ok: false, message: err instanceof Error ? err.message : String(err) };
      port.postMessage(reply);
    },
  );
});
