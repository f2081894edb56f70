// German rules from the sources in shared/programs/de.ts: AufenthV § 46(2) no. 1 (national visa
// EUR 75) and the Federal Foreign Office's fee page (minor children pay half, EUR 37.50); § 41(1)
// AufenthV (nationals of Australia, Canada, Israel, Japan, New Zealand, South Korea, the UK and the US
// may enter without a visa and obtain the residence permit in Germany; § 41(2) covers Andorra, Brazil,
// El Salvador, Honduras, Monaco and San Marino only without employment); § 18g(1) AufenthG (the
// reduced Blue Card salary for shortage occupations, ISCO-08 groups 132-134, 21, 221, 222, 225, 226,
// 23, 25, and for a degree obtained no more than 3 years before the application); § 20b(1) AufenthG
// (partial recognition by a German recognition body replaces the home-country recognition requirement).
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../shared/case-file';
import { factLabel } from '../../../shared/rules/fact-labels';
import { evaluate } from '../../../shared/rules/evaluate';
import type { Assessment } from '../../../shared/rules/types';

const AS_OF = '2026-11-29';

/** Arjun: Indian, a master's of 2019, a EUR 68,000 embedded-software job in Munich. */
function arjun(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Arjun Nair', permanentResidences: [], dateOfBirth: '1994-08-17', citizenships: ['IN'], residenceCountry: 'IN', maritalStatus: 'single' },
    spouse: null,
    children: [],
    education: [{ level: 'master', country: 'IN', completed: '2019-06', germanRecognition: 'none' }],
    work: [{ country: 'IN', start: '2019-07', end: null, skilled: true, stem: true }],
    languages: [{ language: 'en', test: 'IELTS-A', listening: 7, reading: 7, writing: 7, speaking: 7 }],
    jobOffer: { country: 'DE', employer: 'Isar Systems GmbH', annualSalary: { amount: 68000, currency: 'EUR' } },
    funds: { amount: 20000, currency: 'EUR' },
  };
  change(f);
  return CaseFile.parse(f);
}
const assess = (id: string, file: CaseFile): Assessment => {
  const [a] = evaluate(file, [id], { asOf: AS_OF, currency: 'EUR' });
  if (!a) throw new Error('no assessment');
  return a;
};
const visaFees = (a: Assessment) => a.costs.items.filter(i => i.label.startsWith('National (D) visa')).map(i => [i.label, i.amount.amount]);

describe('national visa fees', () => {
  it('charges each minor child half the adult fee (75 + 2 × 37.50)', () => {
    const family = assess('de-blue-card', arjun(f => (f.children = [{ dateOfBirth: '2019-01-01', accompanying: true }, { dateOfBirth: '2021-01-01', accompanying: true }])));
    expect(visaFees(family)).toEqual([['National (D) visa, per adult', 75], ['National (D) visa, per minor child (half the adult fee) (× 2)', 75]]);
  });

  it.each(['AU', 'CA', 'IL', 'JP', 'NZ', 'KR', 'GB', 'US'])('charges no visa fee to a national of %s (§ 41(1) AufenthV) and says why', country => {
    for (const id of ['de-blue-card', 'de-opportunity-card']) {
      const a = assess(id, arjun(f => (f.client.citizenships = [country])));
      expect(visaFees(a), id).toEqual([]);
      expect(a.costs.notes?.[0], id).toMatch(/^No national visa fee: .* apply for the residence permit there \(§ 41\(1\) AufenthV\)\.$/);
    }
  });

  it('waives the fee for a dual citizen holding one listed nationality, not for Brazil (§ 41(2): no employment)', () => {
    expect(visaFees(assess('de-blue-card', arjun(f => (f.client.citizenships = ['IN', 'JP']))))).toEqual([]);
    expect(visaFees(assess('de-blue-card', arjun(f => (f.client.citizenships = ['BR']))))).toEqual([['National (D) visa, per adult', 75]]);
  });

  it('leaves the fee open, not waived, while citizenship is unknown', () => {
    const a = assess('de-blue-card', arjun(f => (f.client.citizenships = null)));
    expect(visaFees(a)).toEqual([]);
    expect(a.costs.unknown.map(u => u.label)).toContain('National (D) visa, per adult');
    expect(a.costs.notes).toEqual([]);
  });
});

describe('Blue Card: the reduced salary threshold (EUR 45,934.20 in 2026)', () => {
  const salaryGate = (change: (f: CaseFileInput) => void) => {
    const a = assess('de-blue-card', arjun(f => { if (f.jobOffer) f.jobOffer.annualSalary = { amount: 48000, currency: 'EUR' }; change(f); }));
    return a.gates.find(g => g.id === 'de-bc-salary');
  };

  it('is met in a shortage occupation recorded on the job offer', () => {
    expect(salaryGate(f => { if (f.jobOffer) f.jobOffer.shortageOccupation = true; })?.status).toBe('met');
  });

  it('asks whether the job is a shortage occupation while it is not recorded', () => {
    const g = salaryGate(() => undefined);
    expect(g?.status).toBe('unknown');
    expect(g?.missing).toContain('jobOffer.shortageOccupation');
    expect(factLabel('jobOffer.shortageOccupation')).toBe('Job offer: whether it is in a German shortage occupation (Engpassberuf)');
  });

  it('is met for a degree obtained within 3 years, and otherwise leaves only the IT-specialist question', () => {
    const notShortage = (completed: string) => salaryGate(f => { if (f.jobOffer) f.jobOffer.shortageOccupation = false; if (f.education?.[0]) f.education[0].completed = completed; });
    expect(notShortage('2023-12')?.status).toBe('met');
    expect(notShortage('2023-10')).toMatchObject({ status: 'unknown', judgement: true });
  });
});

describe('Opportunity Card: partial recognition replaces the home-country recognition requirement', () => {
  it('meets the recognition gate with a partial-recognition notice and leaves it to the attorney otherwise', () => {
    const gate = (germanRecognition: 'partial' | 'none' | null) =>
      assess('de-opportunity-card', arjun(f => { if (f.education?.[0]) f.education[0].germanRecognition = germanRecognition; })).gates.find(g => g.id === 'de-oc-recognition');
    expect(gate('partial')?.status).toBe('met');
    expect(gate('none')).toMatchObject({ status: 'unknown', judgement: true });
    expect(gate(null)?.missing).toEqual(['education[0].germanRecognition']);
    expect(factLabel('education[0].germanRecognition')).toBe('Degree or diploma 1: German recognition notice (full or partial equivalence, or none)');
  });
});
