// Every move is checked by re-running the calculator on a copy changed by hand in the test. The
// expected deltas are worked from IRCC's CRS criteria tables (with a spouse: first official language
// CLB 9 = 29, CLB 10 = 32 per ability; spouse's language CLB 7–8 = 3, CLB 9+ = 5 per ability; foreign
// experience with CLB 9+: 1–2 years 25, 3+ years 50; provincial nomination 600 in a 600-point
// section D) and from § 20b AufenthG's Annex table (partial recognition 4; German A2 1, B1 2).
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { MAX_MOVES, whatMovesTheNeedle, type NeedleMove } from '../../../../shared/compare/index';
import { crsCalculator } from '../../../../shared/rules/points/ca-crs';
import { opportunityCardCalculator } from '../../../../shared/rules/points/de-opportunity-card';
import type { Calculator } from '../../../../shared/rules/types';
import { loadFixture } from '../../../fixtures';

const AS_OF = '2026-11-29';
const priya = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const copy = (f: CaseFile): CaseFile => structuredClone(f);

/** The move named `change`, which must exist. */
function move(moves: NeedleMove[], change: string): NeedleMove {
  const m = moves.find(x => x.change === change);
  if (!m) throw new Error(`no move "${change}" in ${moves.map(x => x.change).join(' | ')}`);
  return m;
}

/** The delta of a change made by hand, by the calculator itself. */
function recomputed(calculator: Calculator, file: CaseFile, change: (f: CaseFile) => void): number {
  const changed = copy(file);
  change(changed);
  return calculator(changed, AS_OF).total - calculator(file, AS_OF).total;
}

function expectWellFormed(moves: NeedleMove[], calculator: Calculator, file: CaseFile): void {
  const base = calculator(file, AS_OF).total;
  expect(moves.length).toBeLessThanOrEqual(MAX_MOVES);
  expect(new Set(moves.map(m => m.change)).size).toBe(moves.length);
  moves.forEach((m, i) => {
    expect(m.delta).toBeGreaterThan(0);
    expect(m.from).toBe(base);
    expect(m.to - m.from).toBe(m.delta);
    if (i > 0) expect(m.delta).toBeLessThanOrEqual(moves[i - 1]?.delta ?? Infinity);
  });
}

describe('whatMovesTheNeedle: Express Entry (CRS) for Priya', () => {
  const moves = whatMovesTheNeedle(priya, 'ca-express-entry', AS_OF);

  it('lists only raises, largest first, each from the current CRS total', () => {
    expect(moves.length).toBeGreaterThan(0);
    expectWellFormed(moves, crsCalculator, priya);
  });

  it('speaking CLB 9 → 10 is IELTS 7 → 7.5 and adds 3 (29 → 32 with a spouse)', () => {
    const m = move(moves, 'Speaking CLB 9 → 10 (IELTS 7 → 7.5)');
    expect(m.delta).toBe(3);
    expect(m.factor).toBe('First official language: speaking');
    expect(recomputed(crsCalculator, priya, f => {
      const r = f.languages?.[0];
      if (r) r.speaking = 7.5;
    })).toBe(3);
  });

  it('reading CLB 9 → 10 needs IELTS 8 (the next band floor in the chart), not 7.5', () => {
    const m = move(moves, 'Reading CLB 9 → 10 (IELTS 7 → 8)');
    expect(m.delta).toBe(3);
    // Half a band alone leaves reading at CLB 9 and moves nothing, so it is not listed.
    expect(moves.some(x => x.change.startsWith('Reading IELTS 7 → 7.5'))).toBe(false);
  });

  it('a provincial nomination adds 585: 600, capped with the 15 sibling points at 600', () => {
    const m = move(moves, 'Provincial nomination (CA)');
    expect(m.delta).toBe(585);
    expect(m).toBe(moves[0]);
    expect(recomputed(crsCalculator, priya, f => {
      f.ties = [...(f.ties ?? []), { country: 'CA', kind: 'provincial-nomination' }];
    })).toBe(585);
  });

  it('one more year on the US job takes foreign experience from 2 to 3 whole years: +25', () => {
    const m = move(moves, 'One more year of skilled work (Software Engineer in US): start 2024-06 → 2023-06');
    expect(m.delta).toBe(25);
    expect(recomputed(crsCalculator, priya, f => {
      const w = f.work?.[0];
      if (w) w.start = '2023-06';
    })).toBe(25);
  });

  it("the spouse's listening CLB 8 → 9 adds 2 (3 → 5)", () => {
    const m = move(moves, 'Spouse: listening CLB 8 → 9 (IELTS 7.5 → 8)');
    expect(m.delta).toBe(2);
    expect(m.factor).toBe('Spouse: first official language');
  });

  it('does not change the case file it is given', () => {
    const before = JSON.stringify(priya);
    whatMovesTheNeedle(priya, 'ca-express-entry', AS_OF);
    expect(JSON.stringify(priya)).toBe(before);
  });
});

/** Ravi: single, 30, a bachelor's from India, IELTS 8/7/7/7 and TEF Canada with speaking at CLB 6. */
function ravi(): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Ravi Menon', dateOfBirth: '1996-03-10', citizenships: ['IN'], residenceCountry: 'IN', maritalStatus: 'single' },
    spouse: null,
    education: [{ level: 'bachelor', field: 'Mechanical Engineering', country: 'IN', completed: '2018-05', durationYears: 4, credentialAssessed: true }],
    work: [{ occupation: 'Engineer', country: 'IN', start: '2019-01', end: null, skilled: true }],
    languages: [
      { language: 'en', test: 'IELTS-GT', listening: 8, reading: 7, writing: 7, speaking: 7 },
      // TEF old-scale scores: listening 280 (CLB 8), reading 233 (CLB 8), writing 349 (CLB 8), speaking 271 (CLB 6).
      { language: 'fr', test: 'TEF', listening: 280, reading: 233, writing: 349, speaking: 271, testDate: '2023-06-01' },
    ],
    jobOffer: null,
    ties: [],
  };
  return CaseFile.parse(f);
}

