/**
 * The CLI's case commands: import, export, list, search and conflicts. Each goes through the
 * dispatcher, so the command line applies exactly the checks the app does.
 */
import type { CaseFile } from '../../shared/case-file';
import type { MethodInput } from '../../shared/contract';
import type { Advisor } from '../advisor';
import { describePrevious } from '../case-import';
import { exportText, readCaseFileDocuments, type FileProblem, type OpenedFile } from '../dialogs';
import { call } from '../dispatcher';
import { resolveCase } from './case-ref';
import { CliError, EXIT, failAsOptions, failSafely } from './errors';
import { checkImported, conflictSummary, describeMatch, type ImportedCase } from './import-conflicts';
import { readInputText } from './input-file';
import { casesPage } from './list';
import { terminalJson, terminalLines, terminalText } from './table';

/** Where a command prints. */
export type Out = (text: string) => void;

/** One block per file: `team.json is not a valid case file:` then its fields as written in the file. */
function describeFileProblems(problems: readonly FileProblem[]): string {
  const blocks: string[] = [];
  for (const file of new Set(problems.map(p => p.file))) {
    const own = problems.filter(p => p.file === file);
    const whole = own.filter(p => p.field === '');
    const fields = own.filter(p => p.field !== '');
    for (const p of whole) blocks.push(p.message.startsWith('not valid JSON') ? `${file} is ${p.message}` : `${file} ${p.message}`);
    if (fields.length > 0) blocks.push([`${file} is not a valid case file:`, ...fields.map(p => `${p.field}: ${p.message}`)].join('\n'));
  }
  return blocks.join('\n');
}

/** Files named for import, read and checked: their texts (remembered by content) and their case files, in order. */
export type ImportFiles = { files: OpenedFile[]; caseFiles: CaseFile[] };

/**
 * The case files named for import, read and checked before the database is opened (so nothing
 * is asked for, or stored, when one is wrong). A missing file, or one that is not UTF-8, is bad
 * input (exit 2) naming it. `today` is the user's date: no date of birth may come after it.
 */
export function readImportFiles(paths: readonly string[], today: string): ImportFiles {
  if (paths.length === 0) throw new CliError('Expected at least one FILE. Run with --help for usage.', EXIT.badInput);
  // Files are named by their path as typed, so the message points at the right one.
  const files: OpenedFile[] = paths.map(path => ({ name: path, text: readInputText(path, 'import', 'Nothing was imported.') }));
  const read = readCaseFileDocuments(files, today);
  if (!read.ok) {
    const message = describeFileProblems(read.problems);
    // Names, keys and JSON parse errors quote the file's own text, which may hold escape sequences.
    throw new CliError(terminalLines(`${message}\nNothing was imported.`), EXIT.badInput);
  }
  return { files, caseFiles: read.cases.map(c => c.caseFile) };
}

/**
 * How `import` reports: JSON, whether to run the conflict check (a migration of cleared clients
 * may skip it), and whether to import files imported before anyway (`--again`).
 */
export type ImportOutput = { json: boolean; conflictCheck: boolean; again?: boolean };

/**
 * `import FILE... [--again]`: the checked files stored in one transaction. A file imported before
 * (same content) is refused, naming its cases, unless `--again`; so re-running an import whose
 * output was lost makes no duplicates. Prints a line per stored case at once, then each new
 * client's possible conflicts as it is checked, a line on the check, then each new id, the last id
 * last (scripts take the last line). `--json` prints the imported cases with their matches instead
 * (null where the check was skipped: not run is not "none").
 */
export async function importCases(advisor: Advisor, read: ImportFiles, output: ImportOutput, out: Out): Promise<number> {
  const again = output.again === true;
  const result = await call(advisor.dispatch, 'cases:import', { files: read.files, again });
  if (!result.ok && result.error.code === 'already-imported') {
    const which = read.files.length === 1 ? 'it' : 'them';
    failSafely({ ...result.error, message: `${result.error.message}\nTo import ${which} again anyway, run import --again.` });
  }
  if (!result.ok) failSafely(result.error);
  const { imported, reimported } = result.value;
  if (reimported.length > 0) out(terminalLines(`Warning: imported again, as --again asked:\n${describePrevious(reimported)}`));
  // What was stored is said first: the check of a large batch takes a while.
  if (!output.json) for (const c of imported) out(`Imported ${terminalText(c.clientName)} as case ${c.reference}.`);
  let checked: ImportedCase[];
  if (output.conflictCheck) {
    checked = await checkImported(advisor, imported, read.caseFiles, c => {
      if (!output.json) for (const m of c.matches ?? []) out(describeMatch(c, m));
    });
  } else checked = imported.map(c => ({ ...c, matches: null }));
  if (output.json) {
    out(terminalJson(checked));
    return EXIT.ok;
  }
  out(output.conflictCheck ? conflictSummary(checked) : 'Conflict check: not run (--no-conflict-check). Run it in the app for each new client.');
  for (const c of imported) out(c.id);
  return EXIT.ok;
}

/** `export CASE...`: the stored case file exactly; several cases give a JSON array. */
export async function exportCases(advisor: Advisor, refs: readonly string[], out: Out): Promise<number> {
  if (refs.length === 0) throw new CliError('Expected at least one CASE. Run with --help for usage.', EXIT.badInput);
  const files = [];
  for (const ref of refs) {
    const { id } = await resolveCase(advisor, ref);
    const result = await call(advisor.dispatch, 'cases:get', { id });
    if (!result.ok) failSafely(result.error);
    files.push(result.value.caseFile);
  }
  // Exact JSON of the stored file; only the characters a terminal would act on are written as escapes.
  out(terminalLines(exportText(files).trimEnd()));
  return EXIT.ok;
}

/** `search QUERY`: the matching live cases as JSON, most recently changed first. */
export async function searchCases(advisor: Advisor, query: string, out: Out): Promise<number> {
  if (query.trim() === '') throw new CliError('Expected a QUERY. Run with --help for usage.', EXIT.badInput);
  out(terminalJson((await casesPage(advisor, { query }, { offset: 0, limit: null })).items));
  return EXIT.ok;
}

/** `conflicts CASE`: the case's stored conflict check, each possible match with its decision, as JSON. */
export async function caseConflicts(advisor: Advisor, ref: string, out: Out): Promise<number> {
  const found = await resolveCase(advisor, ref);
  const result = await call(advisor.dispatch, 'conflicts:report', { caseId: found.id });
  if (!result.ok) failSafely(result.error);
  out(terminalJson({ reference: found.reference, ...result.value }));
  return EXIT.ok;
}

/** The conflicts command's options, for messages about the fields they fill. */
const CONFLICT_OPTIONS = { fullName: '--name', otherNames: '--other-name', dateOfBirth: '--dob', employers: '--employer' };

/** `conflicts --name NAME [--other-name N]... [--dob D] [--employer E]...`: matches as JSON. */
export async function checkConflicts(advisor: Advisor, input: MethodInput<'conflicts:check'>, out: Out): Promise<number> {
  const result = await call(advisor.dispatch, 'conflicts:check', input);
  if (!result.ok) failAsOptions(result.error, CONFLICT_OPTIONS);
  out(terminalJson(result.value));
  return EXIT.ok;
}
