/**
 * Every command of the command line, with its arguments and options: one table that the parser
 * checks what was typed against and that `--help` is printed from, so the two cannot drift apart.
 */
import { CASE_SORTS, CASE_STATUSES } from '../../shared/contract';
import { ASSUMPTIONS } from '../../shared/programs/assumptions';
import { SUPPORTED_CURRENCIES } from '../../shared/rules/money';
import { RULES_PACK_COMMANDS } from './rules-packs-help';

/** One option: `--out FILE`, or a flag such as `--json`. */
export type OptionSpec = {
  type: 'string' | 'boolean';
  /** May be given more than once; the values are kept in order. */
  multiple?: true;
  /** The value's placeholder in help and messages: FILE, N, YYYY-MM-DD. */
  value?: string;
  /** What it does; lines after the first are continuation lines. */
  help: string;
};

export type CommandSpec = {
  /** As typed: `list`, or `firm set` for a subcommand. */
  name: string;
  /** The positional arguments in the synopsis, e.g. `CASE...`; '' for none. */
  args: string;
  /** Options it cannot do without, shown in the synopsis: `--out FILE.pdf`. */
  needs?: string;
  /** How many positional arguments it takes. */
  count: { min: number; max: number };
  /** What it does, a line or a few. */
  about: string;
  options: Record<string, OptionSpec>;
};

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  'data-dir': { type: 'string', value: 'DIR', help: 'the data folder (else ADVISOR_DATA_DIR, else the app’s own)' },
  help: { type: 'boolean', help: 'help: this text, or one command’s with COMMAND --help' },
};

