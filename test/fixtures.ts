import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The absolute path of a file in test/fixtures. */
export function fixturePath(name: string): string {
  return join(import.meta.dirname, 'fixtures', name);
}

/** A fixture case file, parsed fresh each call so tests can mutate their copy. */
export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Record<string, unknown>;
}

/** A new empty folder under the OS temp dir, and a function that removes it. */
export function tempDir(prefix = 'advisor-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The passphrase every test database is encrypted with. Tests and the bench open databases with it,
 * and pass it to CLI child processes as ADVISOR_PASSPHRASE.
 */
export const TEST_PASSPHRASE = 'correct horse battery staple (test only)';

/** Files as the open dialog returns them (bytes), from their names and UTF-8 texts. */
export function chosenFiles(files: readonly { name: string; text: string }[] | null): { name: string; bytes: Uint8Array }[] | null {
  return files && files.map(f => ({ name: f.name, bytes: Buffer.from(f.text, 'utf8') }));
}
/**
 * The instant every test's clock reads: noon UTC on 29 November 2026 (the same date in every time
 * zone from UTC-11 to UTC+11). The back end never reads the computer's clock; tests hand it this one,
 * so nothing they check depends on the day they run.
 */
export const TEST_NOW = Date.parse('2026-11-29T12:00:00Z');

/** A clock stopped at TEST_NOW. */
export const testClock = (): Date => new Date(TEST_NOW);
