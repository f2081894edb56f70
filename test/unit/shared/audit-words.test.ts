/** The audit trail in words: every field of the case file has words, and no path or JSON shows. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { diffFields } from '../../../shared/audit-diff';
import { auditAction, auditFieldLabel, auditLines, auditValue, type AuditRowKind } from '../../../shared/audit-words';
import { CaseFile } from '../../../shared/case-file';

/** Dates as the long format writes them, without the renderer (the view passes the real one in). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const opts = { date: (iso: string) => iso.split('-').reverse().map((p, i, all) => (all.length - i === 2 ? MONTHS[Number(p) - 1] : String(Number(p)))).join(' ') };

const update: AuditRowKind = { action: 'update', entity: 'case', note: null };
const create: AuditRowKind = { action: 'create', entity: 'case', note: null };
const texts = (row: AuditRowKind, before: unknown, after: unknown) => auditLines(row, diffFields(before, after), opts).map(l => l.text);

type Def = { type: string; shape?: Record<string, Schema>; innerType?: Schema; element?: Schema; entries?: Record<string, string> };
type Schema = z.ZodType & { def: Def };

/** Every leaf of the case file schema, with its schema; list entries as `[0]`. */
function leaves(s: Schema, path: string, out: [string, Schema][]): [string, Schema][] {
  const d = s.def;
  if (d.type === 'optional' || d.type === 'nullable') return leaves(d.innerType as Schema, path, out);
  if (d.type === 'object' && d.shape) {
    for (const [k, v] of Object.entries(d.shape)) leaves(v, path ? `${path}.${k}` : k, out);
  } else if (d.type === 'array' && unwrap(d.element as Schema).def.type === 'object') {
    leaves(d.element as Schema, `${path}[0]`, out);
  } else out.push([path, s]);
  return out;
}
const unwrap = (s: Schema): Schema => (s.def.type === 'optional' || s.def.type === 'nullable' ? unwrap(s.def.innerType as Schema) : s);

/** Values the leaf accepts: every choice of an enum, else the first of a few that fits. */
function samples(s: Schema): unknown[] {
  const d = unwrap(s).def;
  if (d.type === 'enum') return Object.values(d.entries ?? {});
  if (d.type === 'array') return samples(d.element as Schema).map(v => [v]);
  const fits = ['Tsinghua University', '2027-06-30', 'CN', 'li@example.com', 'zh', 'CNY', '2231', 2, true, false].filter(v => s.safeParse(v).success);
  return fits.length ? fits.slice(0, 1).concat(typeof fits[0] === 'boolean' ? [false] : []) : [];
}

/** What a path or JSON would look like: brackets, braces, quotes, `a.b` or a camelCase id. */
const PATH_LIKE = /[[\]{}"]|[a-z][A-Z]|\w\.\w{2}|\bnull\b|\bundefined\b|Another detail|\bchanged\b|\bgiven\b/;

function setAt(path: string, value: unknown): unknown {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const root: Record<string, unknown> = {};
  let cur: Record<string, unknown> = root;
  keys.forEach((k, i) => {
    const next = keys[i + 1];
    if (next === undefined) cur[k] = value;
    else cur = (cur[k] ??= /^\d+$/.test(next) ? [] : {}) as Record<string, unknown>;
  });
  return root;
}

describe('every field of the case file in words', () => {
  // format and version never change, and a creation leaves them out (audit-repo).
  const fields = leaves(CaseFile as unknown as Schema, '', []).filter(([p]) => p !== 'format' && p !== 'version');

  it('covers the whole schema', () => {
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.map(([p]) => p)).toContain('client.currentStatus.validUntil');
    expect(fields.map(([p]) => p)).toContain('spouse.languages[0].ukSelt');
  });

  it.each(fields)('%s has a label and reads without paths, as a creation, a change and a removal', (path, schema) => {
    expect(auditFieldLabel(path.replace('[0]', '[1]'))).not.toBeNull();
    const values = samples(schema);
    expect(values.length, `no sample value fits ${path}`).toBeGreaterThan(0);
    for (const value of values) {
      // Index 1, so an entry's number ("2") is not mistaken for the array index.
      const at = path.replace('[0]', '[1]');
      const lines = [
        ...auditLines(create, diffFields(null, setAt(at, value)), opts),
        ...auditLines(update, diffFields(setAt(at, value), null), opts),
        ...auditLines(update, diffFields(setAt(at, value), {}), opts),
      ];
      expect(lines.length).toBeGreaterThan(0);
      for (const line of [...lines.map(l => l.text), ...lines.flatMap(l => l.details)]) {
        // A test's own name (TestDaF) is what the intake shows too; an address is the client's.
        expect(line.replace('TestDaF', '').replace('li@example.com', ''), `${path} = ${JSON.stringify(value)}`).not.toMatch(PATH_LIKE);
      }
      // The value itself in words: a country by name, a date in the chosen format.
      const first = lines[0]?.text ?? '';
      const one: unknown = Array.isArray(value) ? value[0] : value;
      if (one === 'CN' && !path.endsWith('currency')) expect(first).toContain('China');
      if (one === '2027-06-30') expect(first).toContain('30 June 2027');
    }
  });
});

