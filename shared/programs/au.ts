/**
 * Australia: the National Innovation visa (subclass 858, replaced Global Talent in December 2024)
 * and the Skills in Demand visa (subclass 482, replaced TSS on 2024-12-07). Income thresholds are
 * indexed every 1 July; the figures here are the 2026-27 ones (from 2026-07-01).
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { CountryCatalogue, Gate, Program, Source } from './types';

const SOURCES: Source[] = [
  {
    id: 'au-ha-858',
    title: 'National Innovation visa (subclass 858): eligibility, invitation and nomination (Home Affairs text, mirrored)',
    url: 'https://gridmigration.com/visa-applications/national-innovation-visa-858',
    asOf: '2025-07-01',
    confidence: 'reported',
  },
  {
    id: 'au-md112',
    title: 'AHC Lawyers: National Innovation visa and Ministerial Direction 112 priority groups',
    url: 'https://ahclawyers.com/news-articles/2024/12/16/national-innovation-visa-sc-858-ministerial-direction-112',
    asOf: '2024-12-16',
    confidence: 'reported',
  },
  {
    id: 'au-vac-2025',
    title: 'Travelling South: visa application charges from 1 July 2025 (858 AUD 4,985; 482 AUD 3,210)',
    url: 'https://travellingsouth.com.au/?p=45',
    asOf: '2025-07-01',
    confidence: 'reported',
  },
  {
    id: 'au-vac-2026',
    title: 'Peak Migration: visa application charges up about 25% from 1 July 2026 (482 AUD 4,015)',
    url: 'https://www.peakmigration.com.au/news/2026/day/7/visa-application-charges-hiked-25-per-cent-for-most-age-cap-increases-for-some-working-holiday-makers',
    asOf: '2026-07-01',
    confidence: 'reported',
  },
  {
    id: 'au-csit-2026',
    title: 'Ethos Migration: CSIT AUD 79,499 and SSIT AUD 146,717 from 1 July 2026 (reg. 5.42A indexation)',
    url: 'https://ethosmigration.com.au/increase-on-minimum-income-thresholds-for-employer-sponsored-visas-482-186',
    asOf: '2026-02-26',
    confidence: 'confirmed',
  },
  {
    id: 'au-ssit-2026',
    title: 'VisaHQ: Australia locks in higher salary thresholds from 1 July 2026 (SSIT AUD 146,717)',
    url: 'https://www.visahq.com/news/2026-02-26/au/australia-locks-in-higher-salary-thresholds-for-employer-sponsored-visas-from-1-july-2026',
    asOf: '2026-02-26',
    confidence: 'reported',
  },
  {
    id: 'au-sid-pathways',
    title: 'Katsaros: Skills in Demand pathways (Specialist: excludes trades, operators, drivers, labourers; 7-day median target)',
    url: 'https://katsaros.com.au/news/specialist-core-skills-pathways-explained',
    asOf: '2025-01-01',
    confidence: 'reported',
  },
  {
    id: 'au-sid-requirements',
    title: 'Hislop Migration: employer-sponsored Skills in Demand visa (1 year of experience in 5 years; up to 4 years)',
    url: 'https://hislopmigration.com/services/employer-sponsored',
    asOf: '2025-01-01',
    confidence: 'reported',
  },
  {
    id: 'au-sid-english',
    title: 'VisaHQ: 482 Skills in Demand threshold rise confirmed (English-test exemption above AUD 96,400 reported)',
    url: 'https://www.visahq.com/news/2026-05-25/au/july-1-salary-threshold-rise-confirmed-for-482-skills-in-demand-visa/',
    asOf: '2026-05-25',
    confidence: 'unconfirmed',
  },
  {
    id: 'au-saf',
    title: 'Holding Redlich: Skilling Australians Fund levy (AUD 1,200 or 1,800 per year of a 482 nomination, by turnover)',
    url: 'https://www.holdingredlich.com/blog/skilling-australia-fund-commences-12-august',
    asOf: '2018-08-07',
    confidence: 'reported',
  },
  {
    id: 'au-fees-2022',
    title: 'Visa Executive: schedule of Australian Government fees, July 2022 (482 nomination AUD 330)',
    url: 'https://www.visaexecutive.com/schedule-of-australian-government-fees-july-2022/',
    asOf: '2022-07-01',
    confidence: 'unconfirmed',
  },
  {
    id: 'au-186-pathway',
    title: 'Bambrick Legal: Skills in Demand visa pathway to permanent residency (186 TRT after 2 years)',
    url: 'https://bambricklegal.com.au/skills-in-demand-visa-subclass-482-pathway-permanent-residency/',
    asOf: '2025-01-01',
    confidence: 'reported',
  },
  {
    id: 'au-migration-act-s5',
    title:
      'Migration Act 1958 s. 5: a non-citizen is a person who is not an Australian citizen; visas are granted to non-citizens',
    url: 'https://www.legislation.gov.au/C1958A00062/latest/text',
    asOf: '2026-03-14',
    confidence: 'confirmed',
  },
];

/** Migration Act 1958 s. 5: visas are for non-citizens; a permanent visa holder already may live and work in Australia. */
const NON_CITIZENS: Gate = foreignNationalGate({
  citizens: ['AU'],
  permanentResidents: ['AU'],
  audience: 'foreign nationals',
  label: 'Not an Australian citizen or permanent resident',
  sourceId: 'au-migration-act-s5',
});

