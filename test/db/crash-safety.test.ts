/**
 * Crash safety (issue 7, item 4): the real CLI imports cases in a loop in a child process
 * (crash-writer.ts), and is killed with SIGKILL at a random moment, again and again, on one data
 * folder. After every kill the database must open with the passphrase, pass SQLite's own checks,
 * and hold every case the CLI reported committed, as it was written; the case count never drops.
 *
 * The randomness is seeded, and the seed is in the test's name: CRASH_SEED=<seed> replays the same
 * kill points and writes (the exact moment a kill lands still depends on the machine's timing).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../electron/advisor';
import { openAdvisorAt, openDatabaseAt } from '../data-folder';
import { tempDir } from '../fixtures';
import { seededRandom } from '../seeded-random';
import { expectOk } from '../unit/electron/test-advisor';
import { startScript } from './script-child';

const KILLS = 20;
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const WRITER = join(import.meta.dirname, 'crash-writer.ts');
/** A writer not killed this long after it was told to go is stuck, not slow. */
const STUCK_MS = 30_000;

type Committed = { id: string; tag: string };
type Cycle = {
  committed: Committed[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
};

/** A writer process: loaded and waiting (`ready`), then started with `go`; `done` once it is gone. */
type Writer = {
  ready: Promise<void>;
  go: (killAfter: number, delayMs: number) => void;
  done: Promise<Cycle>;
  stop: () => void;
};

/**
 * Starts one writer. Once told to go, it is killed with SIGKILL `delayMs` after it has reported
 * `killAfter` commits; `done` then has every commit it reported before dying.
 */
function startWriter(dataDir: string, inbox: string, seed: number): Writer {
  const committed: Committed[] = [];
  let killAt = Infinity;
  let delay = 0;
  let killScheduled = false;
  let stuck: NodeJS.Timeout | undefined;
  let markReady = () => {};
  const ready = new Promise<void>(resolve => (markReady = resolve));
  const { child, stderr } = startScript(WRITER, [dataDir, inbox, String(seed)], line => {
    const [word, id, tag] = line.split(' ');
    if (word === 'ready') markReady();
    if (word === 'committed' && id && tag) committed.push({ id, tag });
    if (!killScheduled && committed.length >= killAt) {
      killScheduled = true;
      setTimeout(() => child.kill('SIGKILL'), delay);
    }
  });
  const done = new Promise<Cycle>((resolve, reject) => {
    child.on('error', reject);
    // 'close' comes after both pipes are drained: every line written before the kill is in.
    child.on('close', (code, signal) => {
      clearTimeout(stuck);
      markReady();
      resolve({
        committed,
        signal,
        code,
        stderr: killScheduled ? stderr() : `never reached ${String(killAt)} commits\n${stderr()}`,
      });
    });
  });
  return {
    ready,
    done,
    go(killAfter, delayMs) {
      [killAt, delay] = [killAfter, delayMs];
      stuck = setTimeout(() => child.kill('SIGKILL'), STUCK_MS);
      child.stdin.write('go\n');
    },
    stop: () => child.kill('SIGKILL'),
  };
}

/** Every live case id, paged through the list as the app pages it. */
async function allCaseIds(advisor: Advisor): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const page = await expectOk(advisor, 'cases:list', { limit: 500, offset: ids.length });
    ids.push(...page.items.map(c => c.id));
    if (page.items.length === 0 || ids.length >= page.total) return ids;
  }
}

