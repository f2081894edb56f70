import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { ageAt, highestEducation, monthsBetween, shiftMonths, workYears } from '../../../shared/rules/facts';
import { loadFixture } from '../../fixtures';

const priya = CaseFile.parse(loadFixture('priya-sharma.case.json'));

describe('derived facts', () => {
  it('computes age in whole years at the assessment date, turning a year older on the birthday', () => {
    expect(ageAt('1998-04-12', '2026-04-11')).toBe(27);
    expect(ageAt('1998-04-12', '2026-04-12')).toBe(28);
    expect(ageAt('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageAt(null, '2026-01-01')).toBeNull();
  });

  it('takes the highest completed credential, and derives "two or more" only when it ranks higher', () => {
    expect(highestEducation(priya, '2026-11-29')).toBe('master');
    // Before the master's was completed (2024-05), only the bachelor's counts.
    expect(highestEducation(priya, '2024-04-30')).toBe('bachelor');
    const twoDiplomas = { education: [{ level: 'bachelor' as const, completed: '2015-06' }, { level: 'diploma-2yr' as const, completed: '2012-06' }] };
    expect(highestEducation(twoDiplomas, '2026-01-01')).toBe('two-or-more');
    expect(highestEducation({ education: [] }, '2026-01-01')).toBe('none');
    expect(highestEducation({}, '2026-01-01')).toBeNull();
  });

  it('counts full-time-equivalent years, scaling part-time by hours / 30 and honouring the filters', () => {
    const file = {
      work: [
        { country: 'IN', start: '2019-07', end: '2024-07', hoursPerWeek: 40, skilled: true },
        { country: 'US', start: '2024-07', end: null, hoursPerWeek: 15, skilled: true },
      ],
    };
    expect(workYears(file, '2026-07-01', { countries: ['IN'] })).toBe(5);
    expect(workYears(file, '2026-07-01', { countries: ['US'] })).toBe(1);
    // Window from 2023-07-01: 1 year full time in India, then 2 years at 15 h/week (0.5 FTE) in the US.
    expect(workYears(file, '2026-07-01', { withinYears: 3 })).toBe(2);
    expect(workYears({ work: [{ start: '2020-01', skilled: null }] }, '2026-01-01', { skilled: true })).toBeNull();
    expect(workYears({}, '2026-01-01')).toBeNull();
  });

  it('does month arithmetic across year ends', () => {
    expect(shiftMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(shiftMonths('2026-11', 14)).toBe('2028-01');
    expect(monthsBetween('2019-07', '2024-08')).toBe(61);
  });
});
