/**
 * Checks a firm figure as the attorney gave it, before anything is stored: each refusal names the
 * field (the command line shows it as the argument typed) and says what was expected.
 */
import { z } from 'zod';
import { isCalendarDate } from '../../shared/dates';
import { FIRM_UNKNOWN_REASON, type FactOverride } from '../../shared/facts/overrides';
import type { FactDataSet } from '../../shared/facts/schema';
import { AdvisorError } from '../../shared/result';
import { closest } from '../cli/suggest';

/** A firm figure as typed: the value as text (`250`, `1,500.50`, `unknown`), dates as `YYYY-MM-DD`. */
export type OverrideRequest = {
  factId: string;
  value: string;
  /** Why the figure is unknown; only with the value `unknown`. */
  reason?: string | undefined;
  effectiveFrom: string;
  url?: string | undefined;
  note?: string | undefined;
};

/** A firm figure checked: ready to store (the store adds its id, the attorney and the time). */
export type OverrideInput = Omit<FactOverride, 'id' | 'by' | 'at'>;

const NUMBER = /^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
const HTTP_URL = z.url({ protocol: /^https?$/ });

const refuse = (field: keyof OverrideRequest, message: string): never => {
  throw new AdvisorError('bad-input', `${field}: ${message}`, field);
};

/** The figure: a number of 0 or more (thousands may be separated by commas), or `unknown` (null). */
export function parseFigure(text: string): number | null {
  const t = text.trim();
  if (t.toLowerCase() === 'unknown') return null;
  if (!NUMBER.test(t)) refuse('value', `expected a number of 0 or more (such as 250 or 1,500.50), or unknown; got "${text}"`);
  return Number(t.replaceAll(',', ''));
}

/** Up to five ids near `typed`: the closest by spelling, then others of the same programme or country. */
export function nearFactIds(typed: string, ids: readonly string[]): string[] {
  const best = closest(typed, ids);
  const scope = typed.includes('.') ? typed.slice(0, typed.indexOf('.') + 1) : `${typed}.`;
  const sameScope = ids.filter(id => id.startsWith(scope) && id !== best);
  return [...(best ? [best] : []), ...sameScope].slice(0, 5);
}

/** `dataSet`'s fact `id`, or a refusal naming the id given and the nearest ones. */
export function checkFactId(id: string, dataSet: FactDataSet): void {
  const ids = dataSet.facts.map(f => f.id);
  if (ids.includes(id)) return;
  const near = nearFactIds(id, ids);
  const hint = near.length > 0 ? `; did you mean ${near.join(', ')}?` : '. rules list shows every fact with its id.';
  refuse('factId', `there is no fact "${id}"${hint}`);
}

/**
 * Checks every field of `r` but the fact id (which needs the data set the firm uses, checked when
 * it is stored); the first fault found is refused.
 */
export function checkOverride(r: OverrideRequest): OverrideInput {
  const value = parseFigure(r.value);
  const reason = r.reason?.trim();
  if (r.reason !== undefined && !reason) refuse('reason', 'is empty; say why the figure is unknown, or leave it out');
  if (reason && value !== null) refuse('reason', 'goes only with the value unknown (it says why the figure is unknown)');
  if (!isCalendarDate(r.effectiveFrom)) refuse('effectiveFrom', `expected a real date written YYYY-MM-DD; got "${r.effectiveFrom}"`);
  const url = r.url?.trim();
  if (r.url !== undefined && !HTTP_URL.safeParse(url).success) refuse('url', `expected a web address starting with http:// or https://; got "${r.url}"`);
  const note = r.note?.trim();
  if (r.note !== undefined && !note) refuse('note', 'is empty; write what the figure rests on');
  if (!url && !note) refuse('url', 'a firm figure needs a source URL or a note (or both), saying what it rests on');
  return {
    factId: r.factId,
    value,
    ...(value === null ? { unknown: reason ?? FIRM_UNKNOWN_REASON } : {}),
    effectiveFrom: r.effectiveFrom,
    ...(url ? { url } : {}),
    ...(note ? { note } : {}),
  };
}
