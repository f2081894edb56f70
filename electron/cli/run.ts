import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CASE_STATUSES, type CaseSummary } from '../../shared/contract';
import type { AdvisorErrorInfo } from '../../shared/result';
import { openAdvisor, type Advisor } from '../advisor';
import { defaultDataDir, resolveDataDir } from '../data-dir';
import { call } from '../dispatcher';
import { BadInput, compare } from './compare';
import { formatTable } from './table';

/** Where the CLI writes, and what it reads; injected so tests run it in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  appVersion: string;
  /** The default assessment date, `YYYY-MM-DD`; tests fix it. */
  today?: string;
};

/** Exit codes: 0 success, 1 any other failure, 2 bad input (message names the field). */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

export const USAGE = `Immigration Advisor command line

Usage: npm run advisor -- <command> [options]

Commands:
  import FILE          validate a case file and store it as a new client and case;
                       prints the new case id on the last line
  export CASE_ID       print the stored case file as JSON
  list [--status S]    list cases, most recently changed first (S: ${CASE_STATUSES.join(', ')})
                       add --json for machine-readable output
  compare --case FILE  assess a case file against the programme catalogue
      [--programs id,id]       default: the client's target countries, plus us-h1b and cn-k
      [--as-of YYYY-MM-DD]     default: today
      [--assume key=value ...] us-h1b-100k-payment=applies|vacated,
                               us-h1b-weighted-selection=weighted|random,
                               cn-k-work-authorised=unclear|yes|no
      [--currency USD] [--json]

Options:
  --data-dir DIR       the data folder (else ADVISOR_DATA_DIR, else ${defaultDataDir()})
  --help               this text

Exit codes: 0 success, 2 bad input (the message names the field), 1 any other failure.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

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
        json: { type: 'boolean', default: false },
        case: { type: 'string' },
        programs: { type: 'string' },
        'as-of': { type: 'string' },
        assume: { type: 'string', multiple: true },
        currency: { type: 'string' },
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
          today: io.today ?? new Date().toISOString().slice(0, 10),
        }),
      );
      return EXIT.ok;
    }
    const dataDir = resolveDataDir(values['data-dir'], io.env, () => defaultDataDir());
    const open = () => (advisor = openAdvisor({ dataDir, appVersion: io.appVersion }));
    switch (command) {
      case 'import':
        return await importCase(open(), one(rest, 'FILE'), io);
      case 'export':
        return await exportCase(open(), one(rest, 'CASE_ID'), io);
      case 'list':
        return await listCases(open(), values.status, values.json, io);
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
    const code = (err as { code?: unknown }).code;
    io.stderr(`Error: ${err instanceof Error ? err.message : String(err)}`);
    // node:util parseArgs reports unknown flags with ERR_PARSE_ARGS_*: that is bad input.
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS') ? EXIT.badInput : EXIT.failure;
  } finally {
    advisor?.close();
  }
}

function one(args: readonly string[], name: string): string {
  if (args.length !== 1 || !args[0]) throw new CliError(`Expected exactly one ${name}. Run with --help for usage.`, EXIT.badInput);
  return args[0];
}

/** Maps a dispatcher error to an exit code, dropping the `caseFile.` prefix so paths match the file. */
function fail(error: AdvisorErrorInfo, prefix = ''): never {
  const message = prefix ? error.message.split(prefix).join('') : error.message;
  throw new CliError(message, error.code === 'bad-input' || error.code === 'not-found' ? EXIT.badInput : EXIT.failure);
}

async function importCase(advisor: Advisor, file: string, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`, EXIT.failure);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, EXIT.badInput);
  }
  const result = await call(advisor.dispatch, 'cases:create', { caseFile: json });
  if (!result.ok) fail({ ...result.error, message: `${file} is not a valid case file:\n${result.error.message}` }, 'caseFile.');
  io.stdout(`Imported ${result.value.clientName} as case ${result.value.reference}.`);
  io.stdout(result.value.id);
  return EXIT.ok;
}

async function exportCase(advisor: Advisor, id: string, io: CliIo): Promise<number> {
  const result = await call(advisor.dispatch, 'cases:get', { id });
  if (!result.ok) fail(result.error);
  io.stdout(JSON.stringify(result.value.caseFile, null, 2));
  return EXIT.ok;
}

async function listCases(advisor: Advisor, status: string | undefined, json: boolean, io: CliIo): Promise<number> {
  const items: CaseSummary[] = [];
  let total = Infinity;
  // Page through: the contract caps a page at 500 rows so no single call blocks the main process.
  while (items.length < total) {
    const result = await call(advisor.dispatch, 'cases:list', { status, limit: 500, offset: items.length });
    if (!result.ok) fail(result.error);
    items.push(...result.value.items);
    total = result.value.total;
    if (result.value.items.length === 0) break;
  }
  if (json) {
    io.stdout(JSON.stringify(items, null, 2));
    return EXIT.ok;
  }
  if (items.length === 0) {
    io.stdout(status ? `No cases with status ${status}.` : 'No cases yet.');
    return EXIT.ok;
  }
  const rows = items.map(c => [c.reference, c.clientName, c.status, c.updatedAt.slice(0, 10), c.id]);
  io.stdout(formatTable(['Reference', 'Client', 'Status', 'Updated', 'Case id'], rows));
  return EXIT.ok;
}
