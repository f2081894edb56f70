import { openAdvisor, type Advisor } from '../advisor';
import { localDate, today, type Clock } from '../clock';
import { defaultDataDir, resolveDataDir } from '../data-dir';
import { CANCELLED_DIALOGS } from '../dialogs';
import { isCalendarDate } from '../../shared/dates';
import { AdvisorError } from '../../shared/result';
import { parseCommandLine, type Options } from './args';
import { backupCommand, checkBackupTarget, checkRestoreSource, restoreCommand } from './backup';
import { caseConflicts, checkConflicts, exportCases, importCases, readImportFiles, searchCases } from './cases';
import { commandHelp, usage } from './commands';
import { BadInput, checkCompareOptions, compare, readCaseFileArg } from './compare';
import { compareStored } from './compare-case';
import { caseFileId, checkDatesOptions, datesStored, printDates } from './dates';
import { CliError, EXIT } from './errors';
import { setFirm, showFirm, type Opener } from './firm';
import { listCases, pageOf } from './list';
import { writeMemo } from './memo';
import { databasePassphrase, type SecretPrompt } from './passphrase';
import { PUBLISHER_KEYS } from '../rules/publisher-key';
import type { TrustedKey } from '../rules/pack-crypto';
import { rulesPackCommand } from './rules-packs';
import { safetyCopiesCommand } from './safety-copies';
import { listRules, listOverrides, overrideRule, revertRule, type RulesBase } from './rules-overrides';
import { listAffected } from './rules-affected';
import { firmFacts } from '../rules/firm-data-set';
import type { Session } from '../session';
import { listSnapshots } from './snapshots';
import { terminalText } from './table';

export { EXIT } from './errors';

/** Where the CLI writes, and what it reads; injected so tests run it in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  appVersion: string;
  /** The one source of time: stamps rows, dates memos, and gives the default assessment date. */
  clock: Clock;
  /** Asks for a passphrase without echo; null when not at a terminal (then ADVISOR_PASSPHRASE is needed). */
  prompt?: SecretPrompt;
  /** The terminal's width in columns when stdout is a terminal; tables fit their widest column to it. */
  columns?: number | undefined;
  /**
   * Tests only: the keys rule packs may be signed with. electron/cli.ts never sets it, so the command
   * line trusts the publisher's key alone (PUBLISHER_KEYS); no environment variable or file can add one.
   */
  trustedKeys?: readonly TrustedKey[];
};

/** The whole help text, with this platform's default data folder. */
export const USAGE = usage(defaultDataDir());

/** What a command has to work with: its arguments and options, where to print, and the database, opened on demand. */
type Context = { args: string[]; options: Options; io: CliIo; open: Opener; passphrase: () => string; today: string };

/**
 * Runs one parsed command. Each checks its own arguments first and opens the database (asking for
 * the passphrase) only once they are right, so a typo never costs a passphrase prompt.
 */
/** The data set the firm's own figures are laid over: the applied pack's, else the shipped one. */
function firmBase(session: Session): RulesBase {
  const { base, origin } = firmFacts(session.db);
  return { dataSet: base, origin };
}

