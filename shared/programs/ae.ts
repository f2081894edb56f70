/**
 * United Arab Emirates: the 10-year Golden Visa for skilled professionals (Cabinet Resolution
 * 65/2022, annex art. 17) and for scientists and specialised talents recommended by the competent
 * body. It is long-term residence, not permanent residence.
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { CountryCatalogue, Gate, Program, Source } from './types';

const SOURCES: Source[] = [
  {
    id: 'ae-golden-professionals',
    title: 'Khaleej Times: Golden Visa for Dh30,000 earners (Cabinet Resolution 65/2022, annex art. 17 conditions)',
    url: 'https://www.khaleejtimes.com/life-and-living/visa-and-immigration-in-uae/uae-golden-visa-how-those-with-dh30000-salary-can-apply-for-10-year-residency',
    asOf: '2023-03-26',
    confidence: 'confirmed',
  },
  {
    id: 'ae-golden-gulfnews',
    title: 'Gulf News: Golden Visa criteria for skilled professionals (10-year, self-sponsored, family sponsorship)',
    url: 'https://gulfnews.com/living-in-uae/visa-immigration/can-i-get-a-golden-visa-based-on-my-salary-here-are-the-criteria-for-skilled-professionals-for-a-10-year-uae-visa-1.1691498790906',
    asOf: '2023-08-09',
    confidence: 'reported',
  },
  {
    id: 'ae-golden-basic-salary',
    title: 'Khaleej Times: Dh30,000 basic salary must for eligible professionals? (with later editor\'s note)',
    url: 'https://khaleejtimes.com/life-and-living/visa-and-immigration-in-uae/uae-golden-visa-dh30000-basic-salary-must-for-eligible-professionals?amp=1',
    asOf: '2024-08-17',
    confidence: 'reported',
  },
  {
    id: 'ae-golden-entry-permit',
    title: 'Gulf News: six-month entry permit to apply for the Golden Visa, AED 1,250',
    url: 'https://gulfnews.com/uae/government/uae-revises-fee-for-six-month-entry-permit-to-get-10-year-golden-visa-1.95009743',
    asOf: '2023-04-01',
    confidence: 'reported',
  },
  {
    id: 'ae-golden-specialists',
    title: 'Khaleej Times: expanded Golden Visa, specialists who may apply (recommendation by the competent authority)',
    url: 'https://www.khaleejtimes.com/life-and-living/visa-and-immigration-in-uae/expanded-uae-golden-visa-full-list-of-specialists-who-may-apply-for-10-year-residency-in-abu-dhabi',
    asOf: '2022-12-01',
    confidence: 'reported',
  },
  {
    id: 'ae-golden-dependants',
    title: 'Daily Pakistan: Golden Visa dependants (sons to 25, unmarried daughters without age limit)',
    url: 'https://en.dailypakistan.com.pk/08-Apr-2023/entry-permit-fee-for-uae-s-golden-visa-updated-here-s-the-revised-fee',
    asOf: '2023-04-08',
    confidence: 'reported',
  },
  {
    id: 'ae-foreigners-residence-law',
    title:
      'Khaleej Times: executive regulations of the Federal Decree-Law on Entry and Residence of Foreigners, including the Golden Residence for foreign talents and professionals',
    url: 'https://www.khaleejtimes.com/visa-and-immigration-in-uae/uae-adopts-new-entry-visa-residency-scheme',
    asOf: '2022-04-18',
    confidence: 'reported',
  },
];

/** The Golden Visa is a residence permit under the law on the entry and residence of foreigners; the UAE grants no permanent residence that would replace it. */
const FOREIGNERS_ONLY: Gate = foreignNationalGate({
  citizens: ['AE'],
  permanentResidents: [],
  audience: 'foreign nationals',
  label: 'Not a UAE citizen (the Golden Visa is a residence permit for foreigners)',
  sourceId: 'ae-foreigners-residence-law',
});

