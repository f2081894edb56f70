/**
 * The audit trail in words: "Status valid until: — → 30 June 2027", "Citizenships: China", "Has a
 * job offer: yes", "Degree or diploma 2 added: Master's, Tsinghua University". Labels are the case
 * file's own (rules/fact-labels.ts), coded answers read as the intake offers them
 * (case-file-labels.ts), countries by name. Paths and JSON stay in the trail's technical detail.
 */
import type { FieldDiff } from './audit-diff';
import { EMPLOYER_SIZE_LABELS, LEVEL_LABELS, MARITAL_LABELS, OPT_KIND_LABELS, PAY_SCALE_LABELS, PRIORITY_LABELS, RECOGNITION_LABELS, TIE_LABELS } from './case-file-labels';
import { countryName } from './countries';
import { describeEntry, entryFieldLabel, factLabel, isLabelledFact } from './rules/fact-labels';
import { LANGUAGE_NAMES } from './rules/labels';

export type AuditWordsOptions = {
  /** A stored date (`YYYY-MM-DD` or `YYYY-MM`) in the user's chosen format. */
  date: (iso: string) => string;
};

/** One change in words, with the fields of an added or removed entry. */
export type AuditLine = { text: string; details: string[] };

/** The row an audit line belongs to, as much as the wording needs. */
export type AuditRowKind = { action: string; entity: string; note: string | null };

/** Fields of the case row itself (not of the case file), and of a decision or saved comparison. */
const RECORD_LABELS: Readonly<Record<string, string>> = {
  reference: 'Reference',
  status: 'Case status',
  conflictCheck: 'Conflict check',
  deletedAt: 'In the Trash',
  snapshots: 'Saved comparison',
};

const LISTS = 'education|work|languages|children|registrations|ties';
/** `spouse.education[1].level` → spouse, list, index, field (a whole entry has no field). */
const ENTRY = new RegExp(`^(spouse\\.)?(${LISTS})\\[(\\d+)\\](?:\\.(\\w+))?$`);

/** "Spouse’s Degree or diploma 2": an entry by its place in the list. */
function entryName(spouse: string | undefined, list: string, index: number): string {
  return `${spouse ? 'Spouse’s ' : ''}${describeEntry(list, index, undefined)}`;
}

/**
 * The words for a field path, or null when it has none (the test that walks the whole case file
 * schema holds every path to this).
 */
export function auditFieldLabel(path: string): string | null {
  const own = RECORD_LABELS[path];
  if (own) return own;
  const m = ENTRY.exec(path);
  if (m) {
    const [, spouse, list = '', index = '0', field] = m;
    const name = entryName(spouse, list, Number(index));
    if (field === undefined) return name;
    const what = entryFieldLabel(list, field);
    return what ? `${name}: ${what}` : null;
  }
  return isLabelledFact(path) ? factLabel(path) : null;
}

const DATE_KEYS = new Set(['dateOfBirth', 'validUntil', 'countedOn', 'firstStartedOn', 'optEndsOn', 'passportExpiresOn', 'assessedOn', 'completed', 'start', 'end', 'testDate', 'startDate', 'startBy']);
const COUNTRY_KEYS = new Set(['country', 'residenceCountry', 'citizenships', 'permanentResidences', 'targetCountries']);
const CHOICES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  maritalStatus: MARITAL_LABELS,
  employerSize: EMPLOYER_SIZE_LABELS,
  nationalPayScale: PAY_SCALE_LABELS,
  germanRecognition: RECOGNITION_LABELS,
  optKind: OPT_KIND_LABELS,
  kind: TIE_LABELS,
  priorities: PRIORITY_LABELS,
};
const WAGE_LEVELS = ['I', 'II', 'III', 'IV'];
const languages = new Intl.DisplayNames(['en'], { type: 'language' });
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');

function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES[code] ?? languages.of(code) ?? code;
  } catch {
    return code;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMoney = (v: unknown): v is { amount: number; currency: string } => isRecord(v) && typeof v.amount === 'number' && typeof v.currency === 'string';
const number = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });

