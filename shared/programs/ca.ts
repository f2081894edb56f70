/**
 * Canada: Express Entry (FSW / CEC, ranked by CRS) and the Global Talent Stream (a fast LMIA work
 * permit). Figures are as of 2026 where the stored sources reach; later 2026 draws were not found.
 */
import { feesOf, type FeeScaling, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { Condition, CountryCatalogue, Cutoff, Gate, Program, Source } from './types';

const SOURCES: readonly Source[] = [
  {
    id: 'ca-ee-requirements',
    title: 'Express Entry programmes: FSW (1 yr skilled work in 10 yrs, CLB 7, 67/100 grid) and CEC (1 yr Canadian skilled work in 3 yrs; CLB 7 TEER 0/1, CLB 5 TEER 2/3)',
    url: 'https://theauc.ca/express-entry-program/',
    asOf: '2026-11-28',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-cec-draw-2026-02-17',
    title: 'Business Standard: Canada issues 6,000 PR invites in Express Entry (CEC) draw of 2026-02-17, CRS cut-off 508',
    url: 'https://www.business-standard.com/amp/immigration/canada-issues-6-000-pr-invites-in-express-entry-draw-crs-cut-off-at-508-126021800897_1.html',
    asOf: '2026-02-18',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-cec-draw-2026-01-07',
    title: 'CIKH: Express Entry CEC draw of 2026-01-07, 8,000 invitations, lowest CRS 511',
    url: 'https://cikh.ca/canada-issues-8000-invitations-in-major-canadian-experience-class-draw-what-it-signals-for-2026',
    asOf: '2026-01-08',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-cec-draw-2026-01-21',
    title: 'GGIMS: Express Entry draw #392 of 2026-01-21, Canadian Experience Class, 6,000 invitations, lowest CRS 509',
    url: 'https://ggims.com/news/ircc-issues-6000-ITAs-in-canadian-experience-class-express-entry-draw',
    asOf: '2026-01-22',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-french-draw-2026-02-06',
    title: 'Business Standard: Express Entry French-language proficiency draw of 2026-02-06, 8,500 invitations, lowest CRS 400',
    url: 'https://www.business-standard.com/amp/immigration/canada-issues-8-500-express-entry-invites-to-french-speakers-for-pr-126020501377_1.html',
    asOf: '2026-02-09',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-french-draw-2026-03-04',
    title: 'Financial Express: Express Entry French-language proficiency draw #401 of 2026-03-04, 5,500 invitations, lowest CRS 397',
    url: 'https://www.financialexpress.com/business/investing-abroad/canada-invites-french-speaking-skilled-workers-to-apply-for-permanent-residence/4163297/',
    asOf: '2026-03-05',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-pnp-draw-2026-01-05',
    title: 'SPS Canada: Express Entry draw #389 of 2026-01-05, Provincial Nominee Program, 574 invitations, lowest CRS 711 (nomination included)',
    url: 'https://www.spscanada.com/canadas-first-express-entry-draw',
    asOf: '2026-01-06',
    confidence: 'reported',
  },
  {
    id: 'ca-ee-fsw-education',
    title: 'IRCC: Federal Skilled Worker minimum requirements (education: a Canadian credential, or a foreign credential with an Educational Credential Assessment)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers.html',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-categories-2026',
    title: 'CIC News: 2026 Express Entry categories (STEM renewed; new researcher, physician, senior-manager categories)',
    url: 'https://www.cicnews.com/2026/02/three-new-express-entry-categories-0271729.html?noamp=mobile',
    asOf: '2026-02-18',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-settlement-funds',
    title: 'Business Today: settlement funds for FSW/FST by family size (CEC and job-offer holders exempt); amounts updated yearly',
    url: 'https://www.businesstoday.in/latest/world/story/canada-hikes-settlement-fund-requirement-for-express-entry-applicants-check-new-rates-here-380036-2023-05-04',
    asOf: '2023-05-04',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-arranged-employment',
    title: 'MDC Canada: no more CRS points for arranged employment from 2025-03-25',
    url: 'https://mdccanada.ca/news/immigration/-express-entry-update--no-more-bonus-points-for-arranged-employment',
    asOf: '2025-03-26',
    confidence: 'confirmed',
  },
  {
    id: 'ca-ee-processing',
    title: 'Clear to Enter: Express Entry 2026 (6-month service standard for 80% of complete applications; 60 days to file after an ITA)',
    url: 'https://cleartoenter.ca/guides/express-entry-2026-changes',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'ca-pr-fees-2026',
    title: "Ansari Immigration, quoting IRCC's notice of 2026-03-27: PR fees from 2026-04-30 (RPRF CAD 600; economic principal CAD 990)",
    url: 'https://www.ansariimmigration.com/post/permanent-residence-fees-canada-april-30-2026-what-applicants-should-review-now',
    asOf: '2026-04-28',
    confidence: 'reported',
  },
  {
    id: 'ca-work-permit-fees-2026',
    title: 'Visavio: Canada work permit fees 2026 (work permit CAD 155, open work permit holder fee CAD 100, biometrics CAD 85)',
    url: 'https://www.visavio.ca/immigration-post/blog.php?lang=ar&slug=canada-work-permit-fees-2026-complete-cost-breakdown',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'ca-lmia-fee-2026',
    title: 'PKAlert: Canada LMIA and work permit fees 2026 (LMIA CAD 1,000 per position, employer-paid, not recoverable)',
    url: 'https://pkalert.com/canada-lmia-work-permit-fees-explained-full-expense-guide-for-2026',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'ca-gts-structure',
    title: 'Immigration-Service.ca: Global Talent Stream (Category A referral / Category B list; LMIA in ~10 business days, work permit in ~2 weeks)',
    url: 'https://www.immigration-service.ca/post/work-permit-in-4-weeks-global-talent-stream',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'ca-gts-wages',
    title: 'Settler.ca: GTS wage floors (Category A CAD 80,000 or prevailing wage; Category B prevailing wage or listed floor)',
    url: 'https://www.settler.ca/english/global-talent-stream-work-permit-in-canada/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'ca-employer-specific-permit',
    title: 'Exilex: employer-specific work permits need an LMIA; changing employer needs a new permit',
    url: 'https://exilex.com/web/service/lmia/global-talent-stream',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'ca-sowp-2025',
    title: 'Mondaq: spousal open work permits limited to TEER 0/1 and listed TEER 2/3 occupations from 2025-01-21',
    url: 'https://www.mondaq.com/canada/general-immigration/1576814/ircc-update-teer-2-and-3-occupations-now-eligible-for-spousal-open-work-permits',
    asOf: '2025-01-21',
    confidence: 'confirmed',
  },
  {
    id: 'ca-h1b-pathway',
    title: 'Mondaq: Budget 2025 signals an accelerated pathway for H-1B holders (no criteria or launch date published)',
    url: 'https://www.mondaq.com/canada/work-visas/1712368/canada-signals-new-fast-track-pathway-for-h-1b-visa-holders-in-budget-2025',
    asOf: '2025-11-05',
    confidence: 'confirmed',
  },
  {
    id: 'ca-irpa-s2',
    title:
      'Immigration and Refugee Protection Act, s. 2(1): a foreign national is a person who is not a Canadian citizen or a permanent resident',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-2.html',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
];

/** IRPA s. 2(1) and s. 12(2): economic immigration selects foreign nationals for permanent residence, which a citizen or permanent resident already has. */
const SEEKING_PR: Gate = foreignNationalGate({
  citizens: ['CA'],
  permanentResidents: ['CA'],
  audience: 'foreign nationals seeking Canadian permanent residence',
  label: 'Not a Canadian citizen or permanent resident',
  sourceId: 'ca-irpa-s2',
});

/** IRPA s. 2(1): work permits are for foreign nationals; citizens and permanent residents may work without one. */
const WORK_PERMIT_FOR: Gate = foreignNationalGate({
  citizens: ['CA'],
  permanentResidents: ['CA'],
  audience: 'foreign nationals',
  label: 'Not a Canadian citizen or permanent resident',
  sourceId: 'ca-irpa-s2',
});

/** Biometrics: a family-wide ceiling (IRCC), in CAD; the per-person figure is the data set's. */
const BIOMETRICS_CAP = 170;
const BIOMETRICS_LABEL: FeeScaling = {
  label: v => `Biometrics (${v === null ? 'per person' : `CAD ${v.toLocaleString('en-GB')} per person`}, capped at CAD ${String(BIOMETRICS_CAP)} per family)`,
};

/** English or French (NCLC) at CLB `n` in every ability. */
function officialLanguage(n: number): Condition {
  return { any: [{ kind: 'language', language: 'en', minClb: n }, { kind: 'language', language: 'fr', minClb: n }] };
}

/** The Canadian Experience Class: one year of skilled Canadian work in the last three years. */
const CEC_WORK: Condition = { kind: 'work-experience', minYears: 1, skilled: true, countries: ['CA'], withinYears: 3 };

/**
 * Recent rounds of invitations and who each was open to. General (all-programme) rounds were not
 * held in early 2026; a candidate with only foreign experience, no French and no nomination was open
 * to none of these. Later 2026 rounds were not found in the stored sources.
 */
const RECENT_ROUNDS: readonly Cutoff[] = [
  { date: '2026-01-05', round: 'Provincial Nominee Program', score: 711, openTo: { kind: 'tie', kinds: ['provincial-nomination'], countries: ['CA'] }, sourceId: 'ca-ee-pnp-draw-2026-01-05' },
  { date: '2026-01-07', round: 'Canadian Experience Class', score: 511, openTo: CEC_WORK, sourceId: 'ca-ee-cec-draw-2026-01-07' },
  { date: '2026-01-21', round: 'Canadian Experience Class', score: 509, openTo: CEC_WORK, sourceId: 'ca-ee-cec-draw-2026-01-21' },
  { date: '2026-02-06', round: 'French-language proficiency', score: 400, openTo: { kind: 'language', language: 'fr', minClb: 7 }, sourceId: 'ca-ee-french-draw-2026-02-06' },
  { date: '2026-02-17', round: 'Canadian Experience Class', score: 508, openTo: CEC_WORK, sourceId: 'ca-ee-cec-draw-2026-02-17' },
  { date: '2026-03-04', round: 'French-language proficiency', score: 397, openTo: { kind: 'language', language: 'fr', minClb: 7 }, sourceId: 'ca-ee-french-draw-2026-03-04' },
];

const EXPRESS_ENTRY = (fees: FeesOf): Program => ({
  id: 'ca-express-entry',
  country: 'CA',
  name: 'Express Entry (Federal Skilled Worker / Canadian Experience Class)',
  shortName: 'Express Entry',
  agency: 'Immigration, Refugees and Citizenship Canada (IRCC)',
  targets: 'Skilled workers who rank high enough on the CRS to be invited to apply for permanent residence; no job offer needed.',
  gates: [
    SEEKING_PR,
    {
      id: 'ca-ee-language',
      label: 'English or French at CLB 5 or higher in all four abilities (the lowest bar, CEC in TEER 2/3; FSW and CEC in TEER 0/1 need CLB 7)',
      condition: officialLanguage(5),
      sourceId: 'ca-ee-requirements',
    },
    {
      id: 'ca-ee-programme',
      label:
        'Eligible for a programme: CEC (1 year of skilled Canadian work in the last 3 years) or FSW (1 year of skilled work in the last 10 years, CLB 7 in English or French, a Canadian credential or a foreign one with an Educational Credential Assessment, and 67/100 on the FSW grid)',
      condition: {
        any: [
          CEC_WORK,
          {
            all: [
              { kind: 'work-experience', minYears: 1, skilled: true, withinYears: 10 },
              officialLanguage(7),
              // FSW education: a Canadian credential, or a foreign one with an ECA (IRCC, FSW minimum requirements).
              { kind: 'education', min: 'secondary', assessedUnlessFrom: ['CA'] },
              { kind: 'calculator-points', calculator: 'ca-fsw', min: 67 },
            ],
          },
        ],
      },
      sourceId: 'ca-ee-requirements',
    },
    {
      id: 'ca-ee-settlement-funds',
      label: 'FSW only: settlement funds for the whole family',
      condition: {
        kind: 'judgement',
        question:
          'If the client qualifies only under FSW (not CEC, and without a valid job offer plus work authorisation in Canada), do they hold unborrowed settlement funds for their family size at the current IRCC amounts? The 2026 table was not confirmed; it is updated yearly.',
      },
      sourceId: 'ca-ee-settlement-funds',
    },
  ],
  // A CRS below the cut-off is no bar to the pool, so the cut-off is shown beside the score, not gated.
  points: {
    calculator: 'ca-crs',
    passMark: {
      value: 508,
      sourceId: 'ca-ee-cec-draw-2026-02-17',
      note:
        'Lowest CRS invited in the CEC draw of 2026-02-17 (6,000 ITAs), the latest program draw found. Cut-offs differ by draw: French-language draws ran near 400, PNP draws near 750+ (nomination included). Later 2026 draws were not found in the stored sources.',
    },
    recentCutoffs: RECENT_ROUNDS,
  },
  fees: [
    ...fees('ca-express-entry.ee-processing-fee', {
      id: 'ca-ee-processing-fee',
      label: 'Permanent residence processing fee, economic class, per adult',
      per: 'adult',
    }),
    ...fees('ca-express-entry.ee-processing-fee-child', {
      id: 'ca-ee-processing-fee-child',
      label: 'Permanent residence processing fee, per dependent child',
      per: 'child',
    }),
    ...fees('ca-express-entry.ee-rprf', {
      id: 'ca-ee-rprf',
      label: 'Right of permanent residence fee (principal and spouse; dependent children are exempt)',
      per: 'adult',
    }),
    ...fees('ca-express-entry.ee-biometrics', {
      id: 'ca-ee-biometrics',
      label: 'Biometrics',
      per: 'person',
      cap: BIOMETRICS_CAP,
    }, BIOMETRICS_LABEL),
  ],
  processingMonths: {
    value: [6, 6],
    sourceId: 'ca-ee-processing',
    note: 'IRCC service standard: 80% of complete applications decided within 6 months of filing.',
  },
  toWorkMonths: {
    value: [6, 8],
    sourceId: 'ca-ee-processing',
    note: 'From an ITA: up to 60 days to file plus the 6-month standard. Time waiting in the pool for an ITA is not included and may never end.',
  },
  validity: { value: 'Permanent residence from landing', sourceId: 'ca-ee-requirements' },
  permanentResidence: {
    path: 'Express Entry itself grants permanent residence on landing.',
    months: {
      value: [6, 8],
      sourceId: 'ca-ee-processing',
      note: 'After an ITA (filing up to 60 days + 6-month standard); the wait for an ITA is extra.',
    },
  },
  family: {
    spouseWork: {
      value: 'The accompanying spouse or partner becomes a permanent resident too, with open work rights.',
      sourceId: 'ca-pr-fees-2026',
    },
    children: { value: 'Dependent children are included in the application and become permanent residents.', sourceId: 'ca-pr-fees-2026' },
  },
  language: {
    value: 'CLB 7 (FSW; CEC in TEER 0/1) or CLB 5 (CEC in TEER 2/3), in English or French; French at NCLC 7 adds CRS points.',
    sourceId: 'ca-ee-requirements',
  },
  employerTie: {
    value: 'None: no job offer is required, and job offers no longer earn CRS points (since 2025-03-25).',
    sourceId: 'ca-ee-arranged-employment',
  },
  selection: {
    kind: 'draw',
    description:
      'IRCC invites the highest-ranked candidates in periodic draws (general, program-specific, category-based). In early 2026 draws went to CEC (cut-offs 508-511), French speakers and provincial nominees; candidates with only foreign experience were rarely reached.',
    sourceId: 'ca-ee-cec-draw-2026-02-17',
  },
  risks: [
    {
      text:
        'CRS scores here use the grid in force since 2025-03-25 (no job-offer points). One secondary source says new points for ' +
        'high-wage occupations took effect on 2026-11-03; the points were not published in any source found. Check canada.ca before relying on the score.',
      sourceId: 'ca-pts-high-wage-2026',
    },
    {
      text: 'The pass mark shown is the latest CEC cut-off found (508, 2026-02-17); candidates without Canadian experience are not eligible for CEC-only draws and may wait indefinitely.',
      sourceId: 'ca-ee-cec-draw-2026-02-17',
    },
    {
      text: 'STEM was renewed as a category for 2026, but no 2026 STEM draw was found; category draws are at the minister\'s discretion.',
      sourceId: 'ca-ee-categories-2026',
    },
    {
      text: 'Budget 2025 announced an accelerated pathway for H-1B holders; no criteria or launch were published in the sources found.',
      sourceId: 'ca-h1b-pathway',
    },
  ],
});

const GLOBAL_TALENT_STREAM = (fees: FeesOf): Program => ({
  id: 'ca-global-talent-stream',
  country: 'CA',
  name: 'Global Talent Stream (LMIA-based work permit)',
  shortName: 'the Global Talent Stream',
  agency: 'Employment and Social Development Canada (LMIA) and IRCC (work permit)',
  targets: 'Highly skilled workers hired by a Canadian employer for a referred unique role (Category A) or a listed tech occupation (Category B).',
  gates: [
    WORK_PERMIT_FOR,
    { id: 'ca-gts-job-offer', label: 'Job offer from an employer in Canada', condition: { kind: 'job-offer', countries: ['CA'] }, sourceId: 'ca-gts-structure' },
    {
      id: 'ca-gts-category',
      label: 'Category A (referred, unique and specialised talent) or Category B (Global Talent Occupations List)',
      condition: {
        kind: 'judgement',
        question:
          'Is the employer referred by a designated partner for a unique and specialised role (Category A, paid at least CAD 80,000 or the prevailing wage), or is the job on the Global Talent Occupations List at the prevailing wage or listed floor (Category B)?',
      },
      sourceId: 'ca-gts-wages',
    },
    {
      id: 'ca-gts-lmia',
      label: 'Employer obtains a positive LMIA with a Labour Market Benefits Plan',
      condition: { kind: 'judgement', question: 'Will the employer commit to a Labour Market Benefits Plan and obtain a positive GTS LMIA from ESDC?' },
      sourceId: 'ca-gts-structure',
    },
  ],
  fees: [
    ...fees('ca-global-talent-stream.gts-lmia-fee', {
      id: 'ca-gts-lmia-fee',
      label: 'LMIA processing fee (per position; the worker may not be charged)',
      per: 'application',
    }),
    ...fees('ca-global-talent-stream.gts-work-permit-fee', {
      id: 'ca-gts-work-permit-fee',
      label: 'Work permit fee',
      per: 'application',
    }, {
      // The open work permit holder fee is the source's figure, not a fact yet: quoted only beside its version.
      label: (v, version) =>
        `Work permit fee (principal; a spouse's open work permit costs ${v === null ? 'the same' : `CAD ${v.toLocaleString('en-GB')}`} + ${version.sourceId === 'ca-work-permit-fees-2026' ? 'CAD 100' : 'the open work permit holder fee'})`,
    }),
    ...fees('ca-global-talent-stream.gts-biometrics', {
      id: 'ca-gts-biometrics',
      label: 'Biometrics',
      per: 'person',
      cap: BIOMETRICS_CAP,
    }, BIOMETRICS_LABEL),
  ],
  processingMonths: {
    value: [1, 1],
    sourceId: 'ca-gts-structure',
    note: 'Service standards: about 10 business days for the LMIA, then about 2 weeks for the work permit. Actual times can be longer.',
  },
  toWorkMonths: { value: [1, 1], sourceId: 'ca-gts-structure', note: 'About four weeks end to end at service standards.' },
  validity: { value: 'Employer-specific work permit for the approved job (LMIA) period; renewable.', sourceId: 'ca-employer-specific-permit' },
  permanentResidence: {
    path: 'After 1 year of skilled Canadian work, Express Entry under the Canadian Experience Class (needs an ITA).',
    months: {
      value: [18, 20],
      sourceId: 'ca-ee-processing',
      note: 'Derived: 12 months of Canadian work, then up to 2 months to file and the 6-month standard once invited. The wait for an ITA is not included.',
    },
  },
  family: {
    spouseWork: {
      value: 'Spouse eligible for an open work permit if the principal works in TEER 0/1 (or a listed TEER 2/3 job) with 16+ months of permit left.',
      sourceId: 'ca-sowp-2025',
    },
    children: { value: null, unknown: 'Not researched: dependent children accompany as temporary residents; study-permit terms depend on province and age.' },
  },
  language: { value: 'No language test for the work permit itself (CLB results matter later for Express Entry).', sourceId: 'ca-gts-structure' },
  employerTie: { value: 'Tied to the LMIA employer; changing employer needs a new permit.', sourceId: 'ca-employer-specific-permit' },
  selection: { kind: 'discretionary', description: 'ESDC approves each LMIA; there is no lottery or published cap.', sourceId: 'ca-gts-structure' },
  risks: [
    { text: 'Category B occupations and wage floors are revised from time to time; the 2026 list was not retrieved.', sourceId: 'ca-gts-wages' },
    { text: 'PR depends on a later Express Entry ITA; recent CEC cut-offs were around 508.', sourceId: 'ca-ee-cec-draw-2026-02-17' },
  ],
});

/** Canada's programmes and sources. */
export function buildCaCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'CA', sources: SOURCES, programs: [EXPRESS_ENTRY(fees), GLOBAL_TALENT_STREAM(fees)] };
}
