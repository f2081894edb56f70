/**
 * The words Compare and the saved-comparison view use for older facts: the draft's problems by
 * label, and what changed since a comparison was saved. No field path may reach these lines.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../shared/case-file';
import { changesSince, factChanges, valueInWords } from '../../../../shared/compare/changes-since';
import { describeProblem, draftProblems, problemCount } from '../../../../shared/compare/draft-problems';
import { resolveAssumptions } from '../../../../shared/programs/assumptions';
import { buildCatalogue } from '../../../../shared/programs/index';
import { evaluate } from '../../../../shared/rules/evaluate';
import { loadFixture } from '../../../fixtures';
import { withVersion } from '../facts/firm-data-set';

const AS_OF = '2026-11-29';
const priya = () => loadFixture('priya-sharma.case.json') as CaseFile;
const PATH = /\b[a-z]+[A-Z]?\w*\.[a-z]\w*|\[\d+\]/;

describe('the draft’s problems', () => {
  it('name the field by its label and say "missing" for the schema’s "required"', () => {
    expect(describeProblem({ field: 'funds.currency', message: 'required' })).toBe('Funds available: currency (one with an exchange rate) — missing');
    expect(describeProblem({ field: 'funds.amount', message: 'must not be negative' })).toBe('Funds available: amount — must not be negative');
  });

  it('name a list entry as the case file describes it, one line per field, first message first', () => {
    const problems = draftProblems(
      [
        { field: 'education[0].completed', message: 'expected a date written YYYY-MM or YYYY-MM-DD' },
        { field: 'education[0].completed', message: 'a second message for the same field' },
        { field: 'funds.currency', message: 'required' },
      ],
      priya(),
    );
    expect(problems.map(p => p.field)).toEqual(['education[0].completed', 'funds.currency']);
    expect(problems[0]?.text).toBe("Bachelor's in Computer Science (Indian Institute of Technology Madras): completion date — expected a date written YYYY-MM or YYYY-MM-DD");
    for (const p of problems) expect(p.text).not.toMatch(PATH);
  });

  it('count in words', () => {
    expect(problemCount(1)).toBe('1 problem');
    expect(problemCount(3)).toBe('3 problems');
  });
});

describe('what changed since a comparison was saved', () => {
  it('reads values in words; unknown is "not known", never blank or zero', () => {
    expect(valueInWords(null)).toBe('not known');
    expect(valueInWords(undefined)).toBe('not known');
    expect(valueInWords(0)).toBe('0');
    expect(valueInWords(false)).toBe('no');
    expect(valueInWords({ amount: 45_000, currency: 'USD' })).toBe('45,000 USD');
    expect(valueInWords('IN', 'client.residenceCountry')).toBe('India');
    expect(valueInWords(['IN', 'GB'], 'client.citizenships')).toBe('India, United Kingdom');
    expect(valueInWords([], 'client.citizenships')).toBe('none');
  });

  it('lists changed facts by label, with no path', () => {
    const before = priya();
    const after = { ...priya(), funds: { amount: 45_000, currency: 'USD' }, client: { ...priya().client, residenceCountry: 'GB' } } as CaseFile;
    const lines = factChanges(before, after);
    expect(lines).toContain('Funds available: amount: 30,000 → 45,000');
    expect(lines).toContain('Country of residence: United States → United Kingdom');
    for (const l of lines) expect(l).not.toMatch(PATH);
    expect(factChanges(before, priya())).toEqual([]);
  });

  it('re-runs the saved programmes on today’s facts, grouping each route’s changes under its name', () => {
    const assumptions = resolveAssumptions({}, AS_OF);
    const programIds = ['us-h1b', 'de-opportunity-card'];
    const saved = { caseFile: priya(), programIds, assumptions, currency: 'USD', results: evaluate(priya(), programIds, { asOf: AS_OF, assumptions, currency: 'USD' }) };
    expect(changesSince(saved, priya(), AS_OF)).toEqual({ facts: [], routes: [] });

    const richer = { ...priya(), funds: { amount: 45_000, currency: 'USD' } } as CaseFile;
    const since = changesSince(saved, richer, AS_OF);
    expect(since.facts).toEqual(['Funds available: amount: 30,000 → 45,000']);
    expect(since.routes.map(r => r.programName)).toEqual(['Opportunity Card (Chancenkarte), points route']);
    expect(since.routes[0]?.lines.join('\n')).toContain('Funds of 45,000 USD');
    for (const l of since.routes[0]?.lines ?? []) expect(l).not.toMatch(/^de-opportunity-card/);
  });

  it('measures today against the catalogue it is given: a firm figure since saving is a change', () => {
    const assumptions = resolveAssumptions({}, AS_OF);
    const saved = { caseFile: priya(), programIds: ['us-h1b'], assumptions, currency: 'USD', results: evaluate(priya(), ['us-h1b'], { asOf: AS_OF, assumptions, currency: 'USD' }) };
    const firm = buildCatalogue(withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380 }));
    expect(changesSince(saved, priya(), AS_OF).routes).toEqual([]);
    const since = changesSince(saved, priya(), AS_OF, firm);
    expect(since.facts).toEqual([]);
    expect(since.routes.map(r => r.programName)).toEqual([saved.results[0]?.programName]);
    expect(since.routes[0]?.lines.join('\n')).toMatch(/215.*380/);
  });
});
