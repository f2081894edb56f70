// Memos render on a worker thread with a time limit: a normal memo comes back as a PDF, through the
// memo path the app and the CLI use; a renderer that never finishes is stopped with a message that
// says what to do while the main thread keeps running; and the built app's bundle carries the worker.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCELLED_DIALOGS } from '../../../electron/dialogs';
import { createMemoRenderer, memoWorkerEntry, type WorkerEntry } from '../../../electron/reports/memo-renderer';
import { buildMemo } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { AdvisorError } from '../../../shared/result';
import { loadFixture } from '../../fixtures';
import { snapshotOf } from './memo-snapshot';
import { expectOk, openTestAdvisor } from './test-advisor';

const ROOT = join(import.meta.dirname, '../../..');
const FONTS = join(ROOT, 'resources/fonts');
const FIRM = { name: 'Harbor & Pike LLP', address: '1 Main St', attorneyName: 'Ann Attorney', barAdmission: '', logo: null, paper: 'a4' as const, disclaimers: DEFAULT_DISCLAIMERS };
const memo = buildMemo({ snapshot: snapshotOf(() => undefined), firm: FIRM, engagement: 'engaged', date: '2026-11-29', reference: '2026-0001', edits: {} });

/** A worker that answers like the memo worker: the PDF bytes `%PDF-stub`, except for a memo titled "hang", on which it loops for ever. */
const STAND_IN: WorkerEntry = {
  code: `const { parentPort } = require('node:worker_threads');
parentPort.on('message', job => {
  if (job.memo.meta.title === 'hang') for (;;) {}
  if (job.memo.meta.title === 'fail') return parentPort.postMessage({ ok: false, message: 'no fonts in ' + job.fontsDir });
  if (job.memo.meta.title === 'crash') process.exit(3);
  parentPort.postMessage({ ok: true, pdf: new TextEncoder().encode('%PDF-stub') });
});`,
};
const titled = (title: string) => ({ ...memo, meta: { ...memo.meta, title } });
const pdftext = (bytes: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });

/** A worker that finishes a warm-up at once and, asked for a memo, first says a warm-up is done, then sends `%PDF-stub`. */
const WARMING_STAND_IN: WorkerEntry = {
  code: `const { parentPort } = require('node:worker_threads');
parentPort.on('message', job => {
  parentPort.postMessage({ warmed: true });
  if (!job.warm) parentPort.postMessage({ ok: true, pdf: new TextEncoder().encode('%PDF-stub') });
});`,
};

