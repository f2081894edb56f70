/**
 * Reads the command line against the command table: which command, its arguments, its options.
 * Anything that does not fit is refused with the CLI's own message (exit 2) naming what was typed
 * and, where one is close, what was probably meant; node's raw parse errors never reach the user.
 */
import { parseArgs } from 'node:util';
import { COMMANDS, COMMAND_WORDS, GLOBAL_OPTIONS, GROUPS, commandNamed, optionLabel, type CommandSpec, type OptionSpec } from './commands';
import { CliError, EXIT } from './errors';
import { didYouMean } from './suggest';
import { terminalText } from './table';

/** What was asked for: a command with its arguments and options, or help. */
export type Parsed =
  | { kind: 'help'; command: CommandSpec | undefined }
  | { kind: 'none' }
  | { kind: 'run'; command: CommandSpec; args: string[]; options: Options; dataDir: string | undefined };

/** The options given, read by name. */
export type Options = {
  string(name: string): string | undefined;
  flag(name: string): boolean;
  list(name: string): string[];
};

type Value = string | true | string[];

/** Every option any command takes, so the first pass knows which ones consume a value (`-h` is --help). */
export const ALL_OPTIONS: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
for (const spec of [GLOBAL_OPTIONS, ...COMMANDS.map(c => c.options)]) {
  for (const [name, o] of Object.entries(spec)) ALL_OPTIONS[name] = { type: o.type };
}
ALL_OPTIONS.help = { type: 'boolean', short: 'h' };

const bad = (message: string) => new CliError(terminalText(message), EXIT.badInput);
const dashed = (name: string) => `--${name}`;

/** Which command the words name: `list`, `firm set`; refuses an unknown one with the nearest. */
function findCommand(words: readonly string[]): { spec: CommandSpec | undefined; used: number } {
  const [first, second] = words;
  if (first === undefined) return { spec: undefined, used: 0 };
  const subs = Object.hasOwn(GROUPS, first) ? GROUPS[first] : undefined;
  if (subs) {
    if (second === undefined) throw bad(`${first} needs one of: ${subs.join(', ')}.`);
    const spec = commandNamed(`${first} ${second}`);
    if (!spec) throw bad(`Unknown command "${first} ${second}"${didYouMean(second, subs, s => `${first} ${s}`) || '.'} ${first} takes: ${subs.join(', ')}.`);
    return { spec, used: 2 };
  }
  const spec = commandNamed(first);
  if (!spec) throw bad(`Unknown command "${first}"${didYouMean(first, COMMAND_WORDS) || '.'} Run with --help to see the commands.`);
  return { spec, used: 1 };
}

/** Refuses an option the command does not take, or one given wrongly; names the nearest it does take. */
function checkOption(command: CommandSpec, name: string, raw: string, value: string | undefined, inline: boolean | undefined, known: Record<string, OptionSpec>): OptionSpec {
  // Own keys only: `--constructor` or `--toString` must not find Object.prototype's.
  const spec = Object.hasOwn(known, name) ? known[name] : undefined;
  if (!spec) {
    const hint = didYouMean(name, Object.keys(known), dashed);
    if (Object.hasOwn(ALL_OPTIONS, name)) {
      const takes = Object.entries(command.options).map(([n, o]) => optionLabel(n, o));
      const listing = ` ${command.name} takes ${takes.length ? takes.join(', ') : 'only --data-dir'}.`;
      throw bad(`${raw} is not an option of ${command.name}${hint || `.${listing}`}`);
    }
    throw bad(`Unknown option ${raw}${hint || `. Run ${command.name} --help to see its options.`}`);
  }
  if (spec.type === 'boolean' && value !== undefined) throw bad(`${raw} takes no value (got "${value}").`);
  if (spec.type === 'string') {
    const label = optionLabel(name, spec);
    if (value === undefined) throw bad(`${raw} needs a value: ${label}.`);
    // `--out --json`: the next option was swallowed as the value; a value that starts with a dash goes after '='.
    if (!inline && value.startsWith('-') && value.length > 1) throw bad(`${raw} needs a value: ${label} (to give one starting with "-", write ${raw}=${value}).`);
  }
  return spec;
}

/**
 * Parses argv. The first pass uses every option's type only to tell option values from words; each
 * option is then checked against the command's own. `--help` anywhere asks for help.
 */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const { tokens } = parseArgs({ args: [...argv], options: ALL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const words = tokens.flatMap(t => (t.kind === 'positional' ? [t.value] : []));
  const wantsHelp = tokens.some(t => t.kind === 'option' && t.name === 'help');
  if (wantsHelp || words[0] === 'help') {
    const named = words[0] === 'help' ? words.slice(1) : words;
    return { kind: 'help', command: named.length === 0 ? undefined : findCommand(named).spec };
  }
  // Options before the command: only the global ones belong there. Checked first, so `--stauts x list`
  // is reported as the option it is, not as a command named "x".
  for (const t of tokens) {
    if (t.kind !== 'option') break;
    if (Object.hasOwn(GLOBAL_OPTIONS, t.name)) continue;
    if (Object.hasOwn(ALL_OPTIONS, t.name)) throw bad(`${t.rawName} goes after the command it belongs to.`);
    throw bad(`Unknown option ${t.rawName}${didYouMean(t.name, Object.keys(ALL_OPTIONS), dashed) || '.'}`);
  }
  const { spec: command, used } = findCommand(words);
  if (!command) return { kind: 'none' };

  const known: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...command.options };
  const values = new Map<string, Value>();
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = checkOption(command, t.name, t.rawName, t.value, t.inlineValue, known);
    const value: string | true = t.value ?? true;
    const before = values.get(t.name);
    if (spec.multiple) values.set(t.name, [...(Array.isArray(before) ? before : []), String(value)]);
    else if (before !== undefined) throw bad(`${t.rawName} is given twice; give it once.`);
    else values.set(t.name, value);
  }

  const args = words.slice(used);
  const { min, max } = command.count;
  if (args.length < min) throw bad(`${command.name} needs ${command.args}. Run ${command.name} --help for its usage.`);
  if (args.length > max) {
    const extra = args.slice(max).map(a => `"${a}"`).join(', ');
    throw bad(max === 0 ? `${command.name} takes no arguments (got ${extra}).` : `${command.name} takes ${command.args} only (also got ${extra}).`);
  }

  const options: Options = {
    string: name => {
      const v = values.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    flag: name => values.get(name) === true,
    list: name => {
      const v = values.get(name);
      return Array.isArray(v) ? v : [];
    },
  };
  return { kind: 'run', command, args, options, dataDir: options.string('data-dir') };
}
