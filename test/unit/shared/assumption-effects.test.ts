// Whether each policy assumption can change each route for this client, and why not in words.
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { assumptionEffects } from '../../../shared/rules/assumption-effects';
import { evaluate } from '../../../shared/rules/evaluate';
import type { EvaluateOptions } from '../../../shared/rules/types';
import { loadFixture } from '../../fixtures';

const AS_OF = '2026-11-29';
const priya = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const effects = (file: CaseFile, ids: string[], options: EvaluateOptions = { asOf: AS_OF }) => assumptionEffects(file, evaluate(file, ids, options), options);

describe('assumptionEffects', () => {
  it('a change of status inside the US: the $100,000 payment cannot change the H-1B, and says why', () => {
    // Priya is in the US on an F-1: a change of status, not a new petition for a worker abroad.
    for (const value of ['applies', 'vacated', 'unclear']) {
      const h1b = effects(priya, ['us-h1b'], { asOf: AS_OF, assumptions: { 'us-h1b-100k-payment': value } })['us-h1b'];
      expect(h1b?.find(e => e.key === 'us-h1b-100k-payment')).toEqual({
        key: 'us-h1b-100k-payment',
        label: 'The $100,000 payment on new H-1B petitions for workers abroad',
        applies: false,
        why: 'The $100,000 payment does not apply: change of status or extension inside the US',
      });
    }
    // The lottery's weighting does change her odds.
    expect(effects(priya, ['us-h1b'])['us-h1b']?.find(e => e.key === 'us-h1b-weighted-selection')).toMatchObject({ applies: true, why: null });
  });

  it('a worker abroad: the payment applies', () => {
    const abroad = CaseFile.parse({ ...loadFixture('priya-sharma.case.json'), client: { ...priya.client, residenceCountry: 'IN', currentStatus: { country: 'IN', type: 'none' } } });
    expect(effects(abroad, ['us-h1b'])['us-h1b']?.find(e => e.key === 'us-h1b-100k-payment')).toMatchObject({ applies: true, why: null });
  });

  it('a cap-exempt employer: the lottery weighting cannot change the H-1B, because the client is not in the lottery', () => {
    const exempt = CaseFile.parse({ ...loadFixture('priya-sharma.case.json'), jobOffer: { ...priya.jobOffer, employerSize: 'cap-exempt' } });
    const weighted = effects(exempt, ['us-h1b'])['us-h1b']?.find(e => e.key === 'us-h1b-weighted-selection');
    expect(weighted?.applies).toBe(false);
    expect(weighted?.why).toMatch(/^The lottery weighting does not apply: /);
  });

  it('the K visa work rights always can change the K visa; routes using no assumption list none', () => {
    const out = effects(priya, ['cn-k', 'us-o1a']);
    expect(out['cn-k']).toEqual([{ key: 'cn-k-work-authorised', label: 'Whether a K visa allows salaried work without a Z visa', applies: true, why: null }]);
    expect(out['us-o1a']).toEqual([]);
  });
});
