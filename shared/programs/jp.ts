/**
 * Japan: Highly Skilled Professional (i)(b), advanced specialised/technical activities. 70 points
 * (scored by the `jp-hsp` calculator) and a JPY 3 million salary floor; 80 points opens the
 * one-year fast track to permanent residence.
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { CountryCatalogue, Gate, Program, Source } from './types';

const SOURCES: Source[] = [
  {
    id: 'jp-hsp-process',
    title: 'Nakai Immigration Services (uglobal): HSP Certificate of Eligibility at 70 points; PR after 1 year at 80+ or 3 years at 70+',
    url: 'https://www.uglobal.com/en/questions/what-are-the-requirements-and-process-of-applying-for-permanent-residency-for-highly-skilled-foreign-professional-in-japan/',
    asOf: '2019-11-22',
    confidence: 'reported',
  },
  {
    id: 'jp-hsp-points-system',
    title: 'Points-based system for highly skilled foreign professionals: 70 points for HSP (i)',
    url: 'http://www.pmln.us/points-based-system-for-highly-skilled-foreign-professionals/',
    asOf: '2017-01-01',
    confidence: 'confirmed',
  },
  {
    id: 'jp-hsp-salary-floor',
    title: 'Peregrine Immigration: Japan eases HSP rules (JPY 3 million minimum salary for (i)(b) and (i)(c))',
    url: 'https://peregrineimmigration.co.uk/newsletter/RBrXY5f2144',
    asOf: '2013-12-24',
    confidence: 'reported',
  },
  {
    id: 'jp-hsp-benefits',
    title: 'SK Visa: HSP benefits (priority processing 5-10 days instead of 1-3 months, spouse work, parents, PR in 1 or 3 years)',
    url: 'https://www.skvisa.com/blog/c7949038310',
    asOf: '2023-04-01',
    confidence: 'reported',
  },
  {
    id: 'jp-hsp-validity',
    title: 'Shine Kokusai: Highly Skilled Professional (i) up to 5 years; (ii) no time limit',
    url: 'https://shine-kokusai.com/highly-skilled-professional/',
    asOf: '2024-01-01',
    confidence: 'reported',
  },
  {
    id: 'jp-hsp-job-change',
    title: 'Immigration Lawyer Japan: Highly Skilled Professional visa (designated activities and precautions when changing jobs)',
    url: 'https://immigration-lawyer.co.jp/visa/highly_skilled/?language=eng',
    asOf: '2024-01-01',
    confidence: 'reported',
  },
  {
    id: 'jp-fees-2026',
    title: 'Japan overhauls immigration fee structure: duration-based fees from 1 October 2026',
    url: 'https://girlswars.com/japan-overhauls-immigration-fee-structure-a-strategic-shift-in-visa-administration/',
    asOf: '2026-06-01',
    confidence: 'reported',
  },
  {
    id: 'jp-fee-caps-2026',
    title: 'Business Standard: Japan raises fee caps (JPY 100,000 status change/extension, JPY 300,000 PR)',
    url: 'https://www.business-standard.com/amp/immigration/japan-proposes-10x-hike-in-visa-fee-cap-30x-rise-for-permanent-residency-126031100744_1.html',
    asOf: '2026-03-11',
    confidence: 'reported',
  },
  {
    id: 'jp-icrra-art2',
    title:
      'Immigration Control and Refugee Recognition Act art. 2(ii): a foreign national is a person who does not have Japanese nationality',
    url: 'https://www.japaneselawtranslation.go.jp/ja/laws/view/3039/en',
    asOf: '2020-03-31',
    confidence: 'confirmed',
  },
];

/** ICRRA art. 2(ii): statuses of residence are for foreign nationals; a Permanent Resident's activities are not restricted (Appended Table II). */
const FOREIGNERS_ONLY: Gate = foreignNationalGate({
  citizens: ['JP'],
  permanentResidents: ['JP'],
  audience: 'foreign nationals',
  label: 'Not a Japanese national or permanent resident',
  sourceId: 'jp-icrra-art2',
});

