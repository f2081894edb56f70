/**
 * `list`: the case list, a page at a time (50 rows unless told), as a table or JSON, through the
 * same `cases:list` the app's list uses.
 */
import type { CaseSummary } from '../../shared/contract';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import type { Out } from './cases';
import { CliError, EXIT, failAsOptions } from './errors';
import { tableLines, terminalJson, terminalText } from './table';

/** Rows a table shows unless `--limit` or `--all` says otherwise. */
export const DEFAULT_PAGE = 50;
/** The contract's largest page; longer listings are read in pages of this size. */
const CONTRACT_PAGE = 500;
/** Widest client name shown, in terminal columns, when the terminal's width is not known (a pipe). */
export const CLIENT_COLUMN = 40;
/** The client column never shrinks below this, however narrow the terminal. */
const CLIENT_COLUMN_MIN = 16;
/** What the other columns take: reference, status, date and id with the gaps between columns. */
const OTHER_COLUMNS = 9 + 12 + 10 + 36 + 4 * 2;

/** The client column's cap: what the terminal has left beside the other columns, or CLIENT_COLUMN. */
export function clientColumn(terminalColumns: number | undefined): number {
  if (terminalColumns === undefined || terminalColumns <= 0) return CLIENT_COLUMN;
  return Math.max(CLIENT_COLUMN_MIN, terminalColumns - OTHER_COLUMNS - 1);
}
/** Lines handed to the terminal at a time, so a closed pipe stops a long listing early. */
const LINES_PER_WRITE = 1000;

/** List filters as typed on the command line; the dispatcher validates them like any input. */
export type ListArgs = { query?: string | undefined; status?: string | undefined; sort?: string | undefined; direction?: string; trash?: boolean };

/** Which rows: from `offset`, at most `limit` (null: all). */
export type Page = { offset: number; limit: number | null };

/** A whole number of at least `min`, from an option's text; anything else is bad input naming the option. */
export function wholeNumber(text: string, option: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new CliError(terminalText(`${option}: expected a whole number of at least ${String(min)}, got "${text}".`), EXIT.badInput);
  }
  return Number(text);
}

/** The page `--limit`, `--offset` and `--all` ask for; tables default to 50 rows, JSON to all of them. */
export function pageOf(options: { limit: string | undefined; offset: string | undefined; all: boolean; json: boolean }): Page {
  if (options.all && options.limit !== undefined) throw new CliError('--all and --limit: give one or the other.', EXIT.badInput);
  const offset = options.offset === undefined ? 0 : wholeNumber(options.offset, '--offset', 0);
  if (options.limit !== undefined) return { offset, limit: wholeNumber(options.limit, '--limit', 1) };
  // A script reading JSON must not get a silently shortened list; a person reading a table gets a page.
  return { offset, limit: options.all || options.json ? null : DEFAULT_PAGE };
}

/** The rows of one page (or all from the offset), read in contract-sized pages, and the total. */
export async function casesPage(advisor: Advisor, filter: ListArgs, page: Page): Promise<{ items: CaseSummary[]; total: number }> {
  const items: CaseSummary[] = [];
  for (;;) {
    const want = page.limit === null ? CONTRACT_PAGE : Math.min(CONTRACT_PAGE, page.limit - items.length);
    const result = await call(advisor.dispatch, 'cases:list', { ...filter, limit: want, offset: page.offset + items.length });
    if (!result.ok) failAsOptions(result.error, { query: '--query', status: '--status', sort: '--sort' });
    // One page at a time, never spread: push(...rows) of a huge array would overflow the stack.
    for (const item of result.value.items) items.push(item);
    const done = result.value.items.length < want || page.offset + items.length >= result.value.total || items.length === page.limit;
    if (done) return { items, total: result.value.total };
  }
}

/** The closing line of a page that is not the whole list. */
function pageNote(page: Page, shown: number, total: number): string | null {
  if (page.offset === 0 && shown >= total) return null;
  if (shown === 0) return `No rows after the first ${String(page.offset)}; there are ${String(total)}.`;
  const first = page.offset + 1;
  const last = page.offset + shown;
  const more = last < total ? `; --offset ${String(last)} for the next page, --limit N or --all` : '';
  return `Showing ${String(first)}–${String(last)} of ${String(total)}${more}.`;
}

/** What `list` shows: which cases, which page, how, and on how wide a terminal (undefined: not a terminal). */
export type ListRequest = { filter: ListArgs; page: Page; json: boolean; columns: number | undefined };

/** `list`: a table (a page of it) or JSON. */
export async function listCases(advisor: Advisor, request: ListRequest, out: Out): Promise<number> {
  const { filter, page, json } = request;
  const { items, total } = await casesPage(advisor, filter, page);
  if (json) {
    out(terminalJson(items));
    return EXIT.ok;
  }
  if (total === 0) {
    if (filter.query) out(`No cases match "${terminalText(filter.query)}".`);
    else if (filter.status) out(`No cases with status ${filter.status}.`);
    else out(filter.trash ? 'The Trash is empty.' : 'No cases yet.');
    return EXIT.ok;
  }
  const rows = items.map(c => [c.reference, c.clientName, c.status, c.updatedAt.slice(0, 10), c.id]);
  const lines = tableLines(['Reference', 'Client', 'Status', 'Updated', 'Case id'], rows, [undefined, clientColumn(request.columns)]);
  for (let i = 0; i < lines.length; i += LINES_PER_WRITE) out(lines.slice(i, i + LINES_PER_WRITE).join('\n'));
  const note = pageNote(page, items.length, total);
  if (note) out(note);
  return EXIT.ok;
}
