/**
 * The age limits of routes that have one: the day the client passes the top of the range a gate
 * allows, or an open question where the limit is an official criterion but unpublished (the K
 * visa's: a judgement gate named `…-age` that asks about an age limit).
 */
import { ageAt } from '../rules/facts';
import { birthday } from './calendar';
import { inView, unknownDate, type DateContext } from './context';
import type { KeyDate } from './types';

export function ageLimitDates(ctx: DateContext): KeyDate[] {
  const born = ctx.file.client.dateOfBirth;
  const now = born ? ageAt(born, ctx.asOf) : null;
  return ctx.catalogue.programs.filter(p => inView(ctx, p.country)).flatMap(program =>
    program.gates.flatMap((gate): KeyDate[] => {
      const c = gate.condition;
      const base = { key: `age-limit:${program.id}:${gate.id}`, kind: 'age-limit' as const, programIds: [program.id], sourceId: gate.sourceId, fields: ['client.dateOfBirth'] };
      if ('kind' in c && c.kind === 'judgement' && /(^|-)age$/.test(gate.id) && /age limit/i.test(c.question)) {
        return [unknownDate({ ...base, title: `${program.name}: age limit`, consequence: gate.label, toRecord: c.question })];
      }
      if (!('kind' in c) || c.kind !== 'age' || c.max === undefined) return [];
      const title = `${program.name}: over the age limit`;
      const consequence = `The route is for applicants aged ${c.min !== undefined ? `${String(c.min)} to ${String(c.max)}` : `${String(c.max)} or under`}; from this day the client no longer qualifies.`;
      if (!born || now === null) return [unknownDate({ ...base, title, consequence, toRecord: 'Record the client’s date of birth.' })];
      // Already past the limit: the gate says so on the assessment; no date ahead.
      if (now > c.max) return [];
      return [{ ...base, title, consequence, date: birthday(born, c.max + 1), certainty: 'fixed' }];
    }),
  );
}
