/**
 * The engine and the CLI's compare run on the catalogue of a given data set: a figure changed in
 * the data set changes the assessment, and the shipped catalogue's answer stays as it was.
 * Priya Sharma's H-1B: employer total 3,595 USD on 2026-11-29 with the 215 USD cap registration.
 */
import { describe, expect, it } from 'vitest';
import { checkCompareOptions, compare } from '../../../../electron/cli/compare';
import type { CaseFile } from '../../../../shared/case-file';
import { buildCatalogue } from '../../../../shared/programs/index';
import { evaluate, evaluateOn } from '../../../../shared/rules/evaluate';
import { loadFixture } from '../../../fixtures';
import { withVersion } from './firm-data-set';

const priya = () => loadFixture('priya-sharma.case.json') as CaseFile;
const options = { asOf: '2026-11-29', assumptions: {}, currency: 'USD' };
const raised = withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380, sourceId: 'us-fee-rule-2024' });
const employerTotal = (as: ReturnType<typeof evaluate>) => as[0]?.costs.totals.employer.amount;

describe('evaluate on a given catalogue', () => {
  it('charges the figure of the data set given, on and after its effective date only', () => {
    const catalogue = buildCatalogue(raised);
    expect(employerTotal(evaluate(priya(), ['us-h1b'], options))).toBe(3595);
    expect(employerTotal(evaluate(priya(), ['us-h1b'], options, catalogue))).toBe(3760);
    expect(employerTotal(evaluateOn(catalogue)(priya(), ['us-h1b'], options))).toBe(3760);
    // Before the new version the version in force then is charged.
    expect(employerTotal(evaluate(priya(), ['us-h1b'], { ...options, asOf: '2026-05-31' }, catalogue))).toBe(
      employerTotal(evaluate(priya(), ['us-h1b'], { ...options, asOf: '2026-05-31' })),
    );
  });

  it('gives the CLI compare the data set to use, the shipped one by default', () => {
    const args = checkCompareOptions({ programs: 'us-h1b', asOf: '2026-11-29', assume: undefined, currency: undefined, today: '2026-11-29' });
    expect(compare(priya(), args, false)).toContain('3,595 USD');
    const text = compare(priya(), args, false, raised);
    expect(text).toContain('3,760 USD');
    expect(text).not.toContain('3,595 USD');
    const json = JSON.parse(compare(priya(), args, true, raised)) as { rulesVersion: string; assessments: { costs: { totals: { employer: { amount: number } } } }[] };
    expect(json.rulesVersion).toBe(raised.label);
    expect(json.assessments[0]?.costs.totals.employer.amount).toBe(3760);
  });
});