describe('the memo renderer', () => {
  it('takes a warm-up’s answer for the warm-up only, never for the memo being rendered', async () => {
    const renderer = createMemoRenderer({ entry: WARMING_STAND_IN });
    try {
      await renderer.warm(FONTS);
      const bytes = await renderer.render(memo, FONTS);
      expect(bytes.toString('latin1')).toBe('%PDF-stub');
    } finally {
      await renderer.close();
    }
  });


  it('renders a memo on its worker thread, from the TypeScript sources', async () => {
    const entry = memoWorkerEntry();
    expect('code' in entry && entry.code).toContain(join('electron', 'reports', 'memo-worker.ts'));
    const renderer = createMemoRenderer();
    try {
      const bytes = await renderer.render(memo, FONTS);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdftext(bytes)).toContain('Priya Sharma');
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('stops a memo that never finishes with a clear error, while the main thread keeps running', async () => {
    const renderer = createMemoRenderer({ entry: STAND_IN, timeoutMs: 300 });
    try {
      // Counts turns of the main event loop while the worker is stuck in its loop.
      let turns = 0;
      let counting = true;
      const tick = () => {
        turns++;
        if (counting) setImmediate(tick);
      };
      setImmediate(tick);
      const error = await renderer.render(titled('hang'), FONTS).then(
        () => null,
        (err: unknown) => err,
      );
      counting = false;
      expect(error).toBeInstanceOf(AdvisorError);
      expect(error).toMatchObject({ code: 'timed-out' });
      expect((error as Error).message).toMatch(/^The memo took too long to lay out \(more than 300 ms\) and was stopped; nothing was saved\. .*shorten the longest/);
      expect(turns).toBeGreaterThan(1);
      // The stuck worker was ended; the next memo gets a fresh one.
      expect((await renderer.render(titled('fine'), FONTS)).toString('latin1')).toBe('%PDF-stub');
    } finally {
      await renderer.close();
    }
  });

  it('reports a memo the worker could not render, and a worker that died, without taking the next memo down', async () => {
    const renderer = createMemoRenderer({ entry: STAND_IN });
    try {
      await expect(renderer.render(titled('fail'), '/nowhere')).rejects.toThrow('no fonts in /nowhere');
      await expect(renderer.render(titled('crash'), FONTS)).rejects.toThrow(/^The memo renderer stopped: exit code 3/);
      expect((await renderer.render(titled('fine'), FONTS)).toString('latin1')).toBe('%PDF-stub');
    } finally {
      await renderer.close();
    }
  });

  it('renders one memo at a time, each within its own time limit', async () => {
    const renderer = createMemoRenderer({ entry: STAND_IN, timeoutMs: 300 });
    try {
      const results = await Promise.allSettled([renderer.render(titled('hang'), FONTS), renderer.render(titled('fine'), FONTS)]);
      expect(results.map(r => r.status)).toEqual(['rejected', 'fulfilled']);
    } finally {
      await renderer.close();
    }
  });
});

describe('memos:export-dialog', () => {
  it('saves the PDF the worker rendered', async () => {
    const saved: Uint8Array[] = [];
    const savePdf = (_name: string, bytes: Uint8Array) => {
      saved.push(bytes);
      return Promise.resolve('/home/ann/memo.pdf');
    };
    const { advisor, close } = openTestAdvisor({ dialogs: { ...CANCELLED_DIALOGS, savePdf }, fontsDir: FONTS });
    try {
      const caseFile = loadFixture('priya-sharma.case.json');
      const record = await expectOk(advisor, 'cases:create', { caseFile });
      const snapshot = await expectOk(advisor, 'snapshots:save', { caseId: record.id, caseFile, programIds: ['us-h1b'], asOf: '2026-11-29', recommendation: { programId: null, rationale: '' } });
      const created = await expectOk(advisor, 'memos:create', { caseId: record.id, snapshotId: snapshot.id });
      const result = await expectOk(advisor, 'memos:export-dialog', { id: created.id });
      expect(result).toEqual({ savedTo: '/home/ann/memo.pdf', bytes: saved[0]?.length });
      expect(pdftext(Buffer.from(saved[0] ?? []))).toContain('Priya Sharma');
    } finally {
      close();
    }
  }, 60_000);
});

describe('the built main process', () => {
  // Built into a folder of its own inside the project, so the bundles find pdfkit in node_modules.
  let out: string;
  beforeAll(() => {
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    out = mkdtempSync(join(ROOT, 'out', 'test-build-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('bundles the memo worker beside main.cjs, and main.cjs finds it there and renders with it', async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-main.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
    expect(existsSync(join(out, 'memo-worker.cjs'))).toBe(true);
    const main = readFileSync(join(out, 'main.cjs'), 'utf8');
    expect(main).toContain('"./memo-worker.cjs"');
    // What memo-renderer.ts resolves to when it runs inside main.cjs.
    const entry = memoWorkerEntry(pathToFileURL(join(out, 'main.cjs')).href);
    expect(entry).toEqual({ file: join(out, 'memo-worker.cjs') });
    const renderer = createMemoRenderer({ entry });
    try {
      expect(pdftext(await renderer.render(memo, FONTS))).toContain('Priya Sharma');
    } finally {
      await renderer.close();
    }
  }, 120_000);
});
