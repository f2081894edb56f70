/**
 * Birthdays on which points fall: each points calculator (CRS, the FSW grid, Japan's HSP, the
 * Opportunity Card, New Zealand's SMC) is run on the day before the birthday and on the birthday,
 * and a lower score on the birthday is a date that matters. No point values are written here: the
 * scores are the calculators' own, so the dates move when the tables do.
 */
import type { CalculatorId } from '../programs/types';
import { CALCULATORS } from '../rules/points';
import { ageAt } from '../rules/facts';
import { addDays, birthday } from './calendar';
import { inView, unknownDate, type DateContext } from './context';
import type { KeyDate } from './types';

/** "the Opportunity Card" → "The Opportunity Card", to start a title. */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Birthdays looked at: up to this age (no points table gives age points beyond it). */
const LAST_AGE = 60;

/** The calculators of the programmes in view, with those programmes' ids. */
function calculatorsInView(ctx: DateContext): Map<CalculatorId, string[]> {
  const out = new Map<CalculatorId, string[]>();
  for (const p of ctx.catalogue.programs) {
    if (!p.points || !inView(ctx, p.country)) continue;
    out.set(p.points.calculator, [...(out.get(p.points.calculator) ?? []), p.id]);
  }
  return out;
}

export function pointsDates(ctx: DateContext): KeyDate[] {
  const calculators = calculatorsInView(ctx);
  if (calculators.size === 0) return [];
  const born = ctx.file.client.dateOfBirth;
  const allIds = [...calculators.values()].flat();
  if (!born) {
    return [
      unknownDate({
        key: 'points-change',
        kind: 'points-change',
        title: 'Points that fall with age',
        consequence: 'The birthdays on which points scores fall cannot be dated without the date of birth.',
        programIds: allIds,
        sourceId: null,
        fields: ['client.dateOfBirth'],
        toRecord: 'Record the client’s date of birth.',
      }),
    ];
  }
  const now = ageAt(born, ctx.asOf) ?? 0;
  const leapDay = born.slice(5) === '02-29';
  const out: KeyDate[] = [];
  for (const [id, programIds] of calculators) {
    const calculate = CALCULATORS[id];
    const program = ctx.catalogue.programById(programIds[0] ?? '');
    for (let age = now + 1; age <= LAST_AGE; age++) {
      const on = birthday(born, age);
      // Each birthday costs two runs of the calculator: stop at the horizon when there is one.
      if (ctx.until !== null && on > ctx.until) break;
      const before = calculate(ctx.file, addDays(on, -1)).total;
      const after = calculate(ctx.file, on);
      if (after.total >= before) continue;
      const leap = leapDay && on.slice(5) === '03-01' ? ' Born on 29 February: an authority counting 28 February as the birthday would apply it a day earlier.' : '';
      out.push({
        key: `points-change:${id}:age-${String(age)}`,
        date: on,
        kind: 'points-change',
        title: `${capitalised(program?.shortName ?? 'Points')}: fewer points at age ${String(age)}`,
        consequence: `The score falls from ${String(before)} to ${String(after.total)} points when the client turns ${String(age)}.${leap}`,
        programIds,
        sourceId: after.sourceIds[0] ?? program?.points?.passMark.sourceId ?? null,
        certainty: 'fixed',
        fields: ['client.dateOfBirth'],
        points: { programId: programIds[0] ?? id, before, after: after.total },
      });
    }
  }
  return out;
}
