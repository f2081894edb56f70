// UK rules from the Immigration Rules as summarised in the sources of shared/programs/gb.ts and
// gb-tables.ts: Appendix English Language (B2 in each of the four skills from 2026-01-08; nationals
// of majority English-speaking countries; a UK degree or one taught in English; a SELT such as IELTS
// for UKVI at 5.5 in each skill for B2); Appendix Skilled Worker / Skilled Occupations (national pay
// scale jobs: at least £25,000 and the pay-scale rate, not £41,700); the Health and Care Worker visa
// (£304 for up to 3 years, no Immigration Health Surcharge, a qualified and registered professional);
// Appendix High Potential Individual (a degree awarded in the 5 years before the application; a
// 3-year grant for a PhD, 2 years otherwise, so the surcharge covers 3 or 2 years).
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../shared/case-file';
import { evaluate } from '../../../shared/rules/evaluate';
import type { Assessment } from '../../../shared/rules/types';

const AS_OF = '2026-11-29';

/** Wang Fang: single, Chinese, a bachelor's from Zhejiang (taught in Chinese), a GBP 62,000 software job. */
function wang(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Wang Fang', permanentResidences: [], dateOfBirth: '1995-02-01', citizenships: ['CN'], residenceCountry: 'CN', maritalStatus: 'single' },
    spouse: null,
    children: [],
    education: [{ level: 'bachelor', country: 'CN', completed: '2023-07', topRanked: true, taughtInEnglish: false }],
    work: [],
    languages: [{ language: 'en', test: 'IELTS-GT', listening: 6, reading: 6, writing: 6, speaking: 6, testDate: '2026-05-01', ukSelt: true }],
    jobOffer: { country: 'GB', employer: 'Thames Fintech Ltd', annualSalary: { amount: 62000, currency: 'GBP' }, employerSize: 'large', nationalPayScale: 'none' },
    funds: { amount: 5000, currency: 'GBP' },
  };
  change(f);
  return CaseFile.parse(f);
}
const assess = (id: string, file: CaseFile): Assessment => {
  const [a] = evaluate(file, [id], { asOf: AS_OF, currency: 'GBP' });
  if (!a) throw new Error('no assessment');
  return a;
};
const gate = (a: Assessment, id: string) => {
  const g = a.gates.find(x => x.id === id);
  if (!g) throw new Error(`no gate ${id}`);
  return g;
};
const english = (file: CaseFile) => gate(assess('gb-skilled-worker', file), 'gb-sw-english');

describe('UK English: B2 in each skill, shown by a SELT, nationality or an English-taught degree', () => {
  it('judges IELTS for UKVI skill by skill: an overall 6.0 with speaking 5.0 is not B2', () => {
    const speaking5 = english(wang(f => Object.assign(f.languages?.[0] ?? {}, { speaking: 5 })));
    expect(speaking5.status).toBe('not-met');
    expect(speaking5.reason).toContain('speaking below 5.5');
    expect(english(wang()).status).toBe('met');
    expect(english(wang(f => Object.assign(f.languages?.[0] ?? {}, { listening: 5.5, reading: 5.5, writing: 5.5, speaking: 5.5 }))).status).toBe('met');
  });

  it('needs the test taken as IELTS for UKVI: an ordinary certificate does not count, and an unrecorded one is asked', () => {
    const ordinary = english(wang(f => Object.assign(f.languages?.[0] ?? {}, { ukSelt: false })));
    expect(ordinary.status).toBe('not-met');
    expect(ordinary.reason).toContain('not taken as IELTS for UKVI');
    const unrecorded = english(wang(f => Object.assign(f.languages?.[0] ?? {}, { ukSelt: null })));
    expect(unrecorded.status).toBe('unknown');
    expect(unrecorded.missing).toEqual(['languages[0].ukSelt']);
  });

  it('is met by nationality of a majority English-speaking country, without a test', () => {
    expect(english(wang(f => { f.client.citizenships = ['US']; f.languages = []; })).status).toBe('met');
    expect(english(wang(f => { f.client.citizenships = ['CN', 'CA']; f.languages = []; })).status).toBe('met');
  });

  it('is met by a UK degree, a degree from Ireland, or one taught in English; a Canadian degree needs Ecctis to say so', () => {
    const degree = (e: Partial<NonNullable<CaseFileInput['education']>[number]>) =>
      english(wang(f => { Object.assign(f.languages?.[0] ?? {}, { ukSelt: false }); f.education = [{ level: 'master', completed: '2022-09', ...e }]; })).status;
    expect(degree({ country: 'GB' })).toBe('met');
    expect(degree({ country: 'IE' })).toBe('met');
    expect(degree({ country: 'IN', taughtInEnglish: true })).toBe('met');
    expect(degree({ country: 'CA', taughtInEnglish: false })).toBe('not-met');
    expect(degree({ country: 'CA', taughtInEnglish: null })).toBe('unknown');
  });
});

/** Grace: a Ghanaian nurse offered a Staff Nurse post (SOC 2231) at an NHS trust, NMC-registered. */
const grace = (change: (o: NonNullable<CaseFileInput['jobOffer']>) => void = () => undefined) =>
  wang(f => {
    f.client.citizenships = ['GH'];
    f.jobOffer = { country: 'GB', employer: 'Leeds Teaching Hospitals NHS Trust', annualSalary: { amount: 32000, currency: 'GBP' }, employerSize: 'large', socCode: '2231', professionalRegistration: true };
    change(f.jobOffer);
  });

