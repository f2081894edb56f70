/**
 * The child process of concurrent-writers.test.ts: a CLI user in a loop. It loads once, prints
 * `ready`, then runs one command per line on stdin, so the test can start every child's work at the
 * same moment (loading the modules takes seconds; the races it looks for take milliseconds). Each
 * line is a JSON command:
 *
 *   { "open": DATA_DIR }           a whole CLI command (`list`) on DATA_DIR, maybe brand new;
 *                                  prints `opened` or `failed <message>`
 *   { "import": DATA_DIR, "tag": TAG, "count": COUNT }
 *                                  COUNT imports of one small case file each, the case's notes
 *                                  `TAG-<i>`; prints `imported <case id> TAG-<i>` per import, then
 *                                  `done`, or `failed <message>` at the first failure
 *
 *   node --import tsx test/db/concurrent-child.ts INBOX_DIR
 *
 * Opening the encrypted database costs a key derivation (a fifth of a second), so most imports run
 * the CLI's import command on one open database, as a long-running app would; every REOPEN_EVERY-th
 * is a whole CLI command (`runCli`: open, import, close), so children also open and close the
 * database while others write. The passphrase comes from ADVISOR_PASSPHRASE, as for the CLI.
 */
import { writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openAdvisor, type Advisor } from '../../electron/advisor';
import { importCases, readImportFiles } from '../../electron/cli/cases';
import { runCli } from '../../electron/cli/run';
import { loadFixture, testClock } from '../fixtures';

const [inbox] = process.argv.slice(2);
if (!inbox) throw new Error('usage: concurrent-child.ts INBOX_DIR');
const REOPEN_EVERY = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const base = loadFixture('li-wei-minimal.case.json');
const passphrase = process.env.ADVISOR_PASSPHRASE ?? '';
const write = (line: string) => writeSync(1, `${line.replaceAll('\n', ' ')}\n`);

/** One whole CLI command; returns what it printed, or throws with what it said on stderr. */
async function cli(argv: string[]): Promise<string[]> {
  const printed: string[] = [];
  const errors: string[] = [];
  const io = { stdout: (t: string) => printed.push(t), stderr: (t: string) => errors.push(t), env: process.env, appVersion: 'concurrent-child', clock: testClock };
  const code = await runCli(argv, io);
  if (code !== 0) throw new Error(`exit ${String(code)}: ${errors.join(' ')}`);
  return printed;
}

async function importLoop(dataDir: string, tag: string, count: number): Promise<void> {
  let advisor: Advisor | undefined;
  try {
    for (let i = 0; i < count; i++) {
      const name = `${tag}-${String(i)}`;
      const file = join(inbox!, `${name}.json`);
      writeFileSync(file, JSON.stringify({ ...base, notes: name }));
      let printed: string[] = [];
      if (i % REOPEN_EVERY === 0) {
        printed = await cli(['import', file, '--data-dir', dataDir]);
      } else {
        advisor ??= openAdvisor({ dataDir, appVersion: 'concurrent-child', clock: testClock, passphrase });
        // Without the conflict check: the race is in the writes, and the check would only slow them.
        await importCases(advisor, readImportFiles([file], '2026-11-29'), { json: false, conflictCheck: false }, (t: string) => printed.push(t));
      }
      const id = printed.flatMap(t => t.split('\n')).find(line => UUID.test(line));
      if (!id) throw new Error(`import ${name} printed no case id`);
      write(`imported ${id} ${name}`);
    }
  } finally {
    advisor?.close();
  }
}

write('ready');
for await (const line of createInterface({ input: process.stdin })) {
  try {
    const command = JSON.parse(line) as { open?: string; import?: string; tag?: string; count?: number };
    if (command.open) {
      await cli(['list', '--json', '--data-dir', command.open]);
      write('opened');
    } else if (command.import && command.tag && command.count) {
      await importLoop(command.import, command.tag, command.count);
      write('done');
    } else {
      throw new Error(`unknown command: ${line}`);
    }
  } catch (err) {
    write(`failed ${err instanceof Error ? err.message : String(err)}`);
  }
}
