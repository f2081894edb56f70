import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import type { Condition } from '../../../shared/programs/types';
import { evaluateCondition, type ConditionContext } from '../../../shared/rules/conditions';
import { loadFixture } from '../../fixtures';

const AS_OF = '2026-11-29';
const priya = () => CaseFile.parse(loadFixture('priya-sharma.case.json'));

function check(c: Condition, file: CaseFile = priya(), assumptions = {}) {
  const ctx: ConditionContext = {
    file,
    asOf: AS_OF,
    assumptions: resolveAssumptions(assumptions, AS_OF),
    points: () => null,
    calculator: () => ({ total: 0, breakdown: [], missing: [], sourceIds: [] }),
  };
  return evaluateCondition(c, ctx);
}
const minimal = (extra: Record<string, unknown> = {}) =>
  CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' }, ...extra });

describe('conditions', () => {
  it('age: met, not met and unknown, each saying the age and the limit', () => {
    expect(check({ kind: 'age', max: 45 })).toEqual({ status: 'met', reason: 'Age 28 on 2026-11-29 (must be at most 45).' });
    expect(check({ kind: 'age', max: 27 }).status).toBe('not-met');
    expect(check({ kind: 'age', max: 45 }, minimal())).toEqual({
      status: 'unknown',
      reason: 'Date of birth not recorded (age must be at most 45).',
      missing: ['client.dateOfBirth'],
    });
  });

  it('education: names the credential, and is unknown when a needed flag is not recorded', () => {
    expect(check({ kind: 'education', min: 'master', stem: true }).reason).toBe(
      "Has a master's degree in Computer Science (University of Texas at Austin) (needs a master's degree or higher in a STEM field).",
    );
    expect(check({ kind: 'education', min: 'doctorate' }).status).toBe('not-met');
    const unsure = minimal({ education: [{ level: 'master', completed: '2020-06', stem: null }] });
    expect(check({ kind: 'education', min: 'bachelor', stem: true }, unsure).status).toBe('unknown');
    expect(check({ kind: 'education', min: 'bachelor' }, minimal()).status).toBe('unknown');
    expect(check({ kind: 'education', min: 'bachelor' }, minimal({ education: [] })).status).toBe('not-met');
  });

  it('job offer: absent is unknown, null is none', () => {
    expect(check({ kind: 'job-offer', countries: ['US'] }).reason).toBe('Job offer in US from Acme Robotics (needs a job offer in US).');
    expect(check({ kind: 'job-offer', countries: ['US'] }, minimal()).status).toBe('unknown');
    expect(check({ kind: 'job-offer', countries: ['US'] }, minimal({ jobOffer: null })).status).toBe('not-met');
    expect(check({ kind: 'job-offer', countries: ['CA', 'DE'] }).status).toBe('not-met');
  });

  it('salary in the threshold currency, and unknown without a salary', () => {
    expect(check({ kind: 'salary', min: { amount: 100000, currency: 'USD' } }).status).toBe('met');
    expect(check({ kind: 'salary', min: { amount: 150000, currency: 'USD' } }).reason).toBe(
      'Offered salary 145,000 USD (threshold 150,000 USD a year).',
    );
    expect(check({ kind: 'salary', min: { amount: 1, currency: 'USD' } }, minimal({ jobOffer: {} })).status).toBe('unknown');
  });

  it('outside / present-in read residence and current status', () => {
    expect(check({ kind: 'outside', country: 'US' }).status).toBe('not-met');
    expect(check({ kind: 'present-in', countries: ['US'] }).status).toBe('met');
    const abroad = minimal({ client: { fullName: 'A', residenceCountry: 'IN' } });
    expect(check({ kind: 'outside', country: 'US' }, abroad).status).toBe('met');
    expect(check({ kind: 'outside', country: 'US' }, minimal()).status).toBe('unknown');
  });

  it('achievements count the criteria shown, unknown while the unrecorded ones could still reach the bar', () => {
    const of = ['awards', 'judging', 'mediaCoverage', 'publications', 'membership'] as const;
    expect(check({ kind: 'achievements', min: 3, of }).status).toBe('met');
    expect(check({ kind: 'achievements', min: 4, of }).status).toBe('not-met');
    const partial = minimal({ achievements: { awards: ['x'], judging: true } });
    expect(check({ kind: 'achievements', min: 3, of }, partial)).toMatchObject({ status: 'unknown', missing: ['achievements.mediaCoverage', 'achievements.publications', 'achievements.membership'] });
  });

  it('combines with all / any: one not-met decides all, one met decides any', () => {
    const yes: Condition = { kind: 'age', max: 45 };
    const no: Condition = { kind: 'age', max: 20 };
    const open: Condition = { kind: 'judgement', question: 'Is the work of national importance?' };
    expect(check({ all: [yes, no, open] }).status).toBe('not-met');
    expect(check({ all: [yes, open] }).status).toBe('unknown');
    expect(check({ any: [no, yes] }).status).toBe('met');
    expect(check({ any: [no, open] }).status).toBe('unknown');
    expect(check({ any: [no, no] }).status).toBe('not-met');
    expect(check(open).reason).toBe('For the attorney to judge: Is the work of national importance?');
  });

  it('assumptions follow the caller’s choice, else the default of the assessment date, named by label, never by key', () => {
    const c: Condition = { kind: 'assumption', key: 'us-h1b-100k-payment', equals: 'applies' };
    // On 2026-11-29 the proclamation (2025-09-21, 12 months unless extended) is past its term: unclear.
    expect(check(c).status).toBe('not-met');
    expect(check(c).reason).toBe('Policy assumption: The $100,000 payment on new H-1B petitions for workers abroad: Unclear (past its 12-month term; no extension on record).');
    expect(check(c, priya(), { 'us-h1b-100k-payment': 'applies' }).status).toBe('met');
    expect(check(c, priya(), { 'us-h1b-100k-payment': 'vacated' }).status).toBe('not-met');
  });

  it('employer tenure abroad looks for one continuous stint inside the window', () => {
    // 17 months in India, all within 36 months of 2026-11-29; only 7 of them within 24 months.
    const file = minimal({ work: [{ country: 'IN', start: '2024-01', end: '2025-06', employer: 'Infosys' }, { country: 'US', start: '2025-06', end: null }] });
    expect(check({ kind: 'employer-tenure-abroad', minMonths: 12, withinMonths: 36, excludeCountries: ['US'] }, file).status).toBe('met');
    expect(check({ kind: 'employer-tenure-abroad', minMonths: 12, withinMonths: 24, excludeCountries: ['US'] }, file).status).toBe('not-met');
  });
});
