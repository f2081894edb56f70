/** Catalogue consistency: every fact sourced and dated, ids unique, fees positive, currencies valid. */
import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../shared/countries';
import { isCalendarDate } from '../../../shared/dates';
import { ASSUMPTIONS } from '../../../shared/programs/assumptions';
import { FX_TABLE } from '../../../shared/programs/fx-rates';
import { PROGRAM_IDS, PROGRAMS, RULES_VERSION, SOURCES, sourceById } from '../../../shared/programs/index';
import type { Condition, Fact, Program } from '../../../shared/programs/types';
import { CALCULATORS } from '../../../shared/rules/points/index';

const TODAY = '2026-11-29';
const currencies = new Set(Intl.supportedValuesOf('currency'));

/** Every Fact in a programme, with a label for messages. */
function facts(p: Program): [string, Fact<unknown>][] {
  const out: [string, Fact<unknown>][] = [
    ['processingMonths', p.processingMonths], ['toWorkMonths', p.toWorkMonths], ['validity', p.validity],
    ['family.spouseWork', p.family.spouseWork], ['family.children', p.family.children],
    ['language', p.language], ['employerTie', p.employerTie],
  ];
  if (p.points) out.push(['points.passMark', p.points.passMark]);
  if (p.permanentResidence) {
    out.push(['permanentResidence.months', p.permanentResidence.months]);
    for (const [c, f] of Object.entries(p.permanentResidence.byCitizenship ?? {})) out.push([`permanentResidence.${c}`, f]);
  }
  if (p.selection.kind === 'lottery') {
    if (p.selection.weightedOdds) out.push(['selection.weightedOdds', p.selection.weightedOdds]);
    if (p.selection.randomOdds) out.push(['selection.randomOdds', p.selection.randomOdds]);
  }
  return out;
}

function conditions(c: Condition): Condition[] {
  if ('all' in c) return [c, ...c.all.flatMap(conditions)];
  if ('any' in c) return [c, ...c.any.flatMap(conditions)];
  if ('not' in c) return [c, ...conditions(c.not)];
  return [c];
}