describe('audit wording', () => {
  it('reads a change as label: before → after, unknown as a dash', () => {
    expect(texts(update, { client: { currentStatus: {} } }, { client: { currentStatus: { validUntil: '2027-06-30' } } })).toEqual(['Status valid until: — → 30 June 2027']);
    expect(texts(update, { client: { currentStatus: { validUntil: '2027-06-30' } } }, {})).toEqual(['Status valid until: 30 June 2027 → —']);
  });

  it('names countries and reads a creation as label: value', () => {
    expect(texts(create, null, { client: { citizenships: ['CN', 'IN'], residenceCountry: 'CA' } })).toEqual(['Citizenships: China, India', 'Country of residence: Canada']);
  });

  it('reads yes/no questions as yes, no and not known', () => {
    expect(texts(update, { jobOffer: null }, { jobOffer: {} })).toEqual(['Has a job offer: — → yes']);
    expect(texts(update, { spouse: { accompanying: true } }, { spouse: { accompanying: false } })).toEqual(['Whether the spouse will accompany: yes → no']);
    expect(texts(update, { spouse: { accompanying: true } }, { spouse: {} })).toEqual(['Whether the spouse will accompany: yes → not known']);
    expect(auditValue('achievements.judging', null, opts)).toBe('not known');
  });

  it('writes money with its currency, and an empty list as none', () => {
    expect(texts(update, {}, { funds: { amount: 50000, currency: 'USD' } })).toEqual(['Funds available: — → 50,000 USD']);
    expect(texts(update, { funds: { amount: 40000, currency: 'USD' } }, { funds: { amount: 50000, currency: 'USD' } })).toEqual(['Funds available: amount: 40,000 → 50,000']);
    expect(texts(update, { client: { permanentResidences: ['US'] } }, { client: { permanentResidences: [] } })).toEqual([
      'Permanent residence held in any country (or none): United States → none',
    ]);
  });

  it('reads coded answers as the intake offers them', () => {
    expect(texts(update, { client: { maritalStatus: 'single' } }, { client: { maritalStatus: 'common-law' } })).toEqual(['Marital status: Single → Common-law partner']);
    expect(texts(update, {}, { jobOffer: { usWageLevel: 2, employerSize: 'cap-exempt' } })).toEqual([
      'Job offer: US wage level: — → level II',
      'Job offer: employer size: — → Cap-exempt (US university or research)',
    ]);
    expect(texts(update, {}, { goals: { priorities: ['permanent-residence', 'cost'] } })).toEqual(['Priorities: — → Permanent residence, Cost']);
  });

  it('reads an added or removed entry as one line, its fields beneath', () => {
    const one = { education: [{ level: 'bachelor' }] };
    const two = { education: [{ level: 'bachelor' }, { level: 'master', institution: 'Tsinghua University', country: 'CN', stem: true }] };
    const added = auditLines(update, diffFields(one, two), opts);
    expect(added).toEqual([
      {
        text: "Degree or diploma 2 added: Master's, Tsinghua University, China",
        details: ["level: Master's", 'institution: Tsinghua University', 'country where it was awarded: China', 'whether the field is STEM: yes'],
      },
    ]);
    expect(texts(update, two, one)).toEqual(["Degree or diploma 2 removed: Master's, Tsinghua University, China"]);
    expect(texts(update, two, { education: [{ level: 'bachelor' }, { ...two.education[1], institution: 'Peking University' }] })).toEqual([
      'Degree or diploma 2: institution: Tsinghua University → Peking University',
    ]);
    expect(texts(update, { children: null }, { children: [{}] })).toEqual(['Child 1 added']);
    expect(texts(update, { spouse: null }, { spouse: {} })).toEqual(['Spouse or partner: added, nothing known yet']);
  });

  it('words a client row’s fields as the case file’s client fields', () => {
    const row: AuditRowKind = { action: 'update', entity: 'client', note: null };
    expect(auditLines(row, [{ field: 'email', before: null, after: 'li@example.com' }, { field: 'otherNames', before: [], after: ['李伟'] }], opts).map(l => l.text)).toEqual([
      'E-mail: — → li@example.com',
      'Other names and spellings: — → 李伟',
    ]);
  });

  it('says what each kind of row did', () => {
    expect(auditAction({ action: 'create', entity: 'case', note: null })).toEqual({ title: 'Case created', note: null });
    expect(auditAction({ action: 'create', entity: 'case', note: 'Imported from clients.csv' })).toEqual({ title: 'Case imported from clients.csv', note: null });
    expect(auditAction({ action: 'create', entity: 'client', note: null }).title).toBe('Client added');
    expect(auditAction({ action: 'update', entity: 'case', note: null }).title).toBe('Case changed');
    expect(auditAction({ action: 'delete', entity: 'case', note: null }).title).toBe('Moved to the Trash');
    expect(auditAction({ action: 'restore', entity: 'case', note: null }).title).toBe('Restored from the Trash');
    expect(auditAction({ action: 'conflict-decision', entity: 'case', note: 'cleared: different date of birth' })).toEqual({ title: 'Conflict check decided', note: 'different date of birth' });
    expect(auditAction({ action: 'conflict-decision', entity: 'case', note: 'conflict' })).toEqual({ title: 'Conflict check decided', note: null });
    // A saved comparison's note names programs by id: it stays in the technical detail.
    expect(auditAction({ action: 'snapshot', entity: 'case', note: 'Saved a comparison of ca-express-entry' })).toEqual({ title: 'Comparison saved', note: null });
    const decision = auditLines({ action: 'conflict-decision', entity: 'case', note: null }, [{ field: 'conflictCheck', before: null, after: 'cleared' }], opts);
    expect(decision.map(l => l.text)).toEqual(['Conflict check: — → Cleared']);
    expect(auditLines({ action: 'delete', entity: 'case', note: null }, [{ field: 'deletedAt', before: null, after: '2026-12-03T10:00:00.000Z' }], opts)).toEqual([]);
    expect(texts(create, null, { reference: '2026-0001', status: 'intake' })).toEqual(['Reference: 2026-0001', 'Case status: Intake']);
  });

  it('says what a memo edit changed without quoting whole sections, and quotes short texts', () => {
    // Memo rows record the section in words ("Bottom line"), with the texts before and after.
    const row = { action: 'update', entity: 'case', note: 'Memo v1: edited Bottom line' } as const;
    const long = 'The Express Entry route is the strongest for this client. '.repeat(4);
    expect(auditLines(row, [{ field: 'Bottom line', before: long, after: `${long} Edited.` }], opts).map(l => l.text)).toEqual(['Bottom line: text changed']);
    expect(auditLines(row, [{ field: 'the analysis of H-1B', before: 'Eligible.', after: 'Eligible, with the lottery.' }], opts).map(l => l.text)).toEqual([
      'The analysis of H-1B: Eligible. → Eligible, with the lottery.',
    ]);
    expect(auditLines(row, [{ field: 'Closing', before: 'Please call me.', after: null }], opts).map(l => l.text)).toEqual(['Closing: Please call me. → —']);
  });
});
