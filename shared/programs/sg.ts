/**
 * Singapore: the ONE Pass (Overseas Networks & Expertise) and the Employment Pass with its COMPASS
 * points stage. Monthly salary criteria are stored as annual amounts (× 12) because the case file
 * records an annual salary.
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { CountryCatalogue, Gate, Program, Source } from './types';

const SOURCES: Source[] = [
  {
    id: 'sg-one-pass',
    title: 'ONE Pass eligibility: fixed monthly salary S$30,000 (last year or future employer), established company, or outstanding achievements',
    url: 'https://fergusvisa.sg/overseas-networks-expertise-pass',
    asOf: '2023-01-01',
    confidence: 'confirmed',
  },
  {
    id: 'sg-one-pass-terms',
    title: 'EIG Law: ONE Pass (5 years, multiple employers, most applications processed within 4 weeks)',
    url: 'https://eiglaw.com/singapore-understand-the-overseas-networks-and-expertise-one-pass/',
    asOf: '2023-01-01',
    confidence: 'reported',
  },
  {
    id: 'sg-one-pass-fees',
    title: 'PB Corporate: ONE Pass application (MOM fee S$105 application, S$225 issuance; within 4 weeks)',
    url: 'https://www.pbcorporate.com.sg/overseas-networks-and-expertise-pass-one-pass-application',
    asOf: '2024-01-01',
    confidence: 'reported',
  },
  {
    id: 'sg-ep-2025',
    title: 'EIG Law: EP qualifying salary S$5,600 from 1 January 2025, COMPASS, and exemptions (S$22,500)',
    url: 'https://eiglaw.com/singapore-updates-criteria-for-employment-permits/',
    asOf: '2024-12-01',
    confidence: 'confirmed',
  },
  {
    id: 'sg-ep-age',
    title: 'Vivos: EP qualifying salary from S$5,600 rising with age to S$10,700 at 45 and above; tied to the employer',
    url: 'https://vivos.com.sg/?p=16876',
    asOf: '2026-01-01',
    confidence: 'reported',
  },
  {
    id: 'sg-compass',
    title: 'Sovereign Group: COMPASS points framework for Employment Pass applications from 1 September 2023',
    url: 'https://www.sovereigngroup.com/news/news-and-views/singapore-introduces-new-compass-eligibility-for-employment-pass/',
    asOf: '2023-09-01',
    confidence: 'confirmed',
  },
  {
    id: 'sg-ep-2027',
    title: 'CNA: Budget 2026, EP qualifying salary to rise to S$6,000 from 2027',
    url: 'https://www.channelnewsasia.com/singapore/budget-2026-foreign-workers-employment-pass-qualifying-salary-lower-wage-workers-5925671',
    asOf: '2026-02-12',
    confidence: 'reported',
  },
  {
    id: 'sg-mom-fees',
    title: 'Relocate: MOM work pass fees from 1 April 2019 (EP S$105 application, S$225 issuance, S$30 multiple journey visa)',
    url: 'https://www.relocatemagazine.com/news/immigration-update-singapore-immigration-update-1218',
    asOf: '2019-04-01',
    confidence: 'reported',
  },
  {
    id: 'sg-ep-process',
    title: 'Employment Pass process: in-principle approval within 3 weeks; Dependant\'s Pass for spouse and children under 21',
    url: 'https://sghrmanpower.com/employment-pass/',
    asOf: '2024-01-01',
    confidence: 'reported',
  },
  {
    id: 'sg-ep-validity',
    title: 'Singapore Employment Pass 2025 salary requirements (initial 2 years, renewals up to 3 years)',
    url: 'https://mondorfestival.fr/11/12/2024/minsta/YwQ53240CvT.html',
    asOf: '2024-12-11',
    confidence: 'reported',
  },
  {
    id: 'sg-dp',
    title: 'Dependant\'s Pass: EP holder must earn at least S$6,000 a month',
    url: 'https://scailable.com/?p=101006',
    asOf: '2024-01-01',
    confidence: 'reported',
  },
  {
    id: 'sg-pr',
    title: 'Desinri: ONE Pass and EP holders may apply for permanent residence (discretionary)',
    url: 'https://desinri.com/visa/singapore-overseas-networks-expertise-pass-one-pass-requirements-fees-processing-time-how-to-apply',
    asOf: '2026-04-06',
    confidence: 'reported',
  },
  {
    id: 'sg-mom-work-passes',
    title:
      'Ministry of Manpower: non-residents must hold a valid work pass before they can work in Singapore (citizens and permanent residents need none)',
    url: 'http://www.mom.gov.sg/foreign-manpower/passes-visas/Pages/default.aspx',
    asOf: '2014-08-01',
    confidence: 'confirmed',
  },
];

/** MOM: work passes are for non-residents; Singapore citizens and permanent residents work without one. */
const NON_RESIDENTS: Gate = foreignNationalGate({
  citizens: ['SG'],
  permanentResidents: ['SG'],
  audience: 'foreign nationals',
  label: 'Not a Singapore citizen or permanent resident',
  sourceId: 'sg-mom-work-passes',
});

