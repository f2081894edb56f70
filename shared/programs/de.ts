/**
 * Germany: the EU Blue Card (§ 18g AufenthG, 2026 salary thresholds) and the Opportunity Card
 * (Chancenkarte, §§ 20a/20b AufenthG, points route). Thresholds are reset every 1 January.
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { Condition, CountryCatalogue, Fee, Gate, Program, Source } from './types';

const SOURCES: readonly Source[] = [
  {
    id: 'de-bc-salary-2026',
    title: 'ExpatHub: 2026 Blue Card salary thresholds (EUR 50,700 general; EUR 45,934.20 shortage occupations and new entrants), from 2026-01-01',
    url: 'https://expathub-all.com/de/news/blue-card-2026',
    asOf: '2025-12-21',
    confidence: 'confirmed',
  },
  {
    id: 'de-bc-requirements',
    title: 'JIG: Blue Card requirements (job offer, minimum salary, recognised or comparable degree; reduced threshold for shortage occupations and graduates of the last 3 years)',
    url: 'https://jig.world/de/blaue-karte-eu-mindestgehalt-2025/',
    asOf: '2025-01-07',
    confidence: 'confirmed',
  },
  {
    id: 'de-bc-it-specialists',
    title: 'VisaVerge: Blue Card for IT specialists without a degree (3 years of relevant experience in the last 7)',
    url: 'https://www.visaverge.com/guides/germany-blue-card-for-it-pros-fast-track-to-eu-residency',
    asOf: '2026-11-28',
    confidence: 'reported',
  },
  {
    id: 'de-aufenthv-fees',
    title: 'AufenthV §§ 44-45 (buzer.de): residence permit fees (Blue Card issue EUR 100)',
    url: 'https://www.buzer.de/s1.htm?a=44-45&ag=949',
    asOf: '2024-04-01',
    confidence: 'confirmed',
  },
  {
    id: 'de-visa-fasttrack',
    title: 'German missions in France: national visa EUR 75; accelerated skilled-worker procedure (§ 81a) EUR 411, BA approval within 1 week, appointment within 3 weeks, decision usually within 3 weeks',
    url: 'https://allemagneenfrance.diplo.de/fr-de/service/visa/2521774-2521774',
    asOf: '2022-04-07',
    confidence: 'confirmed',
  },
  {
    id: 'de-visa-fee-minors',
    title: 'German Embassy Madrid (Federal Foreign Office): national visa fee EUR 75; for minor children halved to EUR 37.50 (AufenthV § 46(2) no. 1)',
    url: 'https://spanien.diplo.de/es-de/service/-/2593692',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'de-aufenthv-41',
    title:
      'City of Darmstadt, immigration office: § 41 AufenthV — nationals of Australia, Canada, Israel, Japan, New Zealand, South Korea, the UK and the US enter without a visa and apply for the residence permit in Germany (§ 41(1)); Andorra, Brazil, El Salvador, Honduras, Monaco and San Marino only without employment (§ 41(2))',
    url: 'https://darmstadt.de/rathaus/online-dienste/auslaenderbehoerde-darmstadt/befr-aufenthalt-privilegierte-staaten',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'de-bc-18g',
    title:
      '§ 18g AufenthG (AOK legal database): reduced Blue Card salary for ISCO-08 groups 132, 133, 134, 21, 221, 222, 225, 226, 23, 25 or a degree obtained no more than 3 years before the application; IT specialists without a degree (groups 133, 25) under § 18g(2)',
    url: 'https://aok.de/fk/sozialversicherung/rechtsdatenbank/?tx_aokbrechtsdatenbank_rechtsdatenbank%5Baction%5D=show&tx_aokbrechtsdatenbank_rechtsdatenbank%5Bcontroller%5D=Rechtsdatenbank&tx_aokbrechtsdatenbank_rechtsdatenbank%5Bdocid%5D=1452890',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'de-fasttrack-duration',
    title: 'IHK Osnabrück: accelerated skilled-worker procedure, reported end-to-end duration',
    url: 'https://www.ihk.de/osnabrueck/produktmarken/fachfkraeftesicherung/beschleunigte-fachkraefteverfahren-6634830',
    asOf: '2026-11-28',
    confidence: 'reported',
  },
  {
    id: 'de-bc-settlement',
    title: 'Jaberi Lawyers: Blue Card to settlement permit (§ 18c(2): 27 months with A1 German, 21 months with B1; older pages still say 33)',
    url: 'https://jaberilawyers.com/news/from-blue-card-to-settlement-permit-your-comprehensive-guide-to-permanent-residency-in-germany',
    asOf: '2024-12-17',
    confidence: 'reported',
  },
  {
    id: 'de-bc-family',
    title: 'Globus: Blue Card benefits (no German needed for the card; spouse gets a residence permit without German)',
    url: 'https://globus-ir.com/blaue-karte-hamburg/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'de-bc-dependants',
    title: 'Relocation Agent: Blue Card advantages (spouse has unrestricted work rights; minor children included)',
    url: 'https://relocation-agent.com/blue-card-advantages/',
    asOf: '2026-11-28',
    confidence: 'reported',
  },
  {
    id: 'de-bc-job-change',
    title: 'Osborne Clarke: Blue Card changes from 2023-11-18 (job changes notified in the first 12 months; authority may object within 30 days)',
    url: 'https://osborneclarke-arbeitsrecht.de/artikel/das-fachkrafteeinwanderungsgesetz-kommt-auswirkungen-auf-die-blaue-karte-eu-ab-dem-18-november-2023',
    asOf: '2023-11-18',
    confidence: 'confirmed',
  },
  {
    id: 'de-bc-validity',
    title: 'Intenture: Blue Card validity (contract length plus 3 months, at most 4 years; contract of 6+ months)',
    url: 'https://en.intenture-group.com/blog/hochqualifizierte-drittstaatler-zahlen-eintrittspreis-neue-mindestlohne-definieren-arbeitsmarkt-zugang',
    asOf: '2026-11-28',
    confidence: 'reported',
  },
  {
    id: 'de-oc-requirements',
    title: 'German Embassy Oslo: Opportunity Card on points (§ 20b) — degree or 2-year vocational qualification recognised where obtained; German A1 or English B2',
    url: 'https://oslo.diplo.de/no-de/service/-/2665896',
    asOf: '2024-07-04',
    confidence: 'confirmed',
  },
  {
    id: 'de-oc-pass-mark',
    title: '§ 20b AufenthG (Deubner): points for the Opportunity Card, at least 6 points',
    url: 'https://deubner-recht.de/produkte/arbeitsrecht/doc/-20-b-aufenthg-punktevergabe-fuer-die-chancenkarte-verordnungsermaechtigung-871195',
    asOf: '2024-07-01',
    confidence: 'confirmed',
  },
  {
    id: 'de-oc-funds-2026',
    title: 'Khedma: Opportunity Card 2026 funds reference EUR 1,091 net per month (EUR 13,092 for 12 months), per Make it in Germany, verified 2026-04-12',
    url: 'https://khedma.pro/ar/germany/chancenkarte',
    asOf: '2026-04-12',
    confidence: 'reported',
  },
  {
    id: 'de-oc-work-rights',
    title: 'Darmstadt city services: Chancenkarte (up to 20 hours a week; trial work up to 2 weeks; local processing up to 6 months)',
    url: 'https://digitales-rathaus.darmstadt.de/lebensbereiche/einwohnerwesen-und-wahlen/dienstleistungen/chancenkarte',
    asOf: '2026-11-28',
    confidence: 'confirmed',
  },
  {
    id: 'de-oc-validity',
    title: 'GGUA: Chancenkarte from 2024-06-01 (up to 1 year; follow-up card up to 2 years with a qualified job offer)',
    url: 'https://www.ggua.de/aktuelles/einzelansicht/chancenkarte-ab-1-juni-2024/',
    asOf: '2024-06-01',
    confidence: 'confirmed',
  },
  {
    id: 'de-aufenthg-scope',
    title:
      'Residence Act (AufenthG) § 1(2) no. 1 and § 2(1), with the Freedom of Movement Act/EU §§ 1 and 12: the Act\'s residence titles are for foreigners; EU and EEA citizens have free movement instead',
    url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__1.html',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
];

/**
 * § 41(1) AufenthV: these nationals may enter without a visa and obtain any residence permit in
 * Germany, so they pay no national visa fee. § 41(2) (Andorra, Brazil, El Salvador, Honduras,
 * Monaco, San Marino) covers stays without employment only, so it does not apply to work routes.
 */