describe('Skilled Worker: Health and Care Worker visa for national pay scale health jobs', () => {
  it('reads SOC 2231 (nurses) as a pay-scale health job: its own salary floor, not £41,700', () => {
    const salary = (amount: number) => gate(assess('gb-skilled-worker', grace(o => (o.annualSalary = { amount, currency: 'GBP' }))), 'gb-sw-salary');
    // £32,000 is below £41,700 but above the £25,000 floor: the pay-scale rate is left to the attorney.
    expect(salary(32000)).toMatchObject({ status: 'unknown', judgement: true });
    expect(salary(25000)).toMatchObject({ status: 'unknown', judgement: true });
    expect(salary(24999).status).toBe('not-met');
  });

  it('charges the Health and Care fee, no health surcharge, and says why', () => {
    const a = assess('gb-skilled-worker', grace());
    expect(a.costs.items.filter(i => i.payer === 'applicant').map(i => [i.label, i.amount.amount])).toEqual([
      ['Health and Care Worker visa fee, certificate of up to 3 years (£590 if longer), inside or outside the UK; each dependant pays the same', 304],
    ]);
    expect(a.costs.notes).toEqual(['No Immigration Health Surcharge: Health and Care Worker visa holders and their dependants are exempt.']);
    // A software job pays the Skilled Worker fee and 3 years of surcharge.
    const sw = assess('gb-skilled-worker', wang());
    expect(sw.costs.totals.applicant.amount).toBe(769 + 3 * 1035);
    expect(sw.costs.notes).toEqual([]);
  });

  it('needs registration with the professional body (the NMC for nurses)', () => {
    expect(gate(assess('gb-skilled-worker', grace()), 'gb-sw-registration').status).toBe('met');
    expect(gate(assess('gb-skilled-worker', grace(o => (o.professionalRegistration = false))), 'gb-sw-registration').status).toBe('not-met');
    const open = gate(assess('gb-skilled-worker', grace(o => (o.professionalRegistration = null))), 'gb-sw-registration');
    expect(open.missing).toEqual(['jobOffer.professionalRegistration']);
    // Not a health and care job: the gate does not apply.
    expect(gate(assess('gb-skilled-worker', wang()), 'gb-sw-registration').status).toBe('met');
  });

  it('asks whether a job is on a national pay scale when its code does not say', () => {
    const a = assess('gb-skilled-worker', wang(f => { if (f.jobOffer) { f.jobOffer.nationalPayScale = null; f.jobOffer.socCode = '2134'; } }));
    expect(a.status).toBe('needs-info');
    expect(gate(a, 'gb-sw-salary').missing).toContain('jobOffer.nationalPayScale');
    expect(a.costs.unknown.map(u => u.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^Health and Care Worker visa fee/), expect.stringMatching(/^Immigration Health Surcharge/)]));
  });

  it('gives an education pay-scale job the pay-scale salary rule but the Skilled Worker fee and surcharge', () => {
    const teacher = assess('gb-skilled-worker', wang(f => { if (f.jobOffer) { f.jobOffer.nationalPayScale = 'education'; f.jobOffer.annualSalary = { amount: 30000, currency: 'GBP' }; } }));
    expect(gate(teacher, 'gb-sw-salary')).toMatchObject({ status: 'unknown', judgement: true });
    expect(teacher.costs.totals.applicant.amount).toBe(769 + 3 * 1035);
  });
});

describe('High Potential Individual: the degree’s date and the grant length', () => {
  const hpi = (education: NonNullable<CaseFileInput['education']>) => assess('gb-hpi', wang(f => (f.education = education)));
  const degree = (completed: string) => gate(hpi([{ level: 'master', country: 'CN', completed, topRanked: true }]), 'gb-hpi-degree');

  it('decides "awarded in the last 5 years" from the completion date (2021-11-29 is the first day in)', () => {
    expect(degree('2021-11-29').status).toBe('met');
    expect(degree('2021-11-28').status).toBe('not-met');
    expect(degree('2021-12').status).toBe('met');
    expect(degree('2021-10').status).toBe('not-met');
    // A month alone cannot place a degree of November 2021: the day is asked for.
    expect(degree('2021-11')).toMatchObject({ status: 'unknown', missing: ['education[0].completed'] });
  });

  it('charges 3 years of surcharge for a PhD and 2 for any other degree, never both', () => {
    const surcharge = (a: Assessment) => a.costs.items.filter(i => i.label.startsWith('Immigration Health Surcharge')).map(i => i.amount.amount);
    expect(surcharge(hpi([{ level: 'master', country: 'CN', completed: '2024-06', topRanked: true }]))).toEqual([2070]);
    expect(surcharge(hpi([{ level: 'doctorate', country: 'CN', completed: '2025-06', topRanked: true }]))).toEqual([3105]);
    expect(surcharge(hpi([
      { level: 'master', country: 'CN', completed: '2022-06', topRanked: true },
      { level: 'doctorate', country: 'CN', completed: '2025-06', topRanked: true },
    ]))).toEqual([3105]);
    // An old PhD does not qualify; the recent master's does, so its 2-year grant applies.
    expect(surcharge(hpi([
      { level: 'doctorate', country: 'CN', completed: '2019-06', topRanked: true },
      { level: 'master', country: 'CN', completed: '2024-06', topRanked: true },
    ]))).toEqual([2070]);
  });
});
