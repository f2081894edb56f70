import { parseArgs } from 'node:util';
import { CASE_SORTS, CASE_STATUSES } from '../../shared/contract';
import { openAdvisor, type Advisor } from '../advisor';
import { today, type Clock } from '../clock';
import { defaultDataDir, resolveDataDir } from '../data-dir';
import { checkConflicts, exportCases, importCases, listCases, searchCases } from './cases';
import { BadInput, compare } from './compare';
import { CliError, EXIT } from './errors';
import { writeMemo } from './memo';
import { backupCommand, restoreCommand } from './backup';
import { safetyCopiesCommand } from './safety-copies';
import { databasePassphrase, type SecretPrompt } from './passphrase';
import { AdvisorError } from '../../shared/result';

export { EXIT } from './errors';

/** Where the CLI writes, and what it reads; injected so tests run it in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  appVersion: string;
  /** The time for everything the command stamps or dates (rows, memos, the default --as-of); tests fix it. */
  clock: Clock;
  /** Asks for a passphrase without echo; null when not at a terminal (then ADVISOR_PASSPHRASE is needed). */
  prompt?: SecretPrompt;
};

export const USAGE = `Immigration Advisor command line

Usage: npm run advisor -- <command> [options]

Commands:
  import FILE...       validate case files (each one case file, or a JSON array of them) and
                       store each as a new client and case, all or none; prints the new case
                       ids, one a line, the last on the last line
  export CASE_ID...    print the stored case file as JSON (several ids: a JSON array)
  list                 list cases, most recently changed first
      [--status S]             only cases with this status (${CASE_STATUSES.join(', ')})
      [--query Q]              only cases whose names (any script or Latin spelling),
                               employers or notes contain Q
      [--sort K] [--asc]       K: ${CASE_SORTS.join(', ')} (default updated, newest first)
      [--trash]                list the Trash instead
      [--json]                 machine-readable output
  search QUERY         the cases matching QUERY, as JSON
  conflicts --name NAME        possible conflicts of interest with existing clients, spouses
      [--other-name N ...]     and employers, best first, as JSON
      [--dob YYYY-MM-DD] [--employer E ...]
  compare --case FILE  assess a case file against the programme catalogue
      [--programs id,id]       default: the client's target countries, plus us-h1b and cn-k
      [--as-of YYYY-MM-DD]     default: today
      [--assume key=value ...] us-h1b-100k-payment=applies|vacated,
                               us-h1b-weighted-selection=weighted|random,
                               cn-k-work-authorised=unclear|yes|no
      [--currency USD] [--json]
  memo CASE_ID --out FILE.pdf
                       write the case's advisory memo as a PDF, from its latest saved
                       comparison (or a new one of the default programmes, saved first)
      [--snapshot ID]          a particular saved comparison of the case
      [--paper a4|letter]      default: the firm's setting
      [--engagement E]         pre-engagement (default) or engaged: which notice it carries
  backup --out FILE    an online, encrypted copy of the database (same passphrase), safe while
                       the app is running
  restore FILE         print what the backup holds (date, clients, cases), then replace the
                       database with it; the replaced one is kept as a safety copy,
                       advisor.before-restore YYYY-MM-DD HHMMSS.sqlite (UTC), beside it.
                       A backup made under an earlier passphrase asks for that one
                       (or ADVISOR_BACKUP_PASSPHRASE); the restored database keeps the current one
      [--dry-run]              only print what the backup holds
  safety-copies        list the safety copies restores kept (when, size, file)
  safety-copies remove FILE    delete that one safety copy, named as listed

Options:
  --data-dir DIR       the data folder (else ADVISOR_DATA_DIR, else ${defaultDataDir()})
  --help               this text

The database is encrypted. Commands that open it read the passphrase from ADVISOR_PASSPHRASE,
else ask for it at the terminal without echo. A wrong passphrase exits 1 and changes nothing.

Exit codes: 0 success, 2 bad input (the message names the field), 1 any other failure.`;

/** Commands that open the database (and so need its passphrase). */
const DATA_COMMANDS = new Set(['import', 'export', 'list', 'search', 'memo', 'conflicts', 'backup', 'restore', 'safety-copies']);

