/**
 * A fee whose version in force is the firm's own figure is marked "firm figure" with the firm's
 * source wherever it is shown: the fee, the cost line of the assessment, the CLI's compare, and the
 * memo's options table and cost analysis. The catalogue's own figures carry no mark.
 * Priya Sharma's H-1B on 2026-11-29: employer total 3,595 USD with the 215 USD cap registration.
 */
import { describe, expect, it } from 'vitest';
import { checkCompareOptions, compare } from '../../../../electron/cli/compare';
import type { CaseFile } from '../../../../shared/case-file';
import { optionAnalysis, optionRow } from '../../../../shared/memo/options';
import { buildCatalogue } from '../../../../shared/programs/index';
import { evaluate } from '../../../../shared/rules/evaluate';
import { firmFigureLines } from '../../../../shared/rules/labels';
import { loadFixture } from '../../../fixtures';
import { FIRM, withVersion } from './firm-data-set';

const priya = () => loadFixture('priya-sharma.case.json') as CaseFile;
const options = { asOf: '2026-11-29', assumptions: {}, currency: 'USD' };
const firmData = withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380 });
const h1b = (data = firmData, asOf = options.asOf) => {
  const a = evaluate(priya(), ['us-h1b'], { ...options, asOf }, buildCatalogue(data))[0];
  if (!a) throw new Error('no assessment');
  return a;
};
const MARK = 'firm figure (entered by A. Attorney; source: https://firm.example/fees-memo)';

describe('a firm figure', () => {
  it('is carried by the fee and by the cost line, with who entered it and its source', () => {
    const fees = buildCatalogue(firmData).programById('us-h1b')?.fees.filter(f => f.series === 'h1b-registration');
    expect(fees?.map(f => f.firm)).toEqual([undefined, { by: FIRM.by, url: FIRM.url }]);
    const a = h1b();
    expect(a.costs.items.find(i => i.label === 'Cap registration')).toMatchObject({ amount: { amount: 380, currency: 'USD' }, firm: { by: FIRM.by, url: FIRM.url } });
    expect(a.costs.items.filter(i => i.firm)).toHaveLength(1);
    // Before it took effect the catalogue's figure applies, unmarked.
    expect(h1b(firmData, '2026-05-31').costs.items.find(i => i.label === 'Cap registration')).not.toHaveProperty('firm');
  });

  it('marked unknown by the firm is listed as unknown, with the firm\'s reason and mark, never as zero', () => {
    const data = withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: null, unknown: 'USCIS has announced a new fee; amount not yet published.', firm: { ...FIRM, url: undefined, note: 'Per our call with USCIS liaison' } });
    const a = h1b(data);
    expect(a.costs.items.find(i => i.label === 'Cap registration')).toBeUndefined();
    expect(a.costs.unknown).toContainEqual({ label: 'Cap registration', payer: 'employer', reason: 'USCIS has announced a new fee; amount not yet published.', firm: { by: FIRM.by, note: 'Per our call with USCIS liaison' } });
    expect(firmFigureLines(a.costs)).toEqual(['Cap registration: unknown — firm figure (entered by A. Attorney; source: Per our call with USCIS liaison)']);
  });

  it('is marked in the CLI compare with the firm\'s source', () => {
    const args = checkCompareOptions({ programs: 'us-h1b', asOf: '2026-11-29', assume: undefined, currency: undefined, today: '2026-11-29' });
    expect(compare(priya(), args, false, firmData)).toContain(`Firm figures (the firm's own, in place of the catalogue's):\n  us-h1b · Cap registration: 380 USD — ${MARK}`);
    expect(compare(priya(), args, false)).not.toContain('firm figure');
    const json = JSON.parse(compare(priya(), args, true, firmData)) as { assessments: { costs: { items: { label: string; firm?: unknown }[] } }[] };
    expect(json.assessments[0]?.costs.items.find(i => i.label === 'Cap registration')?.firm).toEqual({ by: FIRM.by, url: FIRM.url });
  });

  it('is marked in the memo: the options table says so, and the cost analysis names it with its source', () => {
    const a = h1b();
    expect(optionRow(a, null).employerCost).toBe('3,760 USD (firm figure)');
    expect(optionRow(a, null).clientCost).not.toContain('firm figure');
    const cost = optionAnalysis(a, null, undefined, 1, () => undefined, priya()).items.find(i => i.label === 'Cost');
    expect(cost?.lines).toContain(`Cap registration: 380 USD — ${MARK}.`);
    const shipped = evaluate(priya(), ['us-h1b'], options)[0];
    if (!shipped) throw new Error('no assessment');
    expect(optionRow(shipped, null).employerCost).toBe('3,595 USD');
    expect(JSON.stringify(optionAnalysis(shipped, null, undefined, 1, () => undefined, priya()))).not.toContain('firm figure');
  });
});