const VISA_FREE_FOR_RESIDENCE = ['AU', 'CA', 'IL', 'JP', 'NZ', 'KR', 'GB', 'US'];
const NEEDS_NATIONAL_VISA: Condition = { kind: 'citizenship', noneOf: VISA_FREE_FOR_RESIDENCE };
const VISA_WAIVED =
  'No national visa fee: nationals of Australia, Canada, Israel, Japan, New Zealand, South Korea, the United Kingdom and the United States may enter Germany without a visa and apply for the residence permit there (§ 41(1) AufenthV).';

/** The national (D) visa: EUR 75 per adult, half for each minor child (AufenthV § 46(2); FFO). */
function nationalVisaFees(fees: FeesOf, prefix: string, programId: string): Fee[] {
  const common = { when: NEEDS_NATIONAL_VISA, notChargedNote: VISA_WAIVED } as const;
  return [
    ...fees(`${programId}.national-visa-fee`, { ...common, id: `${prefix}-visa-fee`, label: 'National (D) visa, per adult', per: 'adult' }),
    ...fees(`${programId}.national-visa-fee-child`, { ...common, id: `${prefix}-visa-fee-child`, label: 'National (D) visa, per minor child (half the adult fee)', per: 'child' }),
  ];
}

/** The EU's 27 member states and the other EEA states (Iceland, Liechtenstein, Norway). */
const EU_EEA = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO'];

