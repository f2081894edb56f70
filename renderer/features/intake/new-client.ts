import { CASE_FILE_FORMAT, CASE_FILE_VERSION, caseFileAsOf, type CaseFileInput } from '../../../shared/case-file';
import { localDate } from '../../../shared/dates';
import { toFieldIssues } from '../../../shared/validation';
import type { DateFormat } from '../../lib/date-format';
import { errorText } from './error-text';

/** What the New client form holds, as typed (strings; empty means not given). */
export type NewClientDraft = {
  fullName: string;
  otherNames: string;
  dateOfBirth: string;
  citizenship: string;
  secondCitizenship: string;
  residenceCountry: string;
  maritalStatus: string;
  email: string;
  phone: string;
  notes: string;
};
export type DraftField = keyof NewClientDraft;

export const EMPTY_DRAFT: NewClientDraft = {
  fullName: '',
  otherNames: '',
  dateOfBirth: '',
  citizenship: '',
  secondCitizenship: '',
  residenceCountry: '',
  maritalStatus: '',
  email: '',
  phone: '',
  notes: '',
};

/**
 * Builds a case file from the draft. Blank fields are left out (unknown), never sent as "" or
 * guessed: the engine must see them as unknown. The result is only a candidate: it is checked by
 * validateDraft here and again by the main process, hence the cast.
 */
export function draftToCaseFile(d: NewClientDraft): CaseFileInput {
  const given = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const otherNames = d.otherNames
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean);
  const citizenships = [given(d.citizenship), given(d.secondCitizenship)].filter((c): c is string => !!c);
  const client = Object.fromEntries(
    Object.entries({
      fullName: d.fullName.trim(),
      otherNames: otherNames.length ? otherNames : undefined,
      dateOfBirth: given(d.dateOfBirth),
      citizenships: citizenships.length ? citizenships : undefined,
      residenceCountry: given(d.residenceCountry),
      maritalStatus: given(d.maritalStatus),
      email: given(d.email),
      phone: given(d.phone),
    }).filter(([, v]) => v !== undefined),
  );
  const notes = given(d.notes);
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    client,
    ...(notes ? { notes } : {}),
  } as CaseFileInput;
}

/** Which form field a case-file path belongs to (`client.citizenships[1]` → secondCitizenship). */
export function fieldForPath(path: string): DraftField | undefined {
  const p = path.replace(/^caseFile\./, '');
  if (p === 'notes') return 'notes';
  if (p.startsWith('client.otherNames')) return 'otherNames';
  if (p === 'client.citizenships[1]') return 'secondCitizenship';
  if (p.startsWith('client.citizenships')) return 'citizenship';
  const m = /^client\.(\w+)$/.exec(p);
  const name = m?.[1];
  return name && name in EMPTY_DRAFT ? (name as DraftField) : undefined;
}

/** What to do, in place of the schema's message that a value is missing or not in the right form. */
const PLAIN: Partial<Record<DraftField, string>> = {
  fullName: 'Enter the client’s full name.',
  email: 'Enter an e-mail address such as name@example.com, or leave it blank.',
  otherNames: 'Each line needs a name; remove empty lines.',
};
/** Messages that already say what is wrong with a well-formed value (too long, a year out of range, after today). */
const SPECIFIC = /^(at most |expected a year |must not be after )/;

/**
 * Validates the draft against the case-file schema, with no date of birth after `today` (the
 * user's calendar); errors keyed by form field, in plain words, dates written in `format`.
 */
export function validateDraft(d: NewClientDraft, today: string = localDate(new Date()), format: DateFormat = 'long'): Partial<Record<DraftField, string>> {
  const parsed = caseFileAsOf(today).safeParse(draftToCaseFile(d));
  return parsed.success ? {} : issuesToFieldErrors(toFieldIssues(parsed.error), format);
}

/** Maps field issues (from the schema or from the main process) onto form fields, in the intake's wording. */
export function issuesToFieldErrors(issues: readonly { field: string; message: string }[], format: DateFormat = 'long') {
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of issues) {
    const field = fieldForPath(issue.field);
    const plain = SPECIFIC.test(issue.message) ? undefined : field && PLAIN[field];
    if (field && !errors[field]) errors[field] = plain ?? errorText(issue.message, format);
  }
  return errors;
}