const ACHIEVEMENTS = ['awards', 'membership', 'mediaCoverage', 'judging', 'originalContribution', 'publications', 'criticalRole'] as const;

const ONE_PASS = (fees: FeesOf): Program => ({
  id: 'sg-one-pass',
  country: 'SG',
  name: 'Overseas Networks & Expertise Pass (ONE Pass)',
  shortName: 'the ONE Pass',
  agency: 'Ministry of Manpower (MOM)',
  targets: 'Top earners (fixed salary S$30,000 a month) and people with outstanding achievements in arts, sports, science and technology, or research.',
  gates: [
    NON_RESIDENTS,
    {
      // The salary route or the achievement route; the achievement standard itself is the next gate.
      id: 'salary-or-achievement',
      label: 'Fixed salary at least S$30,000 a month (S$360,000 a year), or a record of achievement',
      condition: {
        any: [
          { kind: 'salary', min: { amount: 360_000, currency: 'SGD' } },
          { kind: 'achievements', min: 1, of: ACHIEVEMENTS },
        ],
      },
      sourceId: 'sg-one-pass',
    },
    {
      id: 'established-company-or-outstanding',
      label: 'Established company (salary route) or outstanding achievements (achievement route)',
      condition: {
        kind: 'judgement',
        question:
          'Salary route: has the applicant worked at least 1 year for an established company overseas (market capitalisation at least US$500 million or annual revenue at least US$200 million), or will they work for one in Singapore, with the fixed salary from one employer? Achievement route: are the achievements outstanding in arts and culture, sports, science and technology, or research and academia?',
      },
      sourceId: 'sg-one-pass',
    },
  ],
  fees: [
    ...fees('sg-one-pass.application', { id: 'application', label: 'MOM application fee', per: 'application' }),
    ...fees('sg-one-pass.issuance', { id: 'issuance', label: 'MOM issuance fee', per: 'application' }),
  ],
  processingMonths: { value: [0, 1], sourceId: 'sg-one-pass-terms', note: 'Most applications within 4 weeks; achievement-route cases may take longer.' },
  toWorkMonths: { value: [0, 1], sourceId: 'sg-one-pass-terms', note: 'Processing time; issuance follows approval.' },
  validity: { value: '5 years, renewable for 5 years at a time.', sourceId: 'sg-one-pass' },
  permanentResidence: {
    path: 'No automatic path; holders may apply for permanent residence, which is discretionary.',
    months: { value: null, unknown: 'Permanent residence is discretionary and has no published timeline.' },
  },
  family: {
    spouseWork: { value: null, unknown: 'Spouse can join on a Dependant\'s Pass; work rights for ONE Pass dependants were not confirmed in the sources read.' },
    children: { value: 'Unmarried children under 21 can join on a Dependant\'s Pass (applied for separately).', sourceId: 'sg-ep-process' },
  },
  language: { value: 'No language requirement is listed among the criteria.', sourceId: 'sg-one-pass' },
  employerTie: { value: 'Personal pass: not tied to one employer; the holder may start, operate and work for several companies at once.', sourceId: 'sg-one-pass-terms' },
  selection: { kind: 'discretionary', description: 'Assessed case by case by MOM.', sourceId: 'sg-one-pass-fees' },
  risks: [
    {
      text: 'Renewal needs an average fixed salary of S$30,000 a month over the 5 years, or a Singapore company employing at least 5 locals.',
      sourceId: 'sg-one-pass',
    },
    {
      text: 'The criterion is fixed monthly salary; bonuses and variable pay in the offered annual salary may not count.',
      sourceId: 'sg-one-pass',
    },
  ],
});