/** AufenthG § 1(2) no. 1 and § 2(1): the Act's titles are not for Germans nor for EU and EEA citizens (FreizügG/EU §§ 1, 12); a settlement permit holder (§ 9, § 9a) is already settled. */
const OUTSIDE_EU_EEA: Gate = foreignNationalGate({
  citizens: EU_EEA,
  permanentResidents: ['DE'],
  audience: 'nationals of countries outside the EU and the EEA',
  label: 'Not a citizen of the EU or the EEA, nor settled in Germany (settlement permit)',
  sourceId: 'de-aufenthg-scope',
});

const BLUE_CARD = (fees: FeesOf): Program => ({
  id: 'de-blue-card',
  country: 'DE',
  name: 'EU Blue Card (Blaue Karte EU)',
  shortName: 'the EU Blue Card',
  agency: 'German mission abroad (visa), local Ausländerbehörde (card), Federal Employment Agency where the reduced threshold is used',
  targets: 'Non-EU graduates (and IT specialists without a degree) with a qualifying job offer in Germany.',
  gates: [
    OUTSIDE_EU_EEA,
    {
      id: 'de-bc-qualification',
      label: "Bachelor's degree or higher; or, for IT specialists without a degree, 3 years of skilled STEM work in the last 7 years",
      condition: {
        any: [
          { kind: 'education', min: 'bachelor' },
          { kind: 'work-experience', minYears: 3, skilled: true, stem: true, withinYears: 7 },
        ],
      },
      sourceId: 'de-bc-requirements',
    },
    {
      id: 'de-bc-recognition',
      label: 'Degree German, recognised or comparable (anabin H+ / ZAB), and the job is qualified employment',
      condition: {
        kind: 'judgement',
        question:
          'Is the degree German, recognised, or comparable to a German degree (anabin institution H+ and degree "entspricht", or a ZAB statement), and is the job appropriate to the qualification? Without a degree: is the role an IT specialist role backed by 3 years of relevant experience?',
      },
      sourceId: 'de-bc-requirements',
    },
    { id: 'de-bc-job-offer', label: 'Job offer or contract in Germany (6 months or longer)', condition: { kind: 'job-offer', countries: ['DE'] }, sourceId: 'de-bc-validity' },
    {
      id: 'de-bc-salary',
      label:
        '2026 gross salary of at least EUR 50,700; or at least EUR 45,934.20 in a shortage occupation (ICT, engineering and science, medicine, nursing, teaching and some managers), as a new entrant (degree within 3 years) or as an IT specialist without a degree',
      condition: {
        any: [
          { kind: 'salary', min: { amount: 50700, currency: 'EUR' } },
          {
            all: [
              { kind: 'salary', min: { amount: 45934.2, currency: 'EUR' } },
              // § 18g(1) sentence 2 and § 18g(2) AufenthG: who may use the reduced threshold.
              {
                any: [
                  { kind: 'offer-flag', flag: 'shortageOccupation' },
                  { kind: 'education', min: 'bachelor', withinYears: 3 },
                  { kind: 'judgement', question: 'Is the client an IT specialist without a degree (ISCO-08 groups 133 or 25) with 3 years of relevant experience in the last 7?' },
                ],
              },
            ],
          },
        ],
      },
      sourceId: 'de-bc-salary-2026',
    },
  ],
  fees: [
    ...nationalVisaFees(fees, 'de-bc', 'de-blue-card'),
    ...fees('de-blue-card.bc-card-fee', {
      id: 'de-bc-card-fee',
      label: 'Blue Card / residence permit issue',
      per: 'person',
    }, { label: v => `Blue Card / residence permit issue (${v === null ? '' : `EUR ${v.toLocaleString('en-GB')} `}per person; children pay reduced fees)` }),
    ...fees('de-blue-card.bc-fast-track', {
      id: 'de-bc-fast-track',
      label: 'Accelerated skilled-worker procedure (§ 81a), paid by the employer',
      per: 'application',
      optional: true,
    }),
  ],
  processingMonths: {
    value: [2, 4],
    sourceId: 'de-fasttrack-duration',
    note: 'With the § 81a fast track: about 2 months at the legal time limits, 3-4 months end to end as reported. The regular route varies by mission and can be longer.',
  },
  toWorkMonths: { value: [2, 4], sourceId: 'de-fasttrack-duration', note: 'Fast-track route; work starts on arrival with the visa.' },
  validity: { value: 'Contract length plus 3 months, at most 4 years; renewable.', sourceId: 'de-bc-validity' },
  permanentResidence: {
    path: 'Settlement permit (§ 18c(2)) after 21 months with B1 German or 27 months with A1, with pension contributions for that period.',
    months: {
      value: [21, 27],
      sourceId: 'de-bc-settlement',
      note: '21 months with B1 German, 27 with A1 (after the 2023 reform; older pages say 33). The local office then decides.',
    },
  },
  family: {
    spouseWork: { value: 'Spouse gets a residence permit without a German test and may work without restriction.', sourceId: 'de-bc-dependants' },
    children: { value: 'Minor children join under family reunion.', sourceId: 'de-bc-dependants' },
  },
  language: { value: 'None for the card (regulated professions need German for the licence); German speeds up settlement.', sourceId: 'de-bc-family' },
  employerTie: {
    value: 'Tied to qualifying employment; in the first 12 months a job change must be notified and the authority may object within 30 days.',
    sourceId: 'de-bc-job-change',
  },
  selection: { kind: 'none', description: 'No cap or lottery; anyone meeting the conditions is entitled to the card.' },
  risks: [
    { text: 'Salary thresholds are reset every 1 January; an offer that meets the 2026 figure may fall short on renewal.', sourceId: 'de-bc-salary-2026' },
    { text: 'Sources conflict on the A1 settlement period (27 months after the 2023 reform; older pages say 33).', sourceId: 'de-bc-settlement' },
  ],
});