const ACHIEVEMENTS = ['awards', 'membership', 'mediaCoverage', 'judging', 'originalContribution', 'publications', 'criticalRole', 'highSalary'] as const;

const NIV = (fees: FeesOf): Program => ({
  id: 'au-national-innovation',
  country: 'AU',
  name: 'National Innovation visa (subclass 858)',
  shortName: 'the National Innovation visa',
  agency: 'Department of Home Affairs',
  targets: 'People with an internationally recognised record of exceptional and outstanding achievement, invited through an expression of interest.',
  gates: [
    NON_CITIZENS,
    {
      // A floor, not a legal count: with no evidence of achievement at all there is no record to show.
      id: 'achievement-evidence',
      label: 'Evidence of achievement on file (at least one kind)',
      condition: { kind: 'achievements', min: 1, of: ACHIEVEMENTS },
      sourceId: 'au-ha-858',
    },
    {
      id: 'exceptional-record',
      label: 'Internationally recognised record of exceptional and outstanding achievement',
      condition: {
        kind: 'judgement',
        question:
          'Does the applicant have an internationally recognised record of exceptional and outstanding achievement in a profession, a sport, the arts, or academia and research, remain prominent in that area, and would be an asset to Australia?',
      },
      sourceId: 'au-ha-858',
    },
    {
      id: 'nomination',
      label: 'Nominated by an Australian citizen, permanent resident, eligible NZ citizen or organisation',
      condition: {
        kind: 'judgement',
        question: 'Can the applicant obtain a nomination (Form 1000) from an Australian citizen, permanent resident, eligible New Zealand citizen or Australian organisation with a national reputation in the same field?',
      },
      sourceId: 'au-ha-858',
    },
    {
      id: 'invitation',
      label: 'Invited to apply after an expression of interest',
      condition: {
        kind: 'judgement',
        question: 'Is the expression of interest likely to be invited (priority groups of Ministerial Direction 112: top international awards, government nomination, Tier 1 and Tier 2 sectors)? The application must be lodged within 60 days of invitation.',
      },
      sourceId: 'au-md112',
    },
  ],
  fees: [
    ...fees('au-national-innovation.vac', {
      id: 'vac',
      label: 'Visa application charge (main applicant; family members pay additional charges)',
      per: 'application',
    }),
  ],
  processingMonths: { value: null, unknown: 'Home Affairs publishes processing times only through its guide tool; no figure was captured.' },
  toWorkMonths: { value: null, unknown: 'Work rights start on grant of the permanent visa; processing time not found.' },
  validity: { value: 'Permanent visa; travel facility for 5 years.', sourceId: 'au-ha-858' },
  permanentResidence: {
    path: 'Permanent visa on grant.',
    months: { value: null, unknown: 'Time from invitation to grant was not found.' },
  },
  family: {
    spouseWork: { value: 'Partner can be included as a secondary applicant and receives the same permanent visa.', sourceId: 'au-vac-2025' },
    children: { value: 'Dependent children can be included as secondary applicants.', sourceId: 'au-vac-2025' },
  },
  language: { value: null, unknown: 'No English standard for this visa was confirmed in the sources read.' },
  employerTie: { value: 'None: a nominator is needed, not an employer sponsor.', sourceId: 'au-ha-858' },
  selection: {
    kind: 'discretionary',
    description: 'Invitation only: expressions of interest are ranked under Ministerial Direction 112 (top awards, government nomination, Tier 1 then Tier 2 sectors).',
    sourceId: 'au-md112',
  },
  risks: [
    {
      text: 'Visa application charges rose on 2026-07-01; confirm the 858 charge with Home Affairs before quoting a cost.',
      sourceId: 'au-vac-2026',
    },
  ],
});

