/**
 * New Zealand: the Skilled Migrant Category (SMC) resident visa, as changed from 24 August 2026.
 * The 6-point threshold is kept; the points themselves are scored by the `nz-smc` calculator.
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { NZ_ANNUAL_HOURS, NZ_MEDIAN_WAGE } from './nz-points-tables';
import { foreignNationalGate } from './exclusions';
import type { CountryCatalogue, Gate, Program, Source } from './types';

const SOURCES: Source[] = [
  {
    id: 'nz-inz-smc-2023',
    title: 'Immigration New Zealand: Changes to the Skilled Migrant Category Resident Visa (6-point system)',
    url: 'https://www.immigration.govt.nz/new-zealand-visas/preparing-a-visa-application/living-in-new-zealand-permanently/new-zealand-skilled-residence-pathways/changes-to-the-skilled-migrant-category-resident-visa',
    asOf: '2023-10-09',
    confidence: 'confirmed',
  },
  {
    id: 'nz-inz-smc-aug-2026',
    title: 'Immigration New Zealand: Eligible roles for the SMC Trades and Technician pathway (August 2026)',
    url: 'https://www.immigration.govt.nz/live/resident-visas-to-live-in-new-zealand/skilled-residence-pathways-in-new-zealand/skilled-migrant-category-pathway-to-residence/eligible-roles-for-the-smc-trades-and-technician-pathway-august-2026/',
    asOf: '2026-03-05',
    confidence: 'confirmed',
  },
  {
    id: 'nz-et-smc-2026-changes',
    title: 'Economic Times: New Zealand to introduce changes to Skilled Migrant Category visa from August 2026',
    url: 'https://m.economictimes.com/nri/work/new-zealand-to-introduce-changes-to-skilled-migrant-category-visa-from-august-2026/amp_articleshow/124063288.cms',
    asOf: '2025-09-01',
    confidence: 'reported',
  },
  {
    id: 'nz-smc-requirements',
    title: 'New Zealand Immigration Services: SMC requirements (accredited employer, 6 points, age 55 or under, English)',
    url: 'https://www.new-zealand-immigration.com/migrate-to-new-zealand/what-is-the-age-limit-for-migrating-to-new-zealand',
    asOf: '2025-01-01',
    confidence: 'reported',
  },
  {
    id: 'nz-mondaq-smc',
    title: 'Mondaq: Immigration ABC chapter 7, resident visa under the Skilled Migrant Category (IELTS 6.5, family included)',
    url: 'https://www.mondaq.com/newzealand/work-visas/1396842/immigration-abc-chapter-7-resident-visa-under-the-skilled-migrant-category-smc',
    asOf: '2024-01-01',
    confidence: 'reported',
  },
  {
    id: 'nz-fees-2024-10',
    title: 'VisaAide: New Zealand visa charges from 1 October 2024 (Skilled Residence NZD 6,450 fee and levy)',
    url: 'https://visaaide.co.nz/new-zealand-visa-charges-increasing-effective-october-1-2024/',
    asOf: '2024-10-01',
    confidence: 'reported',
  },
  {
    id: 'nz-australian-resident-visa',
    title:
      'Immigration New Zealand: Australian Resident Visa, granted on arrival so Australian citizens and permanent residents can live, work and study in New Zealand indefinitely',
    url: 'https://immigration.govt.nz/visas/australian-resident-visa',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
];

/** Immigration Act 2009 ss. 13-14 (New Zealand citizens need no visa); INZ's Australian Resident Visa (Australian citizens and permanent residents get residence on arrival). */
const NO_RIGHT_TO_LIVE: Gate = foreignNationalGate({
  citizens: ['NZ', 'AU'],
  permanentResidents: ['NZ', 'AU'],
  audience: 'people without a right to live in New Zealand (New Zealand and Australian citizens have one)',
  label: 'Not a New Zealand or Australian citizen or permanent resident (they may already live in New Zealand)',
  sourceId: 'nz-australian-resident-visa',
});

/**
 * The median wage as an annual salary: INZ states it per hour, the case file records a year's pay.
 * Shared with the points tables so the gate and the calculator cannot drift apart.
 */
function medianAnnualNzd(): number {
  const hourly = NZ_MEDIAN_WAGE.value?.amount;
  const hours = NZ_ANNUAL_HOURS.value;
  if (hourly === undefined || hours === null) throw new Error('nz-smc needs a known median wage and annual hours');
  return Math.round(hourly * hours * 100) / 100;
}