const HSP = (fees: FeesOf): Program => ({
  id: 'jp-hsp',
  country: 'JP',
  name: 'Highly Skilled Professional (i)(b)',
  shortName: 'the Highly Skilled Professional visa',
  agency: 'Immigration Services Agency of Japan (Certificate of Eligibility), then a Japanese embassy or consulate (visa)',
  targets: 'Engineers and specialists with a Japanese job offer who score 70+ points on education, experience, salary, age and bonuses.',
  gates: [
    FOREIGNERS_ONLY,
    {
      id: 'job-offer',
      label: 'Contract with an organisation in Japan',
      condition: { kind: 'job-offer', countries: ['JP'] },
      sourceId: 'jp-hsp-process',
    },
    {
      id: 'salary',
      label: 'Annual salary at least JPY 3,000,000',
      condition: { kind: 'salary', min: { amount: 3_000_000, currency: 'JPY' } },
      sourceId: 'jp-hsp-salary-floor',
    },
    {
      id: 'points',
      label: 'At least 70 HSP points',
      condition: { kind: 'points', min: 70 },
      sourceId: 'jp-hsp-points-system',
    },
    {
      id: 'activity',
      label: 'Advanced specialised or technical work',
      condition: {
        kind: 'judgement',
        question:
          'Is the intended work advanced specialised or technical activity (natural sciences or humanities knowledge or skills) under a contract with a public or private organisation in Japan, so that HSP (i)(b) rather than (i)(a) research or (i)(c) management applies?',
      },
      sourceId: 'jp-hsp-points-system',
    },
  ],
  points: { calculator: 'jp-hsp', passMark: { value: 70, sourceId: 'jp-hsp-points-system' } },
  fees: [
    ...fees('jp-hsp.change-of-status', {
      id: 'change-of-status',
      label: 'Change of status of residence (applicants already in Japan)',
      per: 'person',
      when: { kind: 'present-in', countries: ['JP'] },
    }),
    ...fees('jp-hsp.consular-visa', {
      id: 'consular-visa',
      label: 'Visa issued by a Japanese consulate on the Certificate of Eligibility (applicants abroad)',
      per: 'person',
      when: { kind: 'outside', country: 'JP' },
    }),
  ],
  processingMonths: {
    value: [0.2, 3],
    sourceId: 'jp-hsp-benefits',
    note: 'HSP applications are prioritised (5-10 days) against 1-3 months for ordinary work statuses; actual times vary.',
  },
  toWorkMonths: {
    value: [0.2, 3],
    sourceId: 'jp-hsp-benefits',
    note: 'Certificate of Eligibility processing only; add consular visa issuance and travel.',
  },
  validity: { value: 'HSP (i): 5 years; HSP (ii), available after 3 years in HSP (i), has no time limit.', sourceId: 'jp-hsp-validity' },
  permanentResidence: {
    path: 'Permanent residence after 3 years at 70+ points, or after 1 year when 80+ points were held throughout (fast track).',
    months: {
      value: [12, 36],
      sourceId: 'jp-hsp-process',
      note: 'Residence before applying: 12 months at 80+ points, 36 months at 70-79; PR screening reportedly takes about 10 more months.',
    },
  },
  family: {
    spouseWork: { value: 'Spouse may work even without meeting the education or experience requirements of a work status.', sourceId: 'jp-hsp-benefits' },
    children: {
      value: 'Children join as dependants; parents may also come to help raise a child under 7 (conditions apply).',
      sourceId: 'jp-hsp-benefits',
    },
  },
  language: { value: 'No Japanese requirement; JLPT N1 or N2 earns bonus points.', sourceId: 'jp-hsp-points-system' },
  employerTie: {
    value: 'HSP (i) is granted for work with the designated organisation; a change of employer needs a new permission.',
    sourceId: 'jp-hsp-job-change',
  },
  selection: { kind: 'none', description: 'No quota: every applicant with 70+ points and a qualifying contract may apply.' },
  risks: [
    {
      text: 'Residence-procedure fees changed on 2026-10-01 (caps raised to JPY 100,000, PR JPY 300,000); final amounts were not confirmed.',
      sourceId: 'jp-fee-caps-2026',
    },
    {
      text: 'The PR fast track needs 80+ points kept throughout the qualifying year, not only at entry.',
      sourceId: 'jp-hsp-process',
    },
  ],
});

/** Japan's programmes and sources. */
export function buildJpCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'JP', sources: SOURCES, programs: [HSP(fees)] };
}