describe('whatMovesTheNeedle: CRS moves derived from the CLB charts', () => {
  const file = ravi();
  const moves = whatMovesTheNeedle(file, 'ca-express-entry', AS_OF);

  it('raises TEF speaking to the CLB 7 floor (310) and scores it by recomputing', () => {
    expectWellFormed(moves, crsCalculator, file);
    const m = move(moves, 'Speaking CLB 6 → 7 (TEF Canada 271 → 310)');
    // CLB 7 in all four French abilities with English at CLB 5+ earns the French bonus as well.
    expect(m.delta).toBe(recomputed(crsCalculator, file, f => {
      const r = f.languages?.[1];
      if (r) r.speaking = 310;
    }));
    expect(m.delta).toBeGreaterThan(0);
  });

  it("offers a master's after a bachelor's: +40 (education 120 → 135, transferability 25 → 50)", () => {
    const m = move(moves, "Complete a master's degree (highest now: a bachelor's degree)");
    expect(m.delta).toBe(recomputed(crsCalculator, file, f => {
      f.education?.push({ level: 'master', field: 'Mechanical Engineering', country: 'IN', completed: AS_OF, credentialAssessed: true });
    }));
    // Single: education 120 → 135 (+15). Transferability, education with CLB 9+ in all:
    // a post-secondary credential 25 → a master's 50 (+25). Foreign work is already 3+ years.
    expect(m.delta).toBe(40);
  });
});

describe('whatMovesTheNeedle: Opportunity Card', () => {
  it('Priya: recognition of a degree adds 4 and reaches the pass mark; German A2 adds 1', () => {
    const moves = whatMovesTheNeedle(priya, 'de-opportunity-card', AS_OF);
    expectWellFormed(moves, opportunityCardCalculator, priya);
    const recognition = move(moves, "Obtain a partial recognition notice for a master's degree (University of Texas at Austin) from a German recognition body");
    expect(recognition.delta).toBe(4);
    expect(recognition.factor).toBe('Partial recognition of the foreign qualification by a German recognition body');
    expect(recognition.delta).toBe(recomputed(opportunityCardCalculator, priya, f => {
      const e = f.education?.[1];
      if (e) e.germanRecognition = 'partial';
    }));
    // An equivalency assessment (ECA, ZAB) is not a German recognition notice and scores nothing here.
    expect(moves.some(m => m.change.includes('assessed / recognised'))).toBe(false);
    // 5 → 9 clears the 6 points, so the route's status changes too.
    expect(recognition.statusChange).toEqual({ from: 'needs-info', to: 'eligible' });
    const german = move(moves, 'German A2 (Goethe); none on file');
    expect(german.delta).toBe(1);
    expect(german.delta).toBe(recomputed(opportunityCardCalculator, priya, f => f.languages?.push({ language: 'de', test: 'Goethe', level: 'A2' })));
  });

  it('Ana (6 points, Goethe A2): German A2 → B1 adds 1', () => {
    const ana = CaseFile.parse({
      format: 'immigration-advisor/case',
      version: 1,
      client: { fullName: 'Ana Costa', dateOfBirth: '1996-05-01', maritalStatus: 'single' },
      spouse: null,
      education: [{ level: 'bachelor', field: 'Nursing', country: 'BR', completed: '2018-12', credentialAssessed: false }],
      work: [{ occupation: 'Nurse', country: 'BR', start: '2024-06-01', end: null, skilled: true }],
      languages: [
        { language: 'en', test: 'IELTS-GT', listening: 7, reading: 7, writing: 7, speaking: 7 },
        { language: 'de', test: 'Goethe', level: 'A2' },
      ],
      ties: [],
    } satisfies CaseFileInput);
    const moves = whatMovesTheNeedle(ana, 'de-opportunity-card', AS_OF);
    expectWellFormed(moves, opportunityCardCalculator, ana);
    expect(move(moves, 'German A2 → B1 (Goethe)').delta).toBe(1);
    expect(move(moves, "Obtain a partial recognition notice for a bachelor's degree (BR) from a German recognition body").delta).toBe(4);
    // Already eligible at 6: no status change to report.
    expect(moves.every(m => m.statusChange === undefined)).toBe(true);
  });
});

describe('whatMovesTheNeedle: other routes', () => {
  it('returns nothing for a route without points, and throws for an unknown id', () => {
    expect(whatMovesTheNeedle(priya, 'us-h1b', AS_OF)).toEqual([]);
    expect(() => whatMovesTheNeedle(priya, 'xx-nope', AS_OF)).toThrow(/Unknown programme id/);
  });

  it('never lists a move that does not raise the total, on any points route', () => {
    for (const id of ['ca-express-entry', 'de-opportunity-card', 'nz-smc', 'jp-hsp']) {
      for (const m of whatMovesTheNeedle(priya, id, AS_OF, { currency: 'EUR' })) expect(m.delta, `${id}: ${m.change}`).toBeGreaterThan(0);
    }
  });
});