describe('programme catalogue', () => {
  it('holds exactly the 24 fixed programme ids, once each, and has a rules version', () => {
    expect(PROGRAMS.map(p => p.id).sort()).toEqual([...PROGRAM_IDS].sort());
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('has unique source ids, each with an http(s) URL, a past as-of date and a confidence', () => {
    const ids = SOURCES.map(s => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const s of SOURCES) {
      expect(['http:', 'https:'], s.id).toContain(new URL(s.url).protocol);
      expect(isCalendarDate(s.asOf) && s.asOf <= TODAY, `${s.id} asOf ${s.asOf}`).toBe(true);
      expect(['confirmed', 'reported', 'unconfirmed'], s.id).toContain(s.confidence);
      expect(s.title.trim(), s.id).not.toBe('');
    }
  });

  for (const p of PROGRAMS) {
    describe(p.id, () => {
      it('cites a known source for every gate, fee, fact and risk, and explains every unknown', () => {
        expect(isCountryCode(p.country)).toBe(true);
        const cited = [
          ...p.gates.map(g => g.sourceId), ...p.fees.map(f => f.sourceId), ...p.risks.map(r => r.sourceId),
          ...(p.selection.kind === 'none' ? [] : [p.selection.sourceId]),
          ...(p.selection.kind === 'lottery' ? (p.selection.subjectTo?.sourceIds ?? []) : []),
        ];
        if (p.selection.kind === 'lottery') expect(p.selection.registrationMonth >= 1 && p.selection.registrationMonth <= 12).toBe(true);
        for (const [name, f] of facts(p)) {
          if ('unknown' in f) expect(f.unknown.trim(), `${p.id}.${name}`).not.toBe('');
          else cited.push(f.sourceId);
          if (f.sourceId) cited.push(f.sourceId);
        }
        for (const id of cited) expect(sourceById(id), `${p.id} cites ${id}`).toBeDefined();
      });

      it('has positive fees in valid currencies with effective dates, and unique gate and fee ids', () => {
        for (const f of p.fees) {
          expect(isCalendarDate(f.effective), `${f.id} effective ${f.effective}`).toBe(true);
          if (f.effectiveTo !== undefined) expect(isCalendarDate(f.effectiveTo) && f.effectiveTo >= f.effective, `${f.id} effectiveTo ${f.effectiveTo}`).toBe(true);
          if (f.assumption) {
            const values = ASSUMPTIONS.find(x => x.key === f.assumption?.key)?.options.map(o => o.value);
            for (const v of [...f.assumption.charged, ...(f.assumption.conditional ?? [])]) expect(values, `${f.id} ${v}`).toContain(v);
            expect(f.assumption.condition.trim(), f.id).not.toBe('');
          }
          if (f.amount) {
            // Zero only for a fee the source says is waived (China's R visa), so the waiver is visible.
            if (/waived/i.test(f.label)) expect(f.amount.amount, f.id).toBe(0);
            else expect(f.amount.amount, f.id).toBeGreaterThan(0);
            expect(currencies.has(f.amount.currency), `${f.id} ${f.amount.currency}`).toBe(true);
            expect(FX_TABLE.rates[f.amount.currency] ?? (f.amount.currency === FX_TABLE.base ? 1 : undefined), `FX for ${f.amount.currency}`).toBeDefined();
          } else {
            expect(f.unknown?.trim(), f.id).toBeTruthy();
          }
        }
        const gateIds = p.gates.map(g => g.id);
        const feeIds = p.fees.map(f => f.id);
        expect(new Set(gateIds).size).toBe(gateIds.length);
        expect(new Set(feeIds).size).toBe(feeIds.length);
      });

      it('uses only known calculators and assumptions, and sane month ranges', () => {
        const all = [...p.gates.flatMap(g => conditions(g.condition)), ...p.fees.flatMap(f => (f.when ? conditions(f.when) : []))];
        for (const c of all) {
          if ('kind' in c && c.kind === 'assumption') {
            const a = ASSUMPTIONS.find(x => x.key === c.key);
            expect(a?.options.map(o => o.value), c.key).toContain(c.equals);
          }
          if ('kind' in c && c.kind === 'calculator-points') expect(CALCULATORS[c.calculator]).toBeTypeOf('function');
        }
        if (p.points) expect(CALCULATORS[p.points.calculator]).toBeTypeOf('function');
        for (const [name, f] of facts(p)) {
          if (f.value !== null && Array.isArray(f.value) && f.value.length === 2 && typeof f.value[0] === 'number') {
            const [min, max] = f.value as [number, number];
            expect(min >= 0 && min <= max, `${p.id}.${name} ${String(min)}-${String(max)}`).toBe(true);
          }
        }
      });
    });
  }

  it('gives every assumption dated defaults among its options, each sourced, in order, without gaps, the last still in force', () => {
    const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (const a of ASSUMPTIONS) {
      expect(a.defaults.length, a.key).toBeGreaterThan(0);
      a.defaults.forEach((d, i) => {
        expect(a.options.map(o => o.value), `${a.key} from ${d.from}`).toContain(d.default);
        expect(sourceById(d.sourceId), d.sourceId).toBeDefined();
        expect(isCalendarDate(d.from) && (d.to === undefined || (isCalendarDate(d.to) && d.to >= d.from)), `${a.key} ${d.from}`).toBe(true);
        const next = a.defaults[i + 1];
        if (next) expect(next.from, `${a.key}: the period after ${d.from}`).toBe(nextDay(d.to ?? ''));
        else expect(d.to, `${a.key}: the last default`).toBeUndefined();
      });
      for (const id of a.sourceIds) expect(sourceById(id), id).toBeDefined();
    }
  });
});
