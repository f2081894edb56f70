import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { keyDates } from '../../../../shared/key-dates';
import { SHIPPED_CATALOGUE } from '../../../../shared/programs/index';
import { caseFileArb } from '../arbitrary-case';

// Random case files through every calculator on every birthday: throughput, several seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const day = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 11, 31) }).map(t => new Date(t).toISOString().slice(0, 10));

/** The fields issue 18 added, which the shared generator does not know yet. */
const datedFields = fc.record({
  passportExpiresOn: fc.option(day, { nil: undefined }),
  optKind: fc.option(fc.constantFrom('post-completion' as const, 'stem' as const), { nil: undefined }),
  optEndsOn: fc.option(day, { nil: undefined }),
  firstStartedOn: fc.option(fc.oneof(day, day.map(d => d.slice(0, 7))), { nil: undefined }),
});

describe('date engine properties (fast-check)', () => {
  it('never throws; dates sorted with unknown last; keys unique; an unknown date always says what to record', () => {
    fc.assert(
      fc.property(caseFileArb, datedFields, day, (file, extra, asOf) => {
        const client = {
          ...file.client,
          passportExpiresOn: extra.passportExpiresOn,
          currentStatus: { ...(file.client.currentStatus ?? {}), optKind: extra.optKind, optEndsOn: extra.optEndsOn },
          h1bHistory: { ...(file.client.h1bHistory ?? {}), firstStartedOn: extra.firstStartedOn },
        };
        const withDates = CaseFile.parse(JSON.parse(JSON.stringify({ ...file, client })));
        const { dates } = keyDates(withDates, asOf, SHIPPED_CATALOGUE);
        const known = dates.filter(d => d.date !== null);
        expect(dates.slice(0, known.length)).toEqual(known);
        expect(known.map(d => d.date)).toEqual(known.map(d => d.date).sort());
        expect(new Set(dates.map(d => d.key)).size).toBe(dates.length);
        for (const d of dates) {
          if (d.date === null) {
            expect(d.certainty).toBe('unknown');
            expect(d.toRecord).toMatch(/\S/);
          } else expect(d.certainty).not.toBe('unknown');
          if (d.endDate !== undefined) expect(d.endDate >= (d.date ?? '')).toBe(true);
          if (d.points) expect(d.points.after).toBeLessThan(d.points.before);
        }
      }),
      { numRuns: 40 },
    );
  });
});