const OPPORTUNITY_CARD = (fees: FeesOf): Program => ({
  id: 'de-opportunity-card',
  country: 'DE',
  name: 'Opportunity Card (Chancenkarte), points route',
  shortName: 'the Opportunity Card',
  agency: 'German mission abroad (visa), local Ausländerbehörde (follow-up card)',
  targets: 'Qualified non-EU workers who want to come to Germany to look for a job, without an offer.',
  gates: [
    OUTSIDE_EU_EEA,
    {
      id: 'de-oc-qualification',
      label: 'University degree or vocational qualification of at least 2 years (state-recognised where obtained)',
      condition: { kind: 'education', min: 'diploma-2yr' },
      sourceId: 'de-oc-requirements',
    },
    {
      id: 'de-oc-recognition',
      label: 'Qualification recognised by the state where it was obtained (anabin / ZAB statement), or partially recognised by a German recognition body',
      condition: {
        any: [
          // § 20b(1) sentence 2 AufenthG: a partial-recognition notice replaces the home-country recognition requirement.
          { kind: 'education', min: 'diploma-2yr', germanRecognition: ['partial'] },
          {
            kind: 'judgement',
            question:
              'Is the degree or 2-year vocational qualification state-recognised in the country where it was obtained (anabin entry or ZAB statement)? If it is fully recognised in Germany, route A applies instead: no points and no language test.',
          },
        ],
      },
      sourceId: 'de-oc-requirements',
    },
    {
      id: 'de-oc-language',
      label: 'German at A1 or English at B2 (ALTE-certified test or TOEFL)',
      condition: { any: [{ kind: 'language', language: 'de', minCefr: 'A1' }, { kind: 'language', language: 'en', minCefr: 'B2' }] },
      sourceId: 'de-oc-requirements',
    },
    {
      id: 'de-oc-funds',
      label: 'Funds for 12 months: EUR 13,092 (EUR 1,091 a month, the 2026 blocked-account reference) for the applicant alone',
      condition: { kind: 'funds', min: { amount: 13092, currency: 'EUR' } },
      sourceId: 'de-oc-funds-2026',
    },
    { id: 'de-oc-points', label: 'At least 6 points on the § 20b table', condition: { kind: 'points', min: 6 }, sourceId: 'de-oc-pass-mark' },
  ],
  points: { calculator: 'de-opportunity-card', passMark: { value: 6, sourceId: 'de-oc-pass-mark' } },
  fees: nationalVisaFees(fees, 'de-oc', 'de-opportunity-card'),
  processingMonths: {
    value: [1, 6],
    sourceId: 'de-oc-work-rights',
    note: 'Several weeks to 6 months depending on the mission; one city office reports up to 6 months.',
  },
  toWorkMonths: { value: [1, 6], sourceId: 'de-oc-work-rights', note: 'Part-time work (up to 20 hours a week) is allowed from arrival.' },
  validity: { value: 'Up to 1 year; a follow-up card of up to 2 years with a qualified job offer.', sourceId: 'de-oc-validity' },
  permanentResidence: null,
  family: {
    spouseWork: {
      value: null,
      unknown: 'Family reunion to an Opportunity Card holder was not confirmed by an official source; a spouse can apply for their own card (a joint application earns 1 point).',
    },
    children: { value: null, unknown: 'Not confirmed by an official source.' },
  },
  language: { value: 'German A1 or English B2 as a threshold; German B1-B2 and English C1 earn points.', sourceId: 'de-oc-requirements' },
  employerTie: {
    value: 'None: job search permit; up to 20 hours a week of work and 2-week trial jobs. Switch to a Blue Card or skilled-worker permit once hired.',
    sourceId: 'de-oc-work-rights',
  },
  selection: { kind: 'none', description: 'No cap or lottery was published.' },
  risks: [
    { text: 'The card leads to no residence by itself: a qualifying job must be found within the year.', sourceId: 'de-oc-validity' },
    { text: 'The funds figure follows the BAföG rate and changes yearly; families need more.', sourceId: 'de-oc-funds-2026' },
  ],
});

/** Germany's programmes and sources. */
export function buildDeCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'DE', sources: SOURCES, programs: [BLUE_CARD(fees), OPPORTUNITY_CARD(fees)] };
}
