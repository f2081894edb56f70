/**
 * Renders memos on a worker thread (memo-worker.ts), off the main process's event loop, with a time
 * limit. pdfkit lays text out synchronously: on the main thread a pathological memo would freeze the
 * window; here the window stays responsive and a memo that takes too long is stopped with a message
 * saying what to do.
 *
 * One worker serves memo after memo, so the fonts it has opened and the words it has shaped (most of
 * a memo's cost, see pdf-fonts.ts) are reused; it is replaced after a time-out or a crash.
 */
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MemoDocument } from '../../shared/memo/types';
import { AdvisorError } from '../../shared/result';

/** What the worker is sent: one memo to render with the fonts in `fontsDir`, or fonts to open ahead of the first memo. */
export type MemoJob = { memo: MemoDocument; fontsDir: string } | { warm: string };
/** What the worker answers: the PDF, or why it could not render it; `warmed` when a warm-up is done. */
export type MemoReply = { ok: true; pdf: Uint8Array } | { ok: false; message: string } | { warmed: true };

/** Renders a memo document to PDF bytes. */
export type RenderMemo = (memo: MemoDocument, fontsDir: string) => Promise<Buffer>;
export type MemoRenderer = {
  render: RenderMemo;
  /**
   * Starts the worker and has it open the Latin fonts and shape the words memos share, so the
   * first memo is not the one that pays for it. Resolves when that is done (or the worker ended).
   */
  warm(fontsDir: string): Promise<void>;
  /** Ends the worker, if one is running. */
  close(): Promise<void>;
};

/** What a worker runs: a bundled file, or code (the sources' bootstrap, or a test's stand-in). */
export type WorkerEntry = { file: string } | { code: string };

/** How long a memo may take to lay out. A long memo takes a second or two; this is far beyond any real one. */
export const MEMO_TIME_LIMIT_MS = 30_000;
/** The worker's heap limit: a memo needs a small part of it, and no input can take the machine's memory. */
const HEAP_LIMIT_MB = 1024;

/**
 * The worker's entry, beside the running module. In the built app scripts/build-main.mjs bundles it
 * as out/main/memo-worker.cjs beside main.cjs, whose import.meta.url the bundle defines. From the
 * sources (tsx, vitest, Playwright, the CLI) it is memo-worker.ts, compiled by tsx's require hook,
 * which works in a worker thread on Node 20 (a loader passed with --import does not).
 */
export function memoWorkerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  if (extname(fileURLToPath(moduleUrl)) !== '.ts') return { file: fileURLToPath(new URL('./memo-worker.cjs', moduleUrl)) };
  const tsx = createRequire(moduleUrl).resolve('tsx/cjs/api');
  const file = fileURLToPath(new URL('./memo-worker.ts', moduleUrl));
  return { code: `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(file)});` };
}

function tooSlow(limitMs: number): AdvisorError {
  const seconds = limitMs >= 1000 ? `${String(Math.round(limitMs / 1000))} seconds` : `${String(limitMs)} ms`;
  return new AdvisorError(
    'timed-out',
    `The memo took too long to lay out (more than ${seconds}) and was stopped; nothing was saved. ` +
      'A very long text in it is the likely cause: shorten the longest names, addresses or edited sections and try again.',
  );
}

function stopped(err: unknown): Error {
  if ((err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new Error('The memo needed more memory than allowed and was stopped. Shorten the longest texts in it and try again.', { cause: err });
  }
  return new Error(`The memo renderer stopped: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}

/** A renderer with its own worker; `timeoutMs` and `entry` are for tests. */
export function createMemoRenderer(options: { timeoutMs?: number; entry?: WorkerEntry } = {}): MemoRenderer {
  const limit = options.timeoutMs ?? MEMO_TIME_LIMIT_MS;
  let worker: Worker | null = null;
  // One memo at a time, so each one's time limit counts its own work, not a queue's.
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    const entry = options.entry ?? memoWorkerEntry();
    const limits = { resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } };
    const w = 'code' in entry ? new Worker(entry.code, { ...limits, eval: true }) : new Worker(entry.file, limits);
    // An idle worker never keeps a process (the CLI) alive; a pending memo's timer does.
    w.unref();
    return w;
  };

  const discard = (w: Worker) => {
    if (worker === w) worker = null;
    void w.terminate();
  };

  const run = (memo: MemoDocument, fontsDir: string): Promise<Buffer> => {
    const w = (worker ??= start());
    return new Promise<Buffer>((resolve, reject) => {
      const settle = (then: () => void) => {
        clearTimeout(timer);
        w.off('message', onMessage).off('error', onError).off('exit', onExit);
        then();
      };
      const onMessage = (reply: MemoReply) => {
        // A warm-up's answer, not this memo's.
        if ('warmed' in reply) return;
        settle(() => (reply.ok ? resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength)) : reject(new Error(reply.message))));
      };
      const fail = (err: Error) =>
        settle(() => {
          discard(w);
          reject(err);
        });
      const onError = (err: unknown) => fail(stopped(err));
      const onExit = (code: number) => fail(stopped(new Error(`exit code ${String(code)}`)));
      // terminate() ends the thread even inside a synchronous loop, which is why this is a worker.
      const timer = setTimeout(() => fail(tooSlow(limit)), limit);
      w.on('message', onMessage).on('error', onError).on('exit', onExit);
      const job: MemoJob = { memo, fontsDir };
      w.postMessage(job);
    });
  };

  return {
    render(memo, fontsDir) {
      const result = queue.then(() => run(memo, fontsDir));
      queue = result.catch(() => undefined);
      return result;
    },
    warm(fontsDir) {
      const w = (worker ??= start());
      return new Promise<void>(resolve => {
        const done = () => {
          w.off('message', onMessage).off('exit', done);
          resolve();
        };
        const onMessage = (reply: MemoReply) => {
          if ('warmed' in reply) done();
        };
        w.on('message', onMessage).on('exit', done);
        const job: MemoJob = { warm: fontsDir };
        w.postMessage(job);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

let shared: MemoRenderer | undefined;

/** The process's memo renderer, started on first use; its worker idles between memos. */
export function sharedMemoRenderer(): MemoRenderer {
  return (shared ??= createMemoRenderer());
}
