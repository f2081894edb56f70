/**
 * The child process of crash-safety.test.ts: imports case files through the real CLI (`runCli`),
 * one command after another, until it is killed. Each command opens the database, imports one to
 * five cases in one transaction and closes it, exactly as `npm run advisor -- import` does. Half
 * the cases carry long notes (up to 70 KB, indexed for search too), so writing takes a good share
 * of each command next to opening the database, and more kills land mid-write.
 *
 *   node --import tsx test/db/crash-writer.ts DATA_DIR INBOX_DIR SEED
 *
 * Loading the CLI's modules takes seconds, so it first prints `ready` and waits for a line on stdin
 * before writing: the test starts the next writer while the current one runs.
 *
 * For every case id the CLI prints (it prints them after the commit) this writes, at once and
 * synchronously, `committed <case id> <tag>`; the tag is the case's notes, so the test can check the
 * stored case is the one reported. The passphrase comes from ADVISOR_PASSPHRASE, as for the CLI.
 */
import { writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/run';
import { loadFixture, testClock } from '../fixtures';
import { seededRandom } from '../seeded-random';

const [dataDir, inbox, seedText] = process.argv.slice(2);
if (!dataDir || !inbox || !seedText)
  throw new Error('usage: crash-writer.ts DATA_DIR INBOX_DIR SEED');
const random = seededRandom(Number(seedText));
const base = loadFixture('priya-sharma.case.json');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A case file tagged by its notes; half carry tens of KB, so a commit spans many pages. */
function caseFile(tag: string): Record<string, unknown> {
  const padding =
    random() < 0.5
      ? ` ${'Background, in the client’s words. '.repeat(Math.floor(random() * 2000))}`
      : '';
  return { ...base, notes: `${tag}${padding}` };
}

const write = (line: string) => writeSync(1, `${line}\n`);
write('ready');
await new Promise(resolve => process.stdin.once('data', resolve));
for (let i = 0; ; i++) {
  const tags = Array.from(
    { length: 1 + Math.floor(random() * 5) },
    (_, j) => `crash-${seedText}-${String(i)}-${String(j)}`,
  );
  const file = join(inbox, `import-${String(i)}.json`);
  const files = tags.map(caseFile);
  writeFileSync(file, JSON.stringify(files.length === 1 ? files[0] : files));
  const pending = [...tags];
  const errors: string[] = [];
  const code = await runCli(['import', file, '--data-dir', dataDir], {
    stdout: text => {
      for (const line of text.split('\n'))
        if (UUID.test(line)) write(`committed ${line} ${pending.shift() ?? '?'}`);
    },
    stderr: text => errors.push(text),
    env: process.env,
    appVersion: 'crash-writer',
    clock: testClock,
  });
  if (code !== 0) {
    process.stderr.write(`import ${String(i)} exited ${String(code)}: ${errors.join('\n')}\n`);
    process.exit(1);
  }
}
