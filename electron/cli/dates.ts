/**
 * `dates CASE|--case FILE [--as-of YYYY-MM-DD] [--json] [--ics FILE] [--remind-days N]`: the dates
 * that matter for a case (shared/key-dates), as a table, as JSON, and as an iCalendar file.
 */
import type { CaseFile } from '../../shared/case-file';
import { isCalendarDate } from '../../shared/dates';
import { BUNDLED_FACTS } from '../../shared/facts/bundled';
import type { FactDataSet } from '../../shared/facts/schema';
import { keyDates } from '../../shared/key-dates';
import { toICalendar } from '../../shared/key-dates/ics';
import type { KeyDate } from '../../shared/key-dates/types';
import { buildCatalogue, type Catalogue } from '../../shared/programs/index';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { writePrivateFileAtomically } from '../private-files';
import { resolveCase } from './case-ref';
import { BadInput } from './compare';
import { failSafely } from './errors';
import { outputPath } from './input-file';
import { formatTable, terminalJson, terminalLines, terminalText } from './table';

/** The reminder lead time when --remind-days is not given. */
export const DEFAULT_REMIND_DAYS = 14;

export type DatesArgs = { asOf: string | undefined; ics: string | undefined; remindDays: string | undefined; today: string };
export type DatesOptions = { asOf: string; ics: string | null; remindDays: number };

/** Checks --as-of, --ics and --remind-days, each refused by name with what it takes. */
export function checkDatesOptions(args: DatesArgs): DatesOptions {
  const asOf = args.asOf ?? args.today;
  if (!isCalendarDate(asOf)) throw new BadInput(terminalText(`--as-of: expected a date written YYYY-MM-DD, got "${asOf}".`));
  const remind = args.remindDays ?? String(DEFAULT_REMIND_DAYS);
  if (!/^\d{1,3}$/.test(remind)) throw new BadInput(terminalText(`--remind-days: expected a whole number of days from 0 to 999, got "${remind}".`));
  let ics: string | null = null;
  if (args.ics !== undefined) {
    if (!args.ics.toLowerCase().endsWith('.ics')) throw new BadInput(terminalText(`--ics: expected a file ending in .ics, got "${args.ics}".`));
    ics = outputPath(args.ics, '--ics');
  }
  return { asOf, ics, remindDays: Number(remind) };
}

/** A case read from a file has no id: one from its client's name and birth date keeps the UIDs stable. */
export function caseFileId(file: CaseFile): string {
  // FNV-1a, 32 bits: stable and short; a clash only merges two files' events in one calendar.
  let hash = 0x811c9dc5;
  for (const ch of `${file.client.fullName}\u0000${file.client.dateOfBirth ?? ''}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `file-${hash.toString(16).padStart(8, '0')}`;
}

const programNames = (catalogue: Catalogue, ids: readonly string[]) => ids.map(id => catalogue.programById(id)?.name ?? id).join(', ');

function whenText(d: KeyDate): string {
  if (d.date === null) return 'unknown';
  return d.endDate ? `${d.date} to ${d.endDate}` : d.date;
}

function readable(dates: readonly KeyDate[], asOf: string, catalogue: Catalogue): string {
  const known = dates.filter(d => d.date !== null);
  const unknown = dates.filter(d => d.date === null);
  const rows = known.map(d => [whenText(d), d.title, d.certainty === 'expected' ? 'expected' : '', d.consequence]);
  return [
    `Dates that matter as of ${asOf} ("expected": from the published pattern, not yet announced or conditional).`,
    '',
    known.length > 0 ? formatTable(['Date', 'What', 'Certainty', 'What happens'], rows) : 'No date could be worked out from the case file.',
    ...(unknown.length > 0 ? ['', 'Not known yet (record these to date them):', ...unknown.map(d => `  ${d.title}: ${d.toRecord ?? d.consequence}${d.programIds.length > 0 ? ` (${programNames(catalogue, d.programIds)})` : ''}`)] : []),
  ].join('\n');
}

export type DatesResult = { text: string; ics: string | null; events: number };

/**
 * The dates of `caseFile` at `asOf` on the figures of `facts`: the text to print (a table or the
 * JSON), and the iCalendar file's text when --ics asked for one.
 */
export function datesOf(caseFile: CaseFile, caseId: string, options: DatesOptions, json: boolean, stamp: string, facts: FactDataSet = BUNDLED_FACTS): DatesResult {
  const catalogue = buildCatalogue(facts);
  const { asOf, dates } = keyDates(caseFile, options.asOf, catalogue);
  // Case text (names, employers) goes through the terminal escapes like any case text.
  const text = json
    ? terminalJson({ asOf, dates })
    : terminalLines(readable(dates, asOf, catalogue));
  const ics = options.ics === null
    ? null
    : toICalendar(
        dates.map(date => ({
          caseId,
          date,
          details: [
            ...(date.programIds.length > 0 ? [`Programmes: ${programNames(catalogue, date.programIds)}`] : []),
            ...(date.sourceId ? [`Source: ${catalogue.sourceById(date.sourceId)?.title ?? date.sourceId}`] : []),
          ],
        })),
        { stamp, leadDays: options.remindDays, name: caseFile.client.fullName },
      );
  return { text, ics, events: dates.filter(d => d.date !== null).length };
}

/** Writes the iCalendar file (private, renamed into place) and says how many events it holds. */
export function writeIcs(path: string, ics: string, dates: number): string {
  writePrivateFileAtomically(path, ics);
  return `Wrote ${String(dates)} dated event${dates === 1 ? '' : 's'} to ${path}; dates not yet known are left out.`;
}

type Print = { out: (t: string) => void; note: (t: string) => void };

/** `dates` on a case file (`--case FILE`), or on a stored case (`datesStored`). */
export function printDates(caseFile: CaseFile, caseId: string, options: DatesOptions, json: boolean, stamp: string, print: Print, facts?: FactDataSet): void {
  const result = datesOf(caseFile, caseId, options, json, stamp, facts);
  print.out(result.text);
  if (options.ics !== null && result.ics !== null) print.note(writeIcs(options.ics, result.ics, result.events));
}

/** `dates CASE`: the stored case's last complete case file, dated on the firm's figures. */
export async function datesStored(advisor: Advisor, ref: string, options: DatesOptions, json: boolean, stamp: string, print: Print, facts: FactDataSet): Promise<void> {
  const { id } = await resolveCase(advisor, ref);
  const record = await call(advisor.dispatch, 'cases:get', { id });
  if (!record.ok) failSafely(record.error);
  const { caseFile, reference, draft } = record.value;
  if (draft) print.note(`Case ${reference} has intake changes with problems, not yet saved; these are the dates of its last complete case file.`);
  printDates(caseFile, id, options, json, stamp, print, facts);
}