const count = (db: Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/**
 * SQLite's own consistency checks, on the database as the crash left it, and no half import: each
 * imported case comes with its client, its search text and its two audit rows, or not at all.
 */
function checkIntegrity(dataDir: string): void {
  const db = openDatabaseAt(dataDir);
  try {
    expect(
      db.pragma('integrity_check', { simple: true }),
      `integrity_check, seed ${String(SEED)}`,
    ).toBe('ok');
    expect(db.pragma('foreign_key_check'), `foreign_key_check, seed ${String(SEED)}`).toEqual([]);
    // The full-text index must agree with the text it indexes (throws SQLITE_CORRUPT_VTAB if not).
    db.prepare("INSERT INTO case_search (case_search) VALUES ('integrity-check')").run();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const cases = count(db, 'cases');
    const parts = [count(db, 'clients'), count(db, 'case_search_text'), count(db, 'audit_log') / 2];
    expect(
      parts,
      `clients, search texts and audit rows of ${String(cases)} cases, seed ${String(SEED)}`,
    ).toEqual([cases, cases, cases]);
  } finally {
    db.close();
  }
}

/**
 * Opens the folder through the app and checks that every commit reported so far is there, that
 * this writer's cases hold what it wrote, and that the case count did not drop. Returns the count.
 */
async function checkCommitted(
  dataDir: string,
  reported: readonly Committed[],
  latest: readonly Committed[],
  previousCount: number,
  context: string,
): Promise<number> {
  const advisor = openAdvisorAt(dataDir);
  try {
    const ids = await allCaseIds(advisor);
    const stored = new Set(ids);
    expect(
      reported.filter(c => !stored.has(c.id)),
      `${context}: reported committed but missing`,
    ).toEqual([]);
    expect(ids.length, `${context}: the case count dropped`).toBeGreaterThanOrEqual(previousCount);
    // The stored case is the one the writer wrote under that id: its notes start with the tag.
    for (const c of latest) {
      const record = await expectOk(advisor, 'cases:get', { id: c.id });
      expect(record.caseFile.notes?.split(' ', 1)[0], context).toBe(c.tag);
    }
    return ids.length;
  } finally {
    advisor.close();
  }
}

const folder = tempDir('advisor-crash-');
afterAll(() => folder.cleanup());

describe('crash safety', () => {
  // 20 × (a few encrypted opens and imports, then the checks) is about a minute of CPU; each writer
  // loads the CLI (two seconds or so) while the one before runs, so two idle cores take well under
  // that. The margin is for a machine busy with other work, where it has taken two minutes.
  it(`keeps every reported commit through ${String(KILLS)} SIGKILLs of the CLI mid-import (seed ${String(SEED)})`, async () => {
    const random = seededRandom(SEED);
    const dataDir = join(folder.dir, 'data');
    const inbox = join(folder.dir, 'inbox');
    mkdirSync(inbox, { recursive: true });
    const reported: Committed[] = [];
    let previousCount = 0;
    let walsLeft = 0;
    let next = startWriter(dataDir, inbox, SEED);
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        const killAfter = 2 + Math.floor(random() * 5);
        // Up to about two commands (each opens, imports, closes), so kills land in every phase of one.
        const delayMs = Math.floor(random() * 600);
        const writer = next;
        await writer.ready;
        writer.go(killAfter, delayMs);
        // The next writer loads its modules (seconds) while this one writes and is checked.
        if (kill + 1 < KILLS) next = startWriter(dataDir, inbox, SEED + kill + 1);
        const cycle = await writer.done;
        const context = `seed ${String(SEED)}, kill ${String(kill)} (after ${String(killAfter)} commits + ${String(delayMs)} ms)`;
        expect(
          cycle.signal,
          `${context}: the writer was not killed but exited ${String(cycle.code)}:\n${cycle.stderr}`,
        ).toBe('SIGKILL');
        expect(cycle.committed.length, `${context}: ${cycle.stderr}`).toBeGreaterThanOrEqual(
          killAfter,
        );
        reported.push(...cycle.committed);
        const wal = join(dataDir, 'advisor.sqlite-wal');
        if (existsSync(wal) && statSync(wal).size > 0) walsLeft++;

        checkIntegrity(dataDir);
        previousCount = await checkCommitted(
          dataDir,
          reported,
          cycle.committed,
          previousCount,
          context,
        );
      }
    } finally {
      next.stop();
    }
    process.stdout.write(
      `crash safety, seed ${String(SEED)}: ${String(KILLS)} kills, ${String(reported.length)} commits reported, ` +
        `${String(previousCount)} cases stored, ${String(walsLeft)} kills left a non-empty WAL to recover\n`,
    );
  }, 240_000);
});
