/**
 * Runs every programme's fixture cases (test/fixtures/programs/<id>.json) through the engine and
 * checks the status, the gates each case is about, and any points or cost totals it states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { PROGRAM_IDS } from '../../../shared/programs/index';
import { evaluate } from '../../../shared/rules/evaluate';
import { fixturePath } from '../../fixtures';

type FixtureCase = {
  name: string;
  assumptions?: Record<string, string>;
  caseFile: unknown;
  expect: {
    status: 'eligible' | 'ineligible' | 'needs-info';
    gates?: Record<string, 'met' | 'not-met' | 'unknown'>;
    pointsTotal?: number;
    costs?: { currency: string; applicant: number; employer: number };
  };
};
type Fixture = { programId: string; asOf: string; cases: FixtureCase[] };

const dir = fixturePath('programs');
const fixtures = readdirSync(dir)
  .filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Fixture);

describe('programme fixtures', () => {
  it('cover every programme with at least an eligible, an ineligible and a needs-info client', () => {
    const byProgram = new Map(fixtures.map(f => [f.programId, f.cases.map(c => c.expect.status)]));
    for (const id of PROGRAM_IDS) {
      expect(byProgram.get(id), id).toEqual(expect.arrayContaining(['eligible', 'ineligible', 'needs-info']));
    }
  });

  for (const fixture of fixtures) {
    describe(fixture.programId, () => {
      for (const c of fixture.cases) {
        it(`${c.name}: ${c.expect.status}`, () => {
          const file = CaseFile.parse(c.caseFile);
          const [a] = evaluate(file, [fixture.programId], {
            asOf: fixture.asOf,
            assumptions: c.assumptions ?? {},
            currency: c.expect.costs?.currency ?? 'USD',
          });
          if (!a) throw new Error('no assessment');
          const gates = Object.fromEntries(a.gates.map(g => [g.id, g.status]));
          const why = a.gates.map(g => `${g.id}: ${g.status}: ${g.reason}`).join('\n');
          expect(a.status, why).toBe(c.expect.status);
          for (const [id, status] of Object.entries(c.expect.gates ?? {})) {
            expect(gates[id], `gate ${id}\n${why}`).toBe(status);
          }
          if (c.expect.pointsTotal !== undefined) expect(a.points?.total).toBe(c.expect.pointsTotal);
          if (c.expect.costs) {
            expect(a.costs.totals.applicant.amount).toBeCloseTo(c.expect.costs.applicant, 2);
            expect(a.costs.totals.employer.amount).toBeCloseTo(c.expect.costs.employer, 2);
          }
        });
      }
    });
  }
});