/** One plain value (not a list) of the field named `key` at `path`, in words. */
function plainWords(path: string, key: string, v: unknown, opts: AuditWordsOptions): string {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return key === 'usWageLevel' ? `level ${WAGE_LEVELS[v - 1] ?? number(v)}` : number(v);
  if (isMoney(v)) return `${number(v.amount)} ${v.currency}`;
  if (typeof v !== 'string') return isRecord(v) ? 'given' : 'changed';
  if (DATE_KEYS.has(key)) return opts.date(v);
  if (COUNTRY_KEYS.has(key)) return countryName(v);
  if (key === 'language') return languageName(v);
  // `level` is a coded answer for a degree, free text for a language result.
  if (key === 'level' && /(^|\.)education\[/.test(path)) return (LEVEL_LABELS as Readonly<Record<string, string>>)[v] ?? v;
  if (key === 'status' || key === 'conflictCheck') return capitalised(v);
  return CHOICES[key]?.[v] ?? v;
}

/**
 * A value of the field at `path` in words: yes/no, countries by name, dates in the chosen format,
 * money with its currency, lists joined. Unknown is "not known", never "no" or "none"; an empty
 * list is "none", which the case file means by it.
 */
export function auditValue(path: string, value: unknown, opts: AuditWordsOptions): string {
  if (value === null || value === undefined) return 'not known';
  const key = /(\w+)$/.exec(path)?.[1] ?? '';
  if (path === 'jobOffer') return isRecord(value) ? 'yes' : 'changed';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(v => plainWords(path, key, v, opts)).join(', ');
  return plainWords(path, key, value, opts);
}

/** Money recorded as two leaves (`funds.amount`, `funds.currency`) becomes one `funds` change. */
function joinMoney(changes: readonly FieldDiff[]): FieldDiff[] {
  const out: FieldDiff[] = [];
  const byPath = new Map(changes.map(c => [c.field, c]));
  for (const c of changes) {
    const parent = /^(.+)\.(amount|currency)$/.exec(c.field)?.[1];
    const amount = parent && byPath.get(`${parent}.amount`);
    const currency = parent && byPath.get(`${parent}.currency`);
    if (!parent || !amount || !currency) {
      out.push(c);
      continue;
    }
    if (c !== amount) continue;
    const side = (a: unknown, cur: unknown) => (a === null && cur === null ? null : { amount: a, currency: cur });
    out.push({ field: parent, before: side(amount.before, currency.before), after: side(amount.after, currency.after) });
  }
  return out;
}

/** The field whose presence makes an entry exist (the case file requires it in every entry). */
const REQUIRED_FIELD: Readonly<Record<string, string>> = { education: 'level', languages: 'language', registrations: 'country', ties: 'kind' };

/** "Master's, Tsinghua University": an entry's describing values, for the line that adds or removes it. */
function summary(path: string, fields: [string, unknown][], opts: AuditWordsOptions): string {
  const shown = fields.filter(([, v]) => typeof v === 'string' || isMoney(v)).slice(0, 3);
  return shown.map(([k, v]) => auditValue(`${path}.${k}`, v, opts)).join(', ');
}

function entryLine(path: string, name: string, added: boolean, fields: [string, unknown][], list: string, opts: AuditWordsOptions): AuditLine {
  const what = summary(path, fields, opts);
  return {
    text: `${name} ${added ? 'added' : 'removed'}${what ? `: ${what}` : ''}`,
    details: fields.map(([k, v]) => `${entryFieldLabel(list, k) ?? 'detail'}: ${auditValue(`${path}.${k}`, v, opts)}`),
  };
}

const known = (v: unknown) => v !== null && v !== undefined;

/**
 * The changes of one audit row in words, in the order they were recorded. The fields of an entry
 * that was added or removed read as one line with the entry's fields beneath; a row that created
 * the record reads "Label: value", a change "Label: before → after".
 */
export function auditLines(row: AuditRowKind, changes: readonly FieldDiff[], opts: AuditWordsOptions): AuditLine[] {
  // Moving to the Trash and back, and saving a comparison, say all in the action itself.
  if (row.action === 'delete' || row.action === 'restore' || row.action === 'snapshot') return [];
  // A client row's fields are the case file's `client` fields; its empty lists mean "not given".
  const prefixed = row.entity === 'client' ? changes.map(c => ({ field: `client.${c.field}`, before: emptyIsUnknown(c.before), after: emptyIsUnknown(c.after) })) : changes;
  const created = row.action === 'create';
  const lines: AuditLine[] = [];
  const done = new Set<string>();
  const all = joinMoney(prefixed);
  for (const c of all) {
    if (done.has(c.field)) continue;
    const m = ENTRY.exec(c.field);
    if (m) {
      const [, spouse, list = '', index = '0', field] = m;
      const base = c.field.replace(/\.\w+$/, '');
      const name = entryName(spouse, list, Number(index));
      if (field === undefined) {
        // A whole entry appeared or went (one with nothing known inside is recorded whole).
        const fields = Object.entries(isRecord(c.after) ? c.after : isRecord(c.before) ? c.before : {});
        lines.push(entryLine(c.field, name, known(c.after), fields, list, opts));
        done.add(c.field);
        continue;
      }
      const group = all.filter(g => g.field.startsWith(`${base}.`) && ENTRY.exec(g.field));
      const required = group.find(g => g.field === `${base}.${REQUIRED_FIELD[list] ?? ''}`);
      const added = required && !known(required.before) && known(required.after);
      const removed = required && known(required.before) && !known(required.after);
      if (added || removed) {
        const fields = group.map((g): [string, unknown] => [g.field.slice(base.length + 1), added ? g.after : g.before]).filter(([, v]) => known(v));
        lines.push(entryLine(base, name, Boolean(added), fields, list, opts));
        for (const g of group) done.add(g.field);
        continue;
      }
    }
    done.add(c.field);
    lines.push({ text: changeText(c, created, opts), details: [] });
  }
  return lines;
}

function emptyIsUnknown(v: unknown): unknown {
  return Array.isArray(v) && v.length === 0 ? null : v;
}

/** Longer than this, a recorded text (a memo section) is said to have changed rather than quoted. */
const QUOTED_TEXT_MAX = 120;

function changeText(c: FieldDiff, created: boolean, opts: AuditWordsOptions): string {
  // Memo rows record their field in words already (a path never holds a space or starts with a capital). A
  // memo's texts are whole sections: the line says what changed; the texts stay in the technical detail.
  if (/^[A-Z]|\s/.test(c.field)) {
    const long = [c.before, c.after].some(v => typeof v === 'string' && v.length > QUOTED_TEXT_MAX);
    const side = (v: unknown) => (typeof v === 'string' && v !== '' ? v : '—');
    const label = c.field.charAt(0).toUpperCase() + c.field.slice(1);
    return long ? `${label}: text changed` : `${label}: ${side(c.before)} → ${side(c.after)}`;
  }
  const label = auditFieldLabel(c.field) ?? 'Another detail';
  if (isRecord(c.after) && Object.keys(c.after).length === 0 && c.field !== 'jobOffer') return `${label}: added, nothing known yet`;
  if (created && !known(c.before)) return `${label}: ${auditValue(c.field, c.after, opts)}`;
  // A yes/no question says "not known"; elsewhere a dash marks a value not given.
  const unknown = typeof (c.before ?? c.after) === 'boolean' ? 'not known' : '—';
  const side = (v: unknown) => (known(v) ? auditValue(c.field, v, opts) : unknown);
  return `${label}: ${side(c.before)} → ${side(c.after)}`;
}

/**
 * What a row did, in words: "Case created", "Case imported from clients.csv", "Moved to the Trash".
 * `note` is the row's own note to show beside it, or null when the words already say it (or it
 * holds internal names, as a saved comparison's does: that stays in the technical detail).
 */
export function auditAction(row: AuditRowKind): { title: string; note: string | null } {
  const note = row.note;
  const record = row.entity === 'client' ? 'Client details' : 'Case';
  switch (row.action) {
    case 'create':
      if (note?.startsWith('Imported from ')) return { title: `${record} imported from ${note.slice('Imported from '.length)}`, note: null };
      return { title: row.entity === 'client' ? 'Client added' : 'Case created', note };
    case 'update':
      return { title: `${record} changed`, note };
    case 'delete':
      return { title: 'Moved to the Trash', note };
    case 'restore':
      return { title: 'Restored from the Trash', note };
    case 'conflict-decision': {
      // The note is "cleared: reason" or just the decision, which the change line already says.
      const reason = note?.replace(/^(cleared|conflict)(: )?/, '') ?? '';
      return { title: 'Conflict check decided', note: reason === '' ? null : reason };
    }
    case 'snapshot':
      return { title: 'Comparison saved', note: null };
    default:
      return { title: capitalised(row.action), note };
  }
}