const MANY = Number.POSITIVE_INFINITY;
const json = (what: string): OptionSpec => ({ type: 'boolean', help: what });
const CASE_ARG = '\nCASE is the matter number (2026-0001) or the case id.';

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'import',
    args: 'FILE...',
    count: { min: 1, max: MANY },
    about:
      'store case files (each one case file, or a JSON array of them) as new clients and cases,\n' +
      'all or none; prints a line for each, then runs the conflict check for each new client and\n' +
      'lists possible conflicts, then prints the new case ids, one a line, the last on the last line.\n' +
      'A file imported before (same content) is refused, naming the cases it made, so re-running an\n' +
      'import whose output was lost makes no duplicates',
    options: {
      again: { type: 'boolean', help: 'import files imported before anyway (their cases are made a second time)' },
      json: json('print the imported cases, each with its conflict-check matches, as JSON'),
      'no-conflict-check': {
        type: 'boolean',
        help: 'store without checking (a migration of clients already cleared): the check compares each new client with every case, which takes minutes for thousands',
      },
    },
  },
  {
    name: 'export',
    args: 'CASE...',
    count: { min: 1, max: MANY },
    about: `print the stored case file as JSON (several cases: a JSON array).${CASE_ARG}`,
    options: {},
  },
  {
    name: 'list',
    args: '',
    count: { min: 0, max: 0 },
    about: 'list cases, most recently changed first, 50 at a time',
    options: {
      status: { type: 'string', value: 'S', help: `only cases with this status (${CASE_STATUSES.join(', ')})` },
      query: { type: 'string', value: 'Q', help: 'only cases whose names (any script or Latin spelling),\nemployers or notes contain Q' },
      sort: { type: 'string', value: 'K', help: `${CASE_SORTS.join(', ')} (default updated, newest first)` },
      asc: { type: 'boolean', help: 'ascending order' },
      trash: { type: 'boolean', help: 'list the Trash instead' },
      limit: { type: 'string', value: 'N', help: 'show N rows (default 50; with --json, all)' },
      offset: { type: 'string', value: 'N', help: 'skip the first N rows' },
      all: { type: 'boolean', help: 'show every row' },
      json: json('machine-readable output'),
    },
  },
  {
    name: 'search',
    args: 'QUERY',
    count: { min: 1, max: MANY },
    about: 'the live cases matching QUERY (names in any script, employers, notes), as JSON',
    options: {},
  },
  {
    name: 'conflicts',
    args: 'CASE | --name NAME',
    count: { min: 0, max: 1 },
    about:
      'a stored case’s conflict check: each possible match with its decision (unresolved, cleared,\n' +
      'conflict or same-person), who decided and when; or, with --name, possible conflicts of interest\n' +
      `with existing clients, spouses and employers, best first. As JSON.${CASE_ARG}`,
    options: {
      name: { type: 'string', value: 'NAME', help: 'the person’s name, any script (required)' },
      'other-name': { type: 'string', multiple: true, value: 'N', help: 'another name they use (repeatable)' },
      dob: { type: 'string', value: 'YYYY-MM-DD', help: 'date of birth' },
      employer: { type: 'string', multiple: true, value: 'E', help: 'an employer (repeatable)' },
    },
  },
  {
    name: 'compare',
    args: 'CASE | --case FILE',
    count: { min: 0, max: 1 },
    about: `assess a stored case, or a case file, against the programme catalogue.${CASE_ARG}`,
    options: {
      case: { type: 'string', value: 'FILE', help: 'a case file to assess without storing it' },
      programs: { type: 'string', value: 'id,id', help: 'default: the client’s target countries, plus us-h1b and cn-k' },
      'as-of': { type: 'string', value: 'YYYY-MM-DD', help: 'default: today' },
      assume: {
        type: 'string',
        multiple: true,
        value: 'key=value',
        help: ASSUMPTIONS.map(a => `${a.key}=${a.options.map(o => o.value).join('|')}`).join(',\n'),
      },
      currency: { type: 'string', value: 'CODE', help: `totals in USD (default) or ${SUPPORTED_CURRENCIES.filter(c => c !== 'USD').join(', ')}` },
      json: json('{ rulesVersion, asOf, currency, assumptions, assessments[] }'),
      save: { type: 'boolean', help: 'store it as a saved comparison of the case (for memo --snapshot)' },
    },
  },
  {
    name: 'dates',
    args: 'CASE | --case FILE',
    count: { min: 0, max: 1 },
    about:
      'the dates that matter for a stored case or a case file: status and OPT ends, H-1B seasons,\n' +
      'document validity, birthdays on which points fall, age limits; each with what happens, the\n' +
      `programmes and the source. Unknown dates are listed with the fact to record.${CASE_ARG}`,
    options: {
      case: { type: 'string', value: 'FILE', help: 'a case file to date without storing it' },
      'as-of': { type: 'string', value: 'YYYY-MM-DD', help: 'default: today' },
      json: json('{ asOf, dates[] } sorted by date, unknown last'),
      ics: { type: 'string', value: 'FILE.ics', help: 'also write the dated events as an iCalendar file (re-importing it updates them)' },
      'remind-days': { type: 'string', value: 'N', help: 'the calendar reminder, N days before each date (default 14)' },
    },
  },
  {
    name: 'memo',
    args: 'CASE',
    needs: '--out FILE.pdf|FILE.docx',
    count: { min: 1, max: 1 },
    about:
      'write the case’s advisory memo, with the firm’s letterhead, from its latest saved comparison\n' +
      '(or a new one of the default programmes, saved first): a PDF, or a Word document for the\n' +
      `firm to edit, as the --out file’s extension says.${CASE_ARG}`,
    options: {
      out: { type: 'string', value: 'FILE.pdf|FILE.docx', help: 'where to write it (required; the folder must exist): .pdf for PDF, .docx for Word' },
      snapshot: { type: 'string', value: 'ID', help: 'a particular saved comparison of the case (see snapshots)' },
      paper: { type: 'string', value: 'a4|letter', help: 'default: the firm’s setting' },
      engagement: { type: 'string', value: 'E', help: 'pre-engagement (default) or engaged: which notice it carries' },
    },
  },
  {
    name: 'snapshots',
    args: 'CASE',
    count: { min: 1, max: 1 },
    about: `the case’s saved comparisons, newest first: id, date, programmes, recommendation, stale.${CASE_ARG}`,
    options: { json: json('machine-readable output, with the differences of stale ones') },
  },
  {
    name: 'firm show',
    args: '',
    count: { min: 0, max: 0 },
    about: 'the firm details memos are written with (Settings → Firm details in the app)',
    options: { json: json('machine-readable output (the logo as its type and size)') },
  },
  {
    name: 'firm set',
    args: '',
    count: { min: 0, max: 0 },
    about: 'change the firm details; what is not given stays as it is',
    options: {
      name: { type: 'string', value: 'NAME', help: 'the firm’s name' },
      attorney: { type: 'string', value: 'NAME', help: 'the attorney who signs' },
      bar: { type: 'string', value: 'TEXT', help: 'the attorney’s bar admission' },
      address: { type: 'string', multiple: true, value: 'LINE', help: 'the address, one --address per line' },
      paper: { type: 'string', value: 'a4|letter', help: 'the memos’ paper size' },
      logo: { type: 'string', value: 'FILE', help: 'a PNG or JPEG logo (at most 2 MB)' },
      'no-logo': { type: 'boolean', help: 'remove the logo' },
    },
  },
  {
    name: 'backup',
    args: '',
    needs: '--out FILE',
    count: { min: 0, max: 0 },
    about: 'an online, encrypted copy of the database (same passphrase), safe while the app is\nrunning',
    options: { out: { type: 'string', value: 'FILE', help: 'the copy to write (required; the folder must exist)' } },
  },
  {
    name: 'restore',
    args: 'FILE',
    count: { min: 1, max: 1 },
    about:
      'print what the backup holds (date, clients, cases), then replace the database with it; the\n' +
      'replaced one is kept as a safety copy, advisor.before-restore YYYY-MM-DD HHMMSS.sqlite (UTC),\n' +
      'beside it. A backup made under an earlier passphrase asks for that one (or\n' +
      'ADVISOR_BACKUP_PASSPHRASE); the restored database keeps the current one',
    options: { 'dry-run': { type: 'boolean', help: 'only print what the backup holds' } },
  },
  {
    name: 'safety-copies',
    args: '[remove FILE]',
    count: { min: 0, max: 2 },
    about: 'list the safety copies restores kept (when, size, file); with remove FILE, delete that one,\nnamed as listed',
    options: {},
  },
  // Issue 17: the facts the rules use, and the firm's own figures over them (rules-overrides.ts).
  {
    name: 'rules list',
    args: '',
    count: { min: 0, max: 0 },
    about:
      'every fact the rules use: its id, value in force on the date, unit, dates in force, source,\n' +
      'confidence and origin (catalogue, pack, or firm for the firm’s own figure)',
    options: {
      program: { type: 'string', value: 'ID', help: 'only the facts of this programme (us-h1b…)' },
      'as-of': { type: 'string', value: 'YYYY-MM-DD', help: 'the values in force on this date (default: today)' },
      json: json('{ asOf, facts[] }'),
    },
  },
  {
    name: 'rules override',
    args: 'FACT_ID VALUE|unknown',
    needs: '--source URL|--note TEXT',
    count: { min: 2, max: 2 },
    about:
      'enter the firm’s own figure for a fact (see rules list for the ids), or mark it unknown: in\n' +
      'force from its effective date on, under your name (Settings → Your name), audited. The\n' +
      'figure before it still applies to earlier dates',
    options: {
      source: { type: 'string', value: 'URL', help: 'the web page the figure comes from (http or https)' },
      note: { type: 'string', value: 'TEXT', help: 'what the figure rests on (a source URL, a note, or both)' },
      effective: { type: 'string', value: 'YYYY-MM-DD', help: 'its first day in force (default: today)' },
      reason: { type: 'string', value: 'TEXT', help: 'with unknown: why the figure is unknown' },
    },
  },
  {
    name: 'rules revert',
    args: 'FACT_ID',
    count: { min: 1, max: 1 },
    about: 'take back the firm’s figures for a fact, so the catalogue’s (or the pack’s) applies again;\naudited, and kept in the fact’s history',
    options: {},
  },
  {
    name: 'rules overrides',
    args: '[FACT_ID]',
    count: { min: 0, max: 1 },
    about: 'the firm’s figures in force; with FACT_ID, every figure entered for that fact, reverted ones too',
    options: { json: json('machine-readable output') },
  },
  {
    name: 'rules affected',
    args: '',
    count: { min: 0, max: 0 },
    about:
      'the cases whose saved comparisons the firm’s figures (the applied pack and its own) now answer\n' +
      'differently: each comparison, with its id, and what would now differ, route by route',
    options: { open: { type: 'boolean', help: 'only open cases (not closed)' }, json: json('{ rulesVersion, cases[] }') },
  },
  ...RULES_PACK_COMMANDS,
];

