/**
 * The memo renderer's worker thread (see memo-renderer.ts): renders each memo it is sent and posts
 * the PDF back. Laying out a memo is synchronous pdfkit work; here it cannot freeze the window, and
 * one that runs too long is stopped by ending this thread.
 *
 * Asked to warm up, it opens the Latin fonts and shapes the words memos share before the first
 * memo arrives; the fonts, shaped words and widths stay in this thread for every later memo.
 */
import { parentPort } from 'node:worker_threads';
import { renderMemoPdf } from './memo-pdf';
import type { MemoJob, MemoReply } from './memo-renderer';
import { memoVocabulary } from './memo-vocabulary';
import { warmFonts } from './pdf-fonts';

const port = parentPort;
if (!port) throw new Error('memo-worker runs as a worker thread, started by memo-renderer.');

port.on('message', (job: MemoJob) => {
  if ('warm' in job) {
    const { words, boldWords } = memoVocabulary();
    // A warm-up that fails changes nothing: the memo that follows opens the fonts and reports any error.
    void warmFonts(job.warm, words, boldWords)
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