const EP = (fees: FeesOf): Program => ({
  id: 'sg-employment-pass',
  country: 'SG',
  name: 'Employment Pass',
  shortName: 'the Employment Pass',
  agency: 'Ministry of Manpower (MOM)',
  targets: 'Professionals, managers and executives with a Singapore job offer who meet the qualifying salary and pass COMPASS.',
  gates: [
    NON_RESIDENTS,
    { id: 'job-offer', label: 'Job offer from a Singapore employer', condition: { kind: 'job-offer', countries: ['SG'] }, sourceId: 'sg-ep-age' },
    {
      id: 'qualifying-salary',
      label: 'Salary at least the minimum qualifying salary (S$5,600 a month, S$67,200 a year, from 2025-01-01)',
      condition: { kind: 'salary', min: { amount: 67_200, currency: 'SGD' } },
      sourceId: 'sg-ep-2025',
    },
    {
      id: 'qualifying-salary-45',
      label: 'Aged 45 or over: at least S$10,700 a month (S$128,400 a year)',
      condition: { any: [{ kind: 'age', max: 44 }, { kind: 'salary', min: { amount: 128_400, currency: 'SGD' } }] },
      sourceId: 'sg-ep-age',
    },
    {
      id: 'qualifying-salary-by-age',
      label: 'Age-specific qualifying salary and sector (financial services higher)',
      condition: {
        kind: 'judgement',
        question:
          'Does the fixed monthly salary meet MOM\'s age-specific qualifying salary (rising from S$5,600 for young applicants to S$10,700 at 45; S$6,200 to S$11,800 in financial services)?',
      },
      sourceId: 'sg-ep-age',
    },
    {
      id: 'compass',
      label: 'COMPASS: at least 40 points, or exempt',
      condition: {
        kind: 'judgement',
        question:
          'Does the application score at least 40 COMPASS points (C1 salary against sector benchmarks, C2 qualifications, C3 nationality diversity, C4 support for local employment, C5 shortage-occupation and C6 strategic bonuses), or is it exempt (fixed salary at least S$22,500 a month, or an intra-corporate transferee under GATS or an FTA)?',
      },
      sourceId: 'sg-compass',
    },
  ],
  fees: [
    ...fees('sg-employment-pass.application', { id: 'application', label: 'MOM application fee', per: 'application' }),
    ...fees('sg-employment-pass.issuance', { id: 'issuance', label: 'MOM issuance fee', per: 'application' }),
    ...fees('sg-employment-pass.multiple-journey-visa', {
      id: 'multiple-journey-visa',
      label: 'Multiple Journey Visa (if the nationality needs one)',
      per: 'application',
      optional: true,
    }),
  ],
  processingMonths: { value: [0, 1], sourceId: 'sg-ep-process', note: 'In-principle approval within about 3 weeks of an online application.' },
  toWorkMonths: { value: [0, 2], sourceId: 'sg-ep-process', note: 'About 3 weeks to approval, then issuance; job advertising under the Fair Consideration Framework comes first unless exempt.' },
  validity: { value: 'Up to 2 years at first; renewals up to 3 years.', sourceId: 'sg-ep-validity' },
  permanentResidence: {
    path: 'No automatic path; EP holders may apply for permanent residence, which is discretionary.',
    months: { value: null, unknown: 'Permanent residence is discretionary and has no published timeline.' },
  },
  family: {
    spouseWork: { value: null, unknown: 'Spouse can get a Dependant\'s Pass if the EP holder earns at least S$6,000 a month; spouse work rights were not confirmed.' },
    children: { value: 'Unmarried children under 21 can get a Dependant\'s Pass if the EP holder earns at least S$6,000 a month.', sourceId: 'sg-dp' },
  },
  language: { value: 'No language requirement is listed among the criteria.', sourceId: 'sg-ep-2025' },
  employerTie: { value: 'Tied to the sponsoring employer, which applies on the candidate\'s behalf.', sourceId: 'sg-ep-age' },
  selection: { kind: 'discretionary', description: 'Two stages: qualifying salary, then the COMPASS points assessment (40 to pass).', sourceId: 'sg-compass' },
  risks: [
    {
      text: 'From 2027-01-01 new applications need S$6,000 a month (S$6,600 in financial services), up to S$11,500 (S$12,700) at 45 and above.',
      sourceId: 'sg-ep-2027',
    },
    {
      text: 'COMPASS points C3 and C4 depend on the employer\'s workforce, which the case file does not record.',
      sourceId: 'sg-compass',
    },
  ],
});

/** Singapore's programmes and sources. */
export function buildSgCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'SG', sources: SOURCES, programs: [ONE_PASS(fees), EP(fees)] };
}
