/**
 * The catalogue is a function of the facts data set: a changed figure reaches the programme's fees,
 * the shipped catalogue is untouched, and building the same data set twice returns the same object.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../../../shared/facts/bundled';
import { rulesIdentity } from '../../../../shared/facts/schema';
import { buildCatalogue, PROGRAMS, RULES_VERSION, SHIPPED_CATALOGUE } from '../../../../shared/programs/index';
import { withVersion } from './firm-data-set';

const registration = (programs: typeof PROGRAMS) => programs.find(p => p.id === 'us-h1b')?.fees.filter(f => f.series === 'h1b-registration');

describe('buildCatalogue', () => {
  it('is the shipped catalogue for the bundled data set, built once', () => {
    expect(buildCatalogue(BUNDLED_FACTS)).toBe(SHIPPED_CATALOGUE);
    expect(buildCatalogue(structuredClone(BUNDLED_FACTS))).toBe(SHIPPED_CATALOGUE);
    expect(SHIPPED_CATALOGUE.programs).toBe(PROGRAMS);
    expect(SHIPPED_CATALOGUE.version).toBe(RULES_VERSION);
    expect(SHIPPED_CATALOGUE.identity).toBe(rulesIdentity(BUNDLED_FACTS));
  });

  it('reads every fee amount from the data set it is given, leaving the shipped catalogue as it was', () => {
    const data = withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 300 });
    const built = buildCatalogue(data);
    expect(built).not.toBe(SHIPPED_CATALOGUE);
    expect(buildCatalogue(data)).toBe(built);
    expect(registration(built.programs)?.map(f => [f.effective, f.effectiveTo, f.amount?.amount])).toEqual([
      ['2024-04-01', '2026-05-31', 215],
      ['2026-06-01', undefined, 300],
    ]);
    expect(built.programById('us-h1b')?.fees).toBe(built.programs[0]?.fees);
    expect(registration(PROGRAMS)?.map(f => f.amount?.amount)).toEqual([215]);
    // Everything that is rule logic, not a figure, is the same.
    expect(built.sources).toEqual(SHIPPED_CATALOGUE.sources);
    expect(built.programs.map(p => p.gates)).toEqual(PROGRAMS.map(p => p.gates));
  });

  it('refuses a changed data set that kept the identity of another', () => {
    const changed = withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 300 });
    expect(() => buildCatalogue({ ...changed, contentHash: BUNDLED_FACTS.contentHash })).toThrow(
      `Two different facts data sets claim the identity ${rulesIdentity(BUNDLED_FACTS)}`,
    );
  });
});