const SID = (fees: FeesOf): Program => ({
  id: 'au-skills-in-demand',
  country: 'AU',
  name: 'Skills in Demand visa (subclass 482)',
  shortName: 'the Skills in Demand visa',
  agency: 'Department of Home Affairs',
  targets: 'Workers sponsored by an approved Australian employer, through the Specialist Skills or Core Skills stream.',
  gates: [
    NON_CITIZENS,
    {
      id: 'job-offer',
      label: 'Job offer from an Australian employer',
      condition: { kind: 'job-offer', countries: ['AU'] },
      sourceId: 'au-sid-requirements',
    },
    {
      id: 'sponsor',
      label: 'Approved sponsor and nomination at the market salary rate',
      condition: {
        kind: 'judgement',
        question: 'Is the employer an approved standard business sponsor able to nominate the role, with pay at least the annual market salary rate for the occupation?',
      },
      sourceId: 'au-sid-requirements',
    },
    {
      id: 'experience',
      label: 'At least 1 year of skilled work in the last 5 years',
      condition: { kind: 'work-experience', minYears: 1, skilled: true, withinYears: 5 },
      sourceId: 'au-sid-requirements',
    },
    {
      id: 'core-income',
      label: 'Salary at least the Core Skills Income Threshold (AUD 79,499 from 2026-07-01)',
      condition: { kind: 'salary', min: { amount: 79_499, currency: 'AUD' } },
      sourceId: 'au-csit-2026',
    },
    {
      id: 'stream',
      label: 'Occupation fits a stream (Specialist Skills or Core Skills)',
      condition: {
        kind: 'judgement',
        question:
          'Specialist Skills stream: salary at least the Specialist Skills Income Threshold (AUD 146,717 from 2026-07-01) and an occupation outside ANZSCO major groups 3, 7 and 8. Otherwise Core Skills stream: is the occupation on the Core Skills Occupation List?',
      },
      sourceId: 'au-ssit-2026',
    },
    {
      id: 'english',
      label: 'English requirement met (or exempt)',
      condition: {
        kind: 'judgement',
        question: 'Does the applicant meet the 482 English requirement, or an exemption (an exemption for salaries above AUD 96,400 is reported)?',
      },
      sourceId: 'au-sid-english',
    },
  ],
  fees: [
    ...fees('au-skills-in-demand.vac', {
      id: 'vac',
      label: 'Visa application charge (main applicant; family members pay additional charges)',
      per: 'application',
    }),
    ...fees('au-skills-in-demand.saf-levy', {
      id: 'saf-levy',
      label: 'Skilling Australians Fund levy (per year of the visa)',
      per: 'application',
    }),
    ...fees('au-skills-in-demand.nomination', {
      id: 'nomination',
      label: 'Nomination application charge',
      per: 'application',
    }),
  ],
  processingMonths: { value: null, unknown: 'Only the Specialist Skills target (a 7-day median) was found; Core Skills times were not.' },
  toWorkMonths: { value: null, unknown: 'Nomination and visa processing times were not found.' },
  validity: { value: 'Up to 4 years.', sourceId: 'au-sid-requirements' },
  permanentResidence: {
    path: 'Employer Nomination Scheme (subclass 186), Temporary Residence Transition stream, after 2 years with the sponsor.',
    months: { value: [24, 24], sourceId: 'au-186-pathway', note: 'Two years on the 482 with the sponsor before applying; add 186 processing (not found).' },
  },
  family: {
    spouseWork: { value: null, unknown: "Partner can be included as a secondary applicant; the partner's work rights were not confirmed in the sources read." },
    children: { value: 'Dependent children can be included as secondary applicants.', sourceId: 'au-vac-2025' },
  },
  language: { value: 'English test required unless exempt (an exemption for salaries above AUD 96,400 is reported).', sourceId: 'au-sid-english' },
  employerTie: { value: 'Employer-sponsored: tied to the approved sponsor that nominated the role.', sourceId: 'au-sid-requirements' },
  selection: { kind: 'none', description: 'No ballot or ranking: approved sponsors nominate, and Specialist Skills applications are prioritised.' },
  risks: [
    {
      text: 'One May 2026 report says the Specialist Skills threshold stayed at AUD 135,000; three others give AUD 146,717 from 2026-07-01. Check the stream threshold with Home Affairs.',
      sourceId: 'au-ssit-2026',
    },
    {
      text: 'Thresholds are indexed every 1 July; the figure that applies is the one in force on the day the nomination is lodged.',
      sourceId: 'au-csit-2026',
    },
  ],
});

/** Australia's programmes and sources. */
export function buildAuCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'AU', sources: SOURCES, programs: [NIV(fees), SID(fees)] };
}
