// fast-check fuzzes every method of the contract through the real dispatcher on a real, encrypted
// database: random input of every type and shape, and one-step mutations of a valid input. Every
// call must answer with a result its output schema accepts, or a typed error with a known code
// other than `internal` (which means a handler crashed), and a refused call must leave every table
// of the database exactly as it was. Seeded (FUZZ_SEED overrides); fast-check prints the seed and
// the counterexample's path on failure, to replay it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import { contract, METHODS, type Method } from '../../../shared/contract';
import type { ErrorCode, Result } from '../../../shared/result';
import { TEST_PASSPHRASE, tempDir } from '../../fixtures';
import { fuzzDialogs, REFUSED_SAMPLES, sampleFor, seedWorld, type World } from './contract-samples';
import { fingerprinter, type DatabaseFingerprinter, type Fingerprint } from './db-fingerprint';
import { hostileValue, mutate, mutation, objectLike } from './hostile-values';
import { openTestAdvisor } from './test-advisor';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
/** Runs per method and property: about 45 methods × 2 properties stay under a minute on 2 cores. FUZZ_RUNS digs deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** Whether each code is a legitimate answer; the compiler insists every code is listed. */
const LEGITIMATE: Record<ErrorCode, boolean> = {
  'bad-input': true,
  'unknown-method': true,
  'not-found': true,
  conflict: true,
  'untrusted-sender': true,
  'database-too-new': true,
  'wrong-passphrase': true,
  locked: true,
  'timed-out': true,
  'already-imported': true,
  busy: true,
  internal: false,
};

/** Calls that need the database to themselves: the fingerprint connection steps aside for them. */
const EXCLUSIVE = new Set<Method>(['vault:change-passphrase', 'backups:restore']);

let advisor: Advisor;
let close: () => void;
let db: DatabaseFingerprinter;
let world: World;
let cleanupDialogs: () => void;
/** Handler crashes, with their stacks, for the failure message. */
const crashes: string[] = [];

beforeAll(async () => {
  const t = tempDir('advisor-fuzz-dialogs-');
  cleanupDialogs = t.cleanup;
  const { dialogs, backupFile } = fuzzDialogs(t.dir);
  ({ advisor, close } = openTestAdvisor({
    dialogs,
    onInternalError: (method, err) => crashes.push(`${method}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  }));
  world = await seedWorld(advisor, backupFile);
  db = fingerprinter(advisor.databaseFile);
}, 30_000);
afterAll(() => {
  db.close();
  close();
  cleanupDialogs();
});

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).join(',');

/**
 * Puts the vault back as every call expects it: unlocked, under the test passphrase. True when it
 * had to act (the database was closed, re-keyed or replaced).
 */
async function restoreVault(method: Method, input: unknown, result: Result<unknown>): Promise<boolean> {
  let acted = false;
  if (method === 'vault:change-passphrase' && result.ok) {
    const back = await advisor.dispatch('vault:change-passphrase', { current: (input as { next: string }).next, next: TEST_PASSPHRASE });
    if (!back.ok) throw new Error(`could not change the passphrase back: ${back.error.message}`);
    acted = true;
  }
  if (advisor.vault.status().state !== 'unlocked') {
    advisor.vault.unlock(TEST_PASSPHRASE);
    acted = true;
  }
  if (acted || (method === 'backups:restore' && result.ok)) world.forgetPicked();
  return acted;
}

/**
 * The fingerprint of the database as it stands between calls, while known: a refused call leaves it
 * as it was, so the next call need not read the database again to know where it starts.
 */
let known: Fingerprint | null = null;

/** Dispatches and checks the answer against the contract; a refused call must change nothing. */
async function checkedCall(method: Method, input: unknown): Promise<Result<unknown>> {
  const prototype = prototypeNames();
  const before = known ?? db.take();
  known = null;
  // Only input the contract accepts reaches a handler that may need the database to itself.
  const exclusive = EXCLUSIVE.has(method) && contract[method].input.safeParse(input).success;
  if (exclusive) db.close();
  crashes.length = 0;
  let result: Result<unknown> | undefined;
  let reset = false;
  try {
    // A rejection here (an exception escaping dispatch) fails the property as it is.
    result = await advisor.dispatch(method, input);
  } finally {
    if (result) reset = await restoreVault(method, input, result);
    if (exclusive) db.resume();
  }
  expect(prototypeNames(), 'Object.prototype was polluted').toBe(prototype);
  if (result.ok) {
    const parsed = contract[method].output.safeParse(result.value);
    expect(parsed.success ? [] : parsed.error.issues, `${method} answered outside its output schema`).toEqual([]);
  } else {
    const { code, message } = result.error;
    expect(LEGITIMATE[code], `${method} answered ${code}: ${message}\n${crashes.join('\n')}`).toBe(true);
    expect(message.trim()).not.toBe('');
    const after = db.take();
    expect(after, `${method} was refused (${code}: ${message}) but changed the database`).toEqual(before);
    if (!reset) known = after;
  }
  return result;
}

const params = { seed: SEED, numRuns: RUNS, endOnFailure: true };

describe('every valid sample', () => {
  it.each(METHODS)('%s: succeeds with a valid result (or is refused by design)', async method => {
    const result = await checkedCall(method, await sampleFor(method, world));
    expect(result.ok ? 'ok' : result.error.code).toBe(REFUSED_SAMPLES[method] ?? 'ok');
  }, 20_000);
});

describe.each(METHODS)('%s under fuzzing', method => {
  it('answers random input of any type or shape with a typed error or a valid result', async () => {
    const keys = Object.keys((await sampleFor(method, world)) as object);
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, objectLike(keys)), async input => {
        await checkedCall(method, input);
      }),
      params,
    );
  }, 60_000);

  it('answers one-step mutations of a valid input likewise', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async m => {
        await checkedCall(method, mutate(await sampleFor(method, world), m));
      }),
      params,
    );
  }, 60_000);
});

describe('method names', () => {
  it('answers any method name that is not in the contract with unknown-method', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, fc.string(), fc.constantFrom<unknown>(Object.create(null), { toString: 'x' }, Symbol('m'))), hostileValue, async (name, input) => {
        if (typeof name === 'string' && Object.hasOwn(contract, name)) return;
        // A rejection (String() of an object without a prototype throws) fails the property.
        const result = await advisor.dispatch(name, input);
        expect(result.ok ? 'ok' : result.error.code).toBe('unknown-method');
      }),
      params,
    );
  });
});
