/**
 * What changed since a comparison was saved, against today's facts and rules, in words: the
 * client's facts field by field (named as the intake names them), and each route's results as
 * the engine gives them today for the same programmes, assumptions and currency.
 */
import { diffFields } from '../audit-diff';
import type { CaseFile } from '../case-file';
import { countryName } from '../countries';
import { isProgramId, SHIPPED_CATALOGUE, type Catalogue } from '../programs/index';
import { evaluate } from '../rules/evaluate';
import { factLabel } from '../rules/fact-labels';
import type { Assessment } from '../rules/types';
import { diffResults } from './results-diff';

/** The parts of a saved comparison the comparison is re-run from. */
export type SavedInputs = {
  caseFile: CaseFile;
  results: readonly Assessment[];
  programIds: readonly string[];
  assumptions: Readonly<Record<string, string>>;
  currency: string;
};

export type RouteChanges = { programName: string; lines: string[] };
export type ChangesSince = { facts: string[]; routes: RouteChanges[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored value in words; unknown reads "not known", never blank or zero. */
export function valueInWords(value: unknown, field = ''): string {
  if (value === null || value === undefined) return 'not known';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  // Country codes read as names wherever the field holds countries.
  const countries = /country|citizenships|residences/i.test(field);
  if (typeof value === 'string') return countries && /^[A-Z]{2}$/.test(value) ? countryName(value) : value;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(v => valueInWords(v, field)).join(', ');
  if (isRecord(value) && typeof value.amount === 'number' && typeof value.currency === 'string') {
    return `${value.amount.toLocaleString('en-US')} ${value.currency}`;
  }
  return 'recorded';
}

/** The client's facts that differ, one line each: "Funds available: 50,000 USD → 80,000 USD". */
export function factChanges(before: CaseFile, after: CaseFile): string[] {
  return diffFields(before, after).map(d => {
    const label = factLabel(d.field, d.after === null ? before : after);
    return `${label}: ${valueInWords(d.before, d.field)} → ${valueInWords(d.after, d.field)}`;
  });
}

/**
 * Facts and results that differ between a saved comparison and today. Today's results use the
 * saved programmes, assumptions and currency, so only the facts, the rules and the date move;
 * today's rules are `catalogue` (the firm's).
 */
export function changesSince(saved: SavedInputs, current: CaseFile, asOf: string, catalogue: Catalogue = SHIPPED_CATALOGUE): ChangesSince {
  const ids = saved.programIds.filter(isProgramId);
  const today = evaluate(current, ids, { asOf, assumptions: saved.assumptions, currency: saved.currency }, catalogue);
  const routes: RouteChanges[] = [];
  for (const id of saved.programIds) {
    const before = saved.results.filter(a => a.programId === id);
    const after = today.filter(a => a.programId === id);
    // diffResults names each line by programme id; the panel groups by name instead.
    const lines = diffResults(before, after).map(l => l.slice(id.length + 2));
    const programName = before[0]?.programName ?? catalogue.programById(id)?.name ?? 'A programme no longer in the catalogue';
    if (lines.length > 0) routes.push({ programName, lines });
  }
  return { facts: factChanges(saved.caseFile, current), routes };
}
