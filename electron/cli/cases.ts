/**
 * The CLI's case commands: import, export, list, search and conflicts. Each goes through the
 * dispatcher, so the command line applies exactly the checks the app does.
 */
import { readFileSync } from 'node:fs';
import type { CaseSummary, MethodInput } from '../../shared/contract';
import type { AdvisorErrorInfo } from '../../shared/result';
import type { Advisor } from '../advisor';
import { describePrevious } from '../case-import';
import { decodeCaseFiles, exportText, readCaseFileDocuments, type ChosenFile, type FileProblem } from '../dialogs';
import { call } from '../dispatcher';
import { CliError, EXIT, fail } from './errors';
import { formatTable, terminalJson, terminalLines, terminalText } from './table';

/** A dispatcher error for the terminal: its message may quote keys or names from a case file. */
function failSafely(error: AdvisorErrorInfo): never {
  return fail({ ...error, message: terminalLines(error.message) });
}

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

/**
 * `import FILE... [--again]`: every file read and checked first (each one case file or an array of
 * them), then all stored in one transaction. A file imported before (same content) is refused,
 * naming its cases, unless `--again`. Prints a line per case, then each new id, the last id last.
 */
export async function importCases(advisor: Advisor, paths: readonly string[], out: Out, options: { again?: boolean } = {}): Promise<number> {
  if (paths.length === 0) throw new CliError('Expected at least one FILE. Run with --help for usage.', EXIT.badInput);
  // Files are named by their path as typed, so the message points at the right one. Read as bytes:
  // decodeCaseFile refuses what is not UTF-8 rather than reading it as U+FFFD.
  const chosen: ChosenFile[] = paths.map(path => {
    try {
      return { name: path, bytes: readFileSync(path) };
    } catch (err) {
      throw new CliError(terminalLines(`Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`), EXIT.failure);
    }
  });
  const decoded = decodeCaseFiles(chosen);
  const problems = decoded.ok ? readCaseFileDocuments(decoded.files) : decoded;
  if (!decoded.ok || !problems.ok) {
    const message = describeFileProblems(problems.ok ? [] : problems.problems);
    // Names, keys and JSON parse errors quote the file's own text, which may hold escape sequences.
    throw new CliError(terminalLines(`${message}\nNothing was imported.`), EXIT.badInput);
  }
  // The texts, so the dispatcher remembers each file by its content and refuses one imported before.
  const result = await call(advisor.dispatch, 'cases:import', { files: decoded.files, again: options.again === true });
  if (!result.ok && result.error.code === 'already-imported') {
    failSafely({ ...result.error, message: `${result.error.message}\nTo import ${paths.length === 1 ? 'it' : 'them'} again anyway, run import --again.` });
  }
  if (!result.ok) failSafely(result.error);
  if (result.value.reimported.length > 0) out(terminalLines(`Warning: imported again, as --again asked:\n${describePrevious(result.value.reimported)}`));
  for (const c of result.value.imported) out(`Imported ${terminalText(c.clientName)} as case ${c.reference}.`);
  for (const c of result.value.imported) out(c.id);
  return EXIT.ok;
}

/** `export CASE_ID...`: the stored case file exactly; several ids give a JSON array. */
export async function exportCases(advisor: Advisor, ids: readonly string[], out: Out): Promise<number> {
  if (ids.length === 0) throw new CliError('Expected at least one CASE_ID. Run with --help for usage.', EXIT.badInput);
  const files = [];
  for (const id of ids) {
    const result = await call(advisor.dispatch, 'cases:get', { id });
    if (!result.ok) failSafely(result.error);
    files.push(result.value.caseFile);
  }
  // Exact JSON of the stored file; only the characters a terminal would act on are written as escapes.
  out(terminalLines(exportText(files).trimEnd()));
  return EXIT.ok;
}

/** List filters as typed on the command line; the dispatcher validates them like any input. */
export type ListArgs = { query?: string | undefined; status?: string | undefined; sort?: string | undefined; direction?: string; trash?: boolean };

/** Every case the filter finds, paged through (the contract caps a page at 500 rows). */
async function allCases(advisor: Advisor, filter: ListArgs): Promise<CaseSummary[]> {
  const items: CaseSummary[] = [];
  for (;;) {
    const result = await call(advisor.dispatch, 'cases:list', { ...filter, limit: 500, offset: items.length });
    if (!result.ok) failSafely(result.error);
    items.push(...result.value.items);
    if (result.value.items.length === 0 || items.length >= result.value.total) return items;
  }
}

/** `list [--status S] [--query Q] [--trash] [--json]`: a table, or JSON. */
export async function listCases(advisor: Advisor, filter: ListArgs, json: boolean, out: Out): Promise<number> {
  const items = await allCases(advisor, filter);
  if (json) {
    out(terminalJson(items));
    return EXIT.ok;
  }
  if (items.length === 0) {
    if (filter.query) out(`No cases match "${terminalText(filter.query)}".`);
    else if (filter.status) out(`No cases with status ${filter.status}.`);
    else out(filter.trash ? 'The Trash is empty.' : 'No cases yet.');
    return EXIT.ok;
  }
  const rows = items.map(c => [c.reference, c.clientName, c.status, c.updatedAt.slice(0, 10), c.id]);
  out(formatTable(['Reference', 'Client', 'Status', 'Updated', 'Case id'], rows));
  return EXIT.ok;
}

/** `search QUERY`: the matching live cases as JSON, most recently changed first. */
export async function searchCases(advisor: Advisor, query: string, out: Out): Promise<number> {
  if (query.trim() === '') throw new CliError('Expected a QUERY. Run with --help for usage.', EXIT.badInput);
  out(terminalJson(await allCases(advisor, { query })));
  return EXIT.ok;
}

/** `conflicts --name NAME [--other-name N]... [--dob D] [--employer E]...`: matches as JSON. */
export async function checkConflicts(advisor: Advisor, input: MethodInput<'conflicts:check'>, out: Out): Promise<number> {
  const result = await call(advisor.dispatch, 'conflicts:check', input);
  if (!result.ok) failSafely(result.error);
  out(terminalJson(result.value));
  return EXIT.ok;
}
