// The command line's own reading of argv: every option checked against the command it is given to,
// with "did you mean" for typos, and --help built from the same table. No database is opened here.
import { describe, expect, it } from 'vitest';
import { ALL_OPTIONS, parseCommandLine } from '../../../electron/cli/args';
import { COMMANDS, GLOBAL_OPTIONS, commandHelp } from '../../../electron/cli/commands';
import { CliError } from '../../../electron/cli/errors';
import { USAGE, runCli } from '../../../electron/cli/run';
import { closest, editDistance } from '../../../electron/cli/suggest';
import { testClock } from '../../fixtures';
import { SUPPORTED_CURRENCIES } from '../../../shared/programs/fx-rates';

/** The message and exit code parseCommandLine refuses argv with. */
function refusal(...argv: string[]): { message: string; exitCode: number } {
  try {
    parseCommandLine(argv);
  } catch (err) {
    if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
    throw err;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

/** Runs the CLI with no database behind it: only what fails before one is opened may be asked. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: t => out.push(t), stderr: t => err.push(t), env: {}, appVersion: 't', clock: testClock });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('suggestions', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('stauts', 'status')).toBe(1);
    expect(editDistance('lsit', 'list')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('李伟', '李伟')).toBe(0);
  });

  it('offers the nearest name, the only one a prefix stands for, or nothing when none is close', () => {
    expect(closest('stauts', ['status', 'sort', 'query'])).toBe('status');
    expect(closest('prog', ['programs', 'paper'])).toBe('programs');
    expect(closest('us-h1', ['us-h1b', 'us-l1', 'cn-k'])).toBe('us-h1b');
    expect(closest('colour', ['status', 'sort', 'query'])).toBeUndefined();
  });
});

describe('reading the command line', () => {
  it('names the closest valid option for a typo, in the CLI’s own words (exit 2)', () => {
    expect(refusal('list', '--stauts', 'intake')).toEqual({ message: 'Unknown option --stauts; did you mean --status?', exitCode: 2 });
    expect(refusal('memo', '2026-0001', '--snapshto', 'x').message).toBe('Unknown option --snapshto; did you mean --snapshot?');
    expect(refusal('list', '--colour').message).toBe('Unknown option --colour. Run list --help to see its options.');
    // Before the command, too: the option is reported, not its value taken for a command.
    expect(refusal('--stauts', 'intake', 'list').message).toBe('Unknown option --stauts; did you mean --status?');
    expect(refusal('-x', 'list').message).toBe('Unknown option -x.');
    // Names an object has by inheritance are no options or commands.
    expect(refusal('list', '--constructor').message).toBe('Unknown option --constructor. Run list --help to see its options.');
    expect(refusal('list', '--toString').message).toBe('Unknown option --toString. Run list --help to see its options.');
    expect(refusal('constructor').message).toBe('Unknown command "constructor". Run with --help to see the commands.');
  });

  it('refuses an option of another command rather than ignoring it', () => {
    expect(refusal('compare', '2026-0001', '--status', 'intake').message).toBe(
      '--status is not an option of compare. compare takes --case FILE, --programs id,id, --as-of YYYY-MM-DD, --assume key=value, --currency CODE, --json, --save.',
    );
    expect(refusal('export', '2026-0001', '--json').message).toBe('--json is not an option of export. export takes only --data-dir.');
    expect(refusal('--json', 'list').message).toBe('--json goes after the command it belongs to.');
  });

  it('refuses a missing value, a value on a flag, an option given twice, and wrong argument counts', () => {
    expect(refusal('backup', '--out').message).toBe('--out needs a value: --out FILE.');
    expect(refusal('backup', '--out', '--data-dir', 'x').message).toBe('--out needs a value: --out FILE (to give one starting with "-", write --out=--data-dir).');
    expect(refusal('list', '--json=yes').message).toBe('--json takes no value (got "yes").');
    expect(refusal('list', '--status', 'intake', '--status', 'closed').message).toBe('--status is given twice; give it once.');
    expect(refusal('list', 'extra').message).toBe('list takes no arguments (got "extra").');
    expect(refusal('memo', '2026-0001', '2026-0002', '--out', 'x.pdf').message).toBe('memo takes CASE only (also got "2026-0002").');
    expect(refusal('snapshots').message).toBe('snapshots needs CASE. Run snapshots --help for its usage.');
    expect(refusal('firm').message).toBe('firm needs one of: show, set.');
    expect(refusal('firm', 'sho').message).toBe('Unknown command "firm sho"; did you mean firm show? firm takes: show, set.');
    expect(refusal('lsit').message).toBe('Unknown command "lsit"; did you mean list? Run with --help to see the commands.');
  });

  it('reads values, repeated options, `=` values and arguments after --', () => {
    const parsed = parseCommandLine(['compare', '--case', 'f.json', '--assume', 'a=b', '--assume=c=d', '--data-dir', 'D', '--json']);
    if (parsed.kind !== 'run') throw new Error(parsed.kind);
    expect(parsed.command.name).toBe('compare');
    expect(parsed.options.string('case')).toBe('f.json');
    expect(parsed.options.list('assume')).toEqual(['a=b', 'c=d']);
    expect(parsed.options.flag('json')).toBe(true);
    expect(parsed.options.flag('save')).toBe(false);
    expect(parsed.dataDir).toBe('D');
    const dashed = parseCommandLine(['search', '--', '-minus']);
    expect(dashed.kind === 'run' && dashed.args).toEqual(['-minus']);
    const firm = parseCommandLine(['firm', 'set', '--address', 'Line 1', '--address', 'Line 2']);
    expect(firm.kind === 'run' && [firm.command.name, firm.options.list('address')]).toEqual(['firm set', ['Line 1', 'Line 2']]);
  });

  it('gives every option one type across commands, so the first pass reads values right', () => {
    for (const spec of [GLOBAL_OPTIONS, ...COMMANDS.map(c => c.options)]) {
      for (const [name, option] of Object.entries(spec)) expect(ALL_OPTIONS[name]?.type, name).toBe(option.type);
    }
  });
});

describe('help', () => {
  it('lists every command and every option in --help, and one command’s with COMMAND --help (exit 0)', async () => {
    for (const command of COMMANDS) {
      expect(USAGE).toContain(commandHelp(command));
      for (const option of Object.keys(command.options)) expect(commandHelp(command), `${command.name} --${option}`).toContain(`--${option}`);
    }
    const all = await cli('--help');
    expect(all).toMatchObject({ code: 0, stdout: USAGE });
    const memo = await cli('memo', '--help');
    expect(memo.code).toBe(0);
    expect(memo.stdout).toMatch(/^ {2}memo CASE --out FILE\.pdf\|FILE\.docx\n/);
    expect(memo.stdout).toContain('CASE is the matter number (2026-0001) or the case id.');
    expect(memo.stdout).not.toContain('restore FILE');
    expect((await cli('help', 'firm', 'set')).stdout).toContain('--logo FILE');
    expect((await cli('-h')).stdout).toBe(USAGE);
    // No command: the usage, as bad input.
    expect(await cli()).toMatchObject({ code: 2, stdout: USAGE });
  });

  it('says which currencies --currency takes', () => {
    // Every currency of the exchange-rate table, whatever the help text's line breaks.
    const help = /--currency CODE +totals in USD \(default\) or ([^-]*)/.exec(USAGE)?.[1]?.replace(/\s+/g, ' ') ?? '';
    expect(help.match(/\b[A-Z]{3}\b/g)).toEqual(SUPPORTED_CURRENCIES.filter(c => c !== 'USD'));
  });

  it('exits 2 through runCli, with the message alone on stderr (no node ERR_PARSE_ARGS text)', async () => {
    const r = await cli('list', '--stauts', 'intake');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'Unknown option --stauts; did you mean --status?' });
  });
});