const SMC = (fees: FeesOf): Program => ({
  id: 'nz-smc',
  country: 'NZ',
  name: 'Skilled Migrant Category Resident Visa',
  shortName: 'the Skilled Migrant Category',
  agency: 'Immigration New Zealand (MBIE)',
  targets: 'Skilled workers with a job or offer from an accredited New Zealand employer who reach 6 points.',
  gates: [
    NO_RIGHT_TO_LIVE,
    {
      id: 'job-offer',
      label: 'Skilled job or job offer in New Zealand',
      condition: { kind: 'job-offer', countries: ['NZ'] },
      sourceId: 'nz-inz-smc-2023',
    },
    {
      id: 'accredited-employer',
      label: 'Accredited employer, 30+ hours a week, permanent or 12+ months',
      condition: {
        kind: 'judgement',
        question:
          'Is the job with an INZ-accredited employer, at least 30 hours a week, and permanent or fixed-term for 12 months or more (or a contract for services of at least 6 months), in a skilled (ANZSCO 1-3) role? ANZSCO 4-5 roles need 1.5 times the median wage.',
      },
      sourceId: 'nz-smc-requirements',
    },
    {
      id: 'median-wage',
      label: `Paid at least the median wage (NZD ${String(NZ_MEDIAN_WAGE.value?.amount)} an hour, taken as 40 hours × 52 weeks)`,
      condition: { kind: 'salary', min: { amount: medianAnnualNzd(), currency: 'NZD' } },
      sourceId: 'nz-median-wage-2025',
    },
    {
      id: 'points',
      label: 'At least 6 SMC points',
      condition: { kind: 'points', min: 6 },
      sourceId: 'nz-inz-smc-2023',
    },
    {
      // IELTS 6.5 sits at the top of the CEFR B2 band (5.5-6.5), so B2 only screens out clear misses.
      id: 'english-floor',
      label: 'English at least CEFR B2 (screen for the IELTS 6.5 standard)',
      condition: { kind: 'language', language: 'en', minCefr: 'B2' },
      sourceId: 'nz-mondaq-smc',
    },
    {
      id: 'english-standard',
      label: 'English standard: IELTS 6.5 overall or an accepted equivalent',
      condition: {
        kind: 'judgement',
        question: 'Does the applicant hold IELTS 6.5 overall (or an accepted equivalent test score or exemption) for the residence application?',
      },
      sourceId: 'nz-mondaq-smc',
    },
    {
      id: 'age',
      label: 'Aged 55 or under',
      condition: { kind: 'age', max: 55 },
      sourceId: 'nz-smc-requirements',
    },
  ],
  points: { calculator: 'nz-smc', passMark: { value: 6, sourceId: 'nz-inz-smc-2023', note: 'Kept at 6 in the August 2026 changes.' } },
  fees: [
    ...fees('nz-smc.application', {
      id: 'application',
      label: 'Skilled Residence application fee and immigration levy',
      per: 'application',
    }),
  ],
  processingMonths: { value: null, unknown: 'INZ processing times for SMC applications after August 2026 were not found.' },
  toWorkMonths: {
    value: null,
    unknown: 'Applicants usually already work in New Zealand (e.g. on an Accredited Employer Work Visa); SMC processing times were not found.',
  },
  validity: { value: 'Resident visa (indefinite stay in New Zealand)', sourceId: 'nz-mondaq-smc' },
  permanentResidence: {
    path: 'The SMC is itself a resident visa, granted on approval.',
    months: { value: null, unknown: 'Time from application to grant (SMC processing time) was not found.' },
  },
  family: {
    spouseWork: { value: 'Partner can be included in the residence application and receives residence.', sourceId: 'nz-mondaq-smc' },
    children: { value: 'Dependent children can be included in the residence application.', sourceId: 'nz-mondaq-smc' },
  },
  language: { value: 'English: IELTS 6.5 overall or an accepted equivalent.', sourceId: 'nz-mondaq-smc' },
  employerTie: {
    value: 'A job or offer with an accredited employer is needed to apply; residence is not tied to the employer once granted.',
    sourceId: 'nz-smc-requirements',
  },
  selection: { kind: 'none', description: 'No expression-of-interest ranking: applicants who meet the criteria and 6 points may apply.' },
  risks: [
    {
      text: 'The points values that apply from 24 August 2026 (more points for New Zealand qualifications, 2 instead of 3 years of NZ work) were announced but not confirmed here; check the calculator against INZ instructions.',
      sourceId: 'nz-et-smc-2026-changes',
    },
    {
      text: 'The median wage is updated periodically; NZD 33.56 an hour dates from August 2025 and no 2026 update was found.',
      sourceId: 'nz-median-wage-2025',
    },
    {
      text: 'The salary gate assumes a 40-hour week (NZD 69,804.80 a year); INZ assesses the hourly rate actually paid, so check the offer\'s hours.',
      sourceId: 'nz-wage-annual-equivalent',
    },
    {
      text: 'From 24 August 2026 two further routes exist (Skilled Work Experience; Trades and Technician with a listed occupation); a client short of 6 points may still fit one of them.',
      sourceId: 'nz-inz-smc-aug-2026',
    },
    {
      text: 'From 24 August 2026 experience must have been paid at the median wage throughout, not only at application.',
      sourceId: 'nz-et-smc-2026-changes',
    },
  ],
});

/** New Zealand's programmes and sources. */
export function buildNzCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'NZ', sources: SOURCES, programs: [SMC(fees)] };
}