async function runCommand(name: string, c: Context): Promise<number> {
  const { args, options: o, io } = c;
  switch (name) {
    case 'import': {
      const read = readImportFiles(args, localDate(io.clock()));
      const output = { json: o.flag('json'), conflictCheck: !o.flag('no-conflict-check'), again: o.flag('again') };
      return await importCases(await c.open(), read, output, io.stdout);
    }
    case 'export':
      return await exportCases(await c.open(), args, io.stdout);
    case 'list': {
      const page = pageOf({ limit: o.string('limit'), offset: o.string('offset'), all: o.flag('all'), json: o.flag('json') });
      const filter = { query: o.string('query'), status: o.string('status'), sort: o.string('sort'), direction: o.flag('asc') ? 'asc' : 'desc', trash: o.flag('trash') };
      return await listCases(await c.open(), { filter, page, json: o.flag('json'), columns: io.columns }, io.stdout);
    }
    case 'search':
      return await searchCases(await c.open(), args.join(' '), io.stdout);
    case 'conflicts': {
      const fullName = o.string('name');
      const [ref] = args;
      if (ref !== undefined) {
        if (fullName !== undefined) throw new CliError('conflicts takes a stored CASE or --name NAME, not both.', EXIT.badInput);
        return await caseConflicts(await c.open(), ref, io.stdout);
      }
      if (!fullName) throw new CliError('conflicts needs a stored CASE or --name NAME.', EXIT.badInput);
      const dob = o.string('dob');
      // The contract takes any text here; a date the matcher cannot compare would silently match nothing.
      if (dob !== undefined && !isCalendarDate(dob)) throw new CliError(terminalText(`--dob: expected a date written YYYY-MM-DD, got "${dob}".`), EXIT.badInput);
      const input = { fullName, otherNames: o.list('other-name'), dateOfBirth: dob ?? null, employers: o.list('employer') };
      return await checkConflicts(await c.open(), input, io.stdout);
    }
    case 'compare': {
      const file = o.string('case');
      const [ref] = args;
      if ((file === undefined) === (ref === undefined)) throw new CliError('compare needs a stored CASE (matter number or id) or --case FILE, one of the two.', EXIT.badInput);
      const compareOptions = checkCompareOptions({ programs: o.string('programs'), asOf: o.string('as-of'), assume: o.list('assume'), currency: o.string('currency'), today: c.today });
      if (ref === undefined) {
        if (o.flag('save')) throw new CliError('--save stores a comparison of a stored case: compare CASE --save (import the file first).', EXIT.badInput);
        const caseFile = readCaseFileArg(file ?? '', localDate(io.clock()));
        // With a data folder named, a case file is compared on that firm's facts (its pack and its own figures).
        const facts = o.string('data-dir') === undefined ? undefined : firmFacts((await c.open()).vault.session().db).dataSet;
        io.stdout(compare(caseFile, compareOptions, o.flag('json'), facts));
        return EXIT.ok;
      }
      const advisor = await c.open();
      return await compareStored(advisor, ref, compareOptions, { json: o.flag('json'), save: o.flag('save') }, { out: io.stdout, note: io.stderr }, firmFacts(advisor.vault.session().db).dataSet);
    }
    case 'dates': {
      const file = o.string('case');
      const [ref] = args;
      if ((file === undefined) === (ref === undefined)) throw new CliError('dates needs a stored CASE (matter number or id) or --case FILE, one of the two.', EXIT.badInput);
      const options = checkDatesOptions({ asOf: o.string('as-of'), ics: o.string('ics'), remindDays: o.string('remind-days'), today: c.today });
      const print = { out: io.stdout, note: o.flag('json') ? io.stderr : io.stdout };
      const stamp = io.clock().toISOString();
      if (ref === undefined) {
        const caseFile = readCaseFileArg(file ?? '', localDate(io.clock()));
        const facts = o.string('data-dir') === undefined ? undefined : firmFacts((await c.open()).vault.session().db).dataSet;
        printDates(caseFile, caseFileId(caseFile), options, o.flag('json'), stamp, print, facts);
        return EXIT.ok;
      }
      const advisor = await c.open();
      await datesStored(advisor, ref, options, o.flag('json'), stamp, print, firmFacts(advisor.vault.session().db).dataSet);
      return EXIT.ok;
    }
    case 'memo': {
      const memoArgs = { caseRef: args[0], out: o.string('out'), snapshot: o.string('snapshot'), paper: o.string('paper'), engagement: o.string('engagement') };
      return await writeMemo(() => c.open(), { ...memoArgs, today: c.today }, io.stdout);
    }
    case 'snapshots':
      return await listSnapshots(await c.open(), args[0] ?? '', o.flag('json'), io.stdout);
    case 'firm show':
      return await showFirm(c.open, o.flag('json'), io.stdout);
    case 'firm set': {
      const firmArgs = { name: o.string('name'), attorney: o.string('attorney'), bar: o.string('bar'), address: o.list('address'), paper: o.string('paper'), logo: o.string('logo'), noLogo: o.flag('no-logo') };
      return await setFirm(c.open, firmArgs, io.stdout);
    }
    case 'backup': {
      const target = checkBackupTarget(o.string('out'));
      return await backupCommand(await c.open(), target, io.stdout);
    }
    case 'restore': {
      checkRestoreSource(args[0]);
      const advisor = await c.open();
      return await restoreCommand(advisor, args[0], { dryRun: o.flag('dry-run'), env: io.env, prompt: io.prompt ?? null, currentPassphrase: c.passphrase() }, io.stdout);
    }
    case 'safety-copies':
      return await safetyCopiesCommand(await c.open(), args, io.stdout);
    case 'rules verify':
    case 'rules diff':
    case 'rules apply':
    case 'rules rollback':
      return await rulesPackCommand(name, { file: args[0], json: o.flag('json'), open: () => c.open(), trusted: io.trustedKeys ?? PUBLISHER_KEYS, out: io.stdout });
    case 'rules list':
      return await listRules(c.open, { program: o.string('program'), asOf: o.string('as-of'), json: o.flag('json'), today: c.today }, firmBase, io.stdout);
    case 'rules override': {
      const [factId = '', value = ''] = args;
      const request = { factId, value, reason: o.string('reason'), effectiveFrom: o.string('effective') ?? c.today, url: o.string('source'), note: o.string('note') };
      return await overrideRule(c.open, request, io.clock, firmBase, io.stdout);
    }
    case 'rules revert':
      return await revertRule(c.open, args[0] ?? '', io.clock, firmBase, io.stdout);
    case 'rules overrides':
      return await listOverrides(c.open, args[0], o.flag('json'), firmBase, io.stdout);
    case 'rules affected':
      return await listAffected(await c.open(), { openOnly: o.flag('open'), json: o.flag('json') }, io.stdout);
    default:
      throw new CliError(`Unknown command "${name}". Run with --help to see the commands.`, EXIT.badInput);
  }
}

/** Runs one CLI command and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let advisor: Advisor | undefined;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === 'help') {
      io.stdout(parsed.command ? `${commandHelp(parsed.command)}\n\nEvery command also takes --data-dir DIR. npm run advisor -- --help shows them all.` : USAGE);
      return EXIT.ok;
    }
    if (parsed.kind === 'none') {
      io.stdout(USAGE);
      return EXIT.badInput;
    }
    const dataDir = resolveDataDir(parsed.dataDir, io.env, () => defaultDataDir());
    let passphrase: string | undefined;
    const open: Opener = async dialogs => {
      if (advisor) return advisor;
      passphrase = await databasePassphrase(dataDir, io.env, io.prompt ?? null);
      advisor = openAdvisor({ dataDir, appVersion: io.appVersion, clock: io.clock, passphrase, ...(dialogs ? { dialogs: { ...CANCELLED_DIALOGS, ...dialogs } } : {}) });
      return advisor;
    };
    const current = () => {
      if (passphrase === undefined) throw new Error('the database is not open');
      return passphrase;
    };
    return await runCommand(parsed.command.name, { args: parsed.args, options: parsed.options, io, open, passphrase: current, today: today(io.clock) });
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
    io.stderr(`Error: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failure;
  } finally {
    advisor?.close();
  }
}