const ACHIEVEMENTS = ['awards', 'membership', 'mediaCoverage', 'judging', 'originalContribution', 'publications', 'criticalRole'] as const;

const GOLDEN = (fees: FeesOf): Program => ({
  id: 'ae-golden-visa',
  country: 'AE',
  name: 'Golden Visa (skilled professionals, scientists and specialised talents)',
  shortName: 'the Golden Visa',
  agency: 'Federal Authority for Identity, Citizenship, Customs and Port Security (ICP); GDRFA in Dubai',
  targets: 'Skilled professionals employed in the UAE at AED 30,000 a month with a bachelor\'s degree, and recommended scientists and specialists.',
  gates: [
    FOREIGNERS_ONLY,
    {
      // Either route; the professional route's three conditions are shown together in the reason.
      id: 'professional-or-talent',
      label: 'UAE job at AED 30,000 a month (AED 360,000 a year) with a bachelor\'s degree, or a record of scientific or specialist achievement',
      condition: {
        any: [
          {
            all: [
              { kind: 'job-offer', countries: ['AE'] },
              { kind: 'salary', min: { amount: 360_000, currency: 'AED' } },
              { kind: 'education', min: 'bachelor' },
            ],
          },
          { kind: 'achievements', min: 1, of: ACHIEVEMENTS },
        ],
      },
      sourceId: 'ae-golden-professionals',
    },
    {
      id: 'classification',
      label: 'MOHRE skill level 1 or 2 (professional route), or a recommendation (talent route)',
      condition: {
        kind: 'judgement',
        question:
          'Professional route: is the job classified at MOHRE occupational level 1 or 2, with a practising licence where the profession needs one, and is the AED 30,000 met by basic salary if the authority applies that rule? Talent route: will the Emirates Scientists Council or the relevant ministry recommend the applicant?',
      },
      sourceId: 'ae-golden-specialists',
    },
  ],
  fees: [
    ...fees('ae-golden-visa.entry-permit', {
      id: 'entry-permit',
      label: 'Six-month entry permit to apply for the Golden Visa (applicants outside the UAE)',
      per: 'person',
      when: { kind: 'outside', country: 'AE' },
    }),
    ...fees('ae-golden-visa.residence', {
      id: 'residence',
      label: 'Residence issuance, Emirates ID and medical test',
      per: 'person',
    }),
  ],
  processingMonths: { value: null, unknown: 'ICP and GDRFA processing times were not found.' },
  toWorkMonths: { value: null, unknown: 'The professional route assumes a UAE job; time to start work on a work permit was not found.' },
  validity: { value: '10 years, renewable; self-sponsored.', sourceId: 'ae-golden-gulfnews' },
  permanentResidence: null,
  family: {
    spouseWork: { value: null, unknown: 'Holders can sponsor their spouse; the spouse\'s work rights were not confirmed.' },
    children: { value: 'Sons up to 25 and unmarried daughters of any age can be sponsored.', sourceId: 'ae-golden-dependants' },
  },
  language: { value: 'No language requirement is listed among the criteria.', sourceId: 'ae-golden-professionals' },
  employerTie: {
    value: 'Self-sponsored residence, but the professional route needs a valid UAE employment contract when applying.',
    sourceId: 'ae-golden-gulfnews',
  },
  selection: { kind: 'none', description: 'No quota or ranking: applicants meeting a category\'s criteria may apply.' },
  risks: [
    {
      text: 'Since 2024 some processing centres count only basic salary (allowances excluded) towards AED 30,000; others accept total salary for managerial roles. Confirm which rule the emirate applies.',
      sourceId: 'ae-golden-basic-salary',
    },
    {
      text: 'The Golden Visa is a renewable 10-year residence permit, not permanent residence; it must be renewed to keep status.',
      sourceId: 'ae-golden-gulfnews',
    },
  ],
});

/** The UAE's programmes and sources. */
export function buildAeCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'AE', sources: SOURCES, programs: [GOLDEN(fees)] };
}