/** Commands with subcommands, and theirs. */
export const GROUPS: Record<string, readonly string[]> = {
  firm: ['show', 'set'],
  rules: ['list', 'override', 'revert', 'overrides', 'affected', 'verify', 'diff', 'apply', 'rollback'],
};

/** The names a user can type first: commands, groups and `help`. */
export const COMMAND_WORDS = [...new Set([...COMMANDS.map(c => c.name.split(' ')[0] ?? c.name), 'help'])];

export function commandNamed(name: string): CommandSpec | undefined {
  return COMMANDS.find(c => c.name === name);
}

/** `--out FILE`, `--json`. */
export function optionLabel(name: string, spec: OptionSpec): string {
  return spec.value ? `--${name} ${spec.value}` : `--${name}`;
}

const OPTION_COLUMN = 30;
/** Help lines are wrapped to fit a terminal of this many columns. */
const HELP_WIDTH = 100;

/** `text`'s lines, each wrapped at spaces to at most `width` characters. */
function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap(line => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
    return out;
  });
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).flatMap(([name, spec]) => {
    const [first = '', ...rest] = wrap(spec.help, HELP_WIDTH - OPTION_COLUMN);
    const label = `      ${optionLabel(name, spec)}${spec.multiple ? ' ...' : ''}`;
    const head = label.length < OPTION_COLUMN ? label.padEnd(OPTION_COLUMN) + first : `${label}\n${' '.repeat(OPTION_COLUMN)}${first}`;
    return [head, ...rest.map(line => ' '.repeat(OPTION_COLUMN) + line)];
  });
}

/** One command's block of the help: synopsis, what it does, its options. */
export function commandHelp(spec: CommandSpec): string {
  const synopsis = [`  ${spec.name}`, spec.args, spec.needs].filter(Boolean).join(' ');
  return [synopsis, ...wrap(spec.about, HELP_WIDTH - 6).map(l => `      ${l}`), ...optionLines(spec.options)].join('\n');
}

/** The whole `--help` text. */
export function usage(defaultDataDir: string): string {
  return `Immigration Advisor command line

Usage: npm run advisor -- <command> [arguments] [options]
       npm run advisor -- <command> --help      one command's help

Commands:
${COMMANDS.map(commandHelp).join('\n')}

Options of every command:
${optionLines({ ...GLOBAL_OPTIONS, 'data-dir': { type: 'string', value: 'DIR', help: `the data folder (else ADVISOR_DATA_DIR, else ${defaultDataDir})` } }).join('\n')}

The database is encrypted. Commands that open it read the passphrase from ADVISOR_PASSPHRASE,
else ask for it at the terminal without echo. A wrong passphrase exits 1 and changes nothing.

Exit codes: 0 success, 2 bad input (the message names the argument or field), 1 any other failure.`;
}