/** Runs one CLI command and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let advisor: Advisor | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        status: { type: 'string' },
        query: { type: 'string' },
        sort: { type: 'string' },
        asc: { type: 'boolean', default: false },
        trash: { type: 'boolean', default: false },
        name: { type: 'string' },
        'other-name': { type: 'string', multiple: true },
        dob: { type: 'string' },
        employer: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        case: { type: 'string' },
        programs: { type: 'string' },
        'as-of': { type: 'string' },
        assume: { type: 'string', multiple: true },
        currency: { type: 'string' },
        out: { type: 'string' },
        snapshot: { type: 'string' },
        paper: { type: 'string' },
        engagement: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(USAGE);
      return command === undefined && !values.help ? EXIT.badInput : EXIT.ok;
    }
    if (command === 'compare') {
      io.stdout(
        compare({
          caseFile: values.case,
          programs: values.programs,
          asOf: values['as-of'],
          assume: values.assume,
          currency: values.currency,
          json: values.json,
          today: today(io.clock),
        }),
      );
      return EXIT.ok;
    }
    const dataDir = resolveDataDir(values['data-dir'], io.env, () => defaultDataDir());
    if (!DATA_COMMANDS.has(command)) {
      throw new CliError(`Unknown command "${command}". Run with --help to see the commands.`, EXIT.badInput);
    }
    const prompt = io.prompt ?? null;
    const passphrase = await databasePassphrase(dataDir, io.env, prompt);
    const open = () => (advisor = openAdvisor({ dataDir, appVersion: io.appVersion, clock: io.clock, passphrase }));
    switch (command) {
      case 'import':
        return await importCases(open(), rest, io.stdout);
      case 'export':
        return await exportCases(open(), rest, io.stdout);
      case 'backup':
        return await backupCommand(open(), values.out, io.stdout);
      case 'restore': {
        if (rest.length !== 1) throw new CliError('restore takes one backup FILE.', EXIT.badInput);
        return await restoreCommand(open(), rest[0], { dryRun: values['dry-run'], env: io.env, prompt, currentPassphrase: passphrase }, io.stdout);
      }
      case 'safety-copies':
        return await safetyCopiesCommand(open(), rest, io.stdout);
      case 'list': {
        const filter = {
          query: values.query,
          status: values.status,
          sort: values.sort,
          direction: values.asc ? 'asc' : 'desc',
          trash: values.trash,
        };
        return await listCases(open(), filter, values.json, io.stdout);
      }
      case 'search':
        return await searchCases(open(), rest.join(' '), io.stdout);
      case 'memo': {
        if (rest.length > 1) throw new CliError('memo takes one CASE_ID.', EXIT.badInput);
        const args = { caseId: rest[0], out: values.out, snapshot: values.snapshot, paper: values.paper, engagement: values.engagement };
        return await writeMemo(open(), { ...args, today: today(io.clock) }, io.stdout);
      }
      case 'conflicts':
        if (!values.name) throw new CliError('conflicts needs --name NAME.', EXIT.badInput);
        return await checkConflicts(
          open(),
          {
            fullName: values.name,
            otherNames: values['other-name'] ?? [],
            dateOfBirth: values.dob ?? null,
            employers: values.employer ?? [],
          },
          io.stdout,
        );
      default:
        throw new CliError(`Unknown command "${command}". Run with --help to see the commands.`, EXIT.badInput);
    }
  } catch (err) {
    if (err instanceof BadInput) {
      io.stderr(err.message);
      return EXIT.badInput;
    }
    if (err instanceof CliError) {
      io.stderr(err.message);
      return err.exitCode;
    }
    if (err instanceof AdvisorError) {
      // A wrong passphrase is a failure (1), not bad input: the command itself was fine.
      io.stderr(err.message);
      return err.code === 'bad-input' ? EXIT.badInput : EXIT.failure;
    }
    const code = (err as { code?: unknown }).code;
    io.stderr(`Error: ${err instanceof Error ? err.message : String(err)}`);
    // node:util parseArgs reports unknown flags with ERR_PARSE_ARGS_*: that is bad input.
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS') ? EXIT.badInput : EXIT.failure;
  } finally {
    advisor?.close();
  }
}
