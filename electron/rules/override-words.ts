/**
 * Firm figures in words, for the audit log and the command line: the fact by its label and its
 * programme's (or country's) name, never its id; a value with its unit; unknown said as unknown.
 */
import type { FactAt } from '../../shared/facts/resolve';
import type { FactRecord, FactVersion } from '../../shared/facts/schema';
import { countryName, formatDate } from '../../shared/memo/format';
import { programById } from '../../shared/programs';
import { formatPercent } from '../../shared/rules/labels';

/** Who a fact belongs to, by name: `H-1B specialty occupation`, `United Kingdom`. */
export function scopeName(factId: string): string {
  const scope = factId.slice(0, factId.indexOf('.'));
  return programById(scope)?.name ?? countryName(scope.toUpperCase());
}

/** `“Cap registration” (H-1B specialty occupation)`. */
export function factName(fact: FactRecord): string {
  return `“${fact.label}” (${scopeName(fact.id)})`;
}

/** `1,500 USD`, `12.5%`, `6 months`; an unknown value as `unknown`. Cents are kept: a firm figure is quoted exactly. */
export function valueText(value: number | null, unit: string): string {
  if (value === null) return 'unknown';
  if (unit === 'probability') return formatPercent(value);
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 6 })} ${unit}`;
}

/** What a fact is on a date, in words: its value, or that none is recorded. */
export function valueAtText(at: FactAt): string {
  return at.state === 'in-force' ? valueText(at.version.value, at.fact.unit) : 'not recorded';
}

/** On what authority a firm figure stands: `source https://…; note …`. */
export function firmSourceText(v: Pick<FactVersion, 'firm'>): string {
  const f = v.firm;
  if (!f) return '';
  return [f.url !== undefined ? `source ${f.url}` : '', f.note !== undefined ? `note “${f.note}”` : ''].filter(Boolean).join('; ');
}

/** The audit sentence for a firm figure entered. */
export function overrideWords(fact: FactRecord, before: FactAt, added: FactVersion): string {
  const unknown = added.value === null && added.unknown !== undefined ? ` (${added.unknown})` : '';
  return `Firm figure for ${factName(fact)}: ${valueAtText(before)} → ${valueText(added.value, fact.unit)}${unknown} from ${formatDate(added.effectiveFrom)} (${firmSourceText(added)}).`;
}

/** The audit sentence for a firm figure reverted: what it was, what the fact is again. */
export function revertWords(fact: FactRecord, reverted: FactVersion, after: FactAt): string {
  const by = reverted.firm ? `entered by ${reverted.firm.by} on ${formatDate(reverted.firm.at.slice(0, 10))}; ` : '';
  return `Firm figure for ${factName(fact)} reverted: ${valueText(reverted.value, fact.unit)} → ${valueAtText(after)} from ${formatDate(reverted.effectiveFrom)} (${by}${firmSourceText(reverted)}).`;
}
