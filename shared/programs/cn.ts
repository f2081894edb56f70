/**
 * China: the K visa for young science and technology talent (new on 2025-10-01), the R visa for
 * Category A high-end talent, and the Z work visa. Chinese missions publish little in figures, so
 * many facts here are explicit unknowns; SEO pages that invent K-visa fees, ages and validity tiers
 * are deliberately not used.
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { CountryCatalogue, Gate, Program, Source } from './types';

const SOURCES: readonly Source[] = [
  {
    id: 'cn-k-state-council-814',
    title:
      'UDN (Xinhua report): State Council Order No. 814 adds the K visa for young foreign S&T talent, in force 2025-10-01',
    url: 'https://udn.com/news/story/7331/8940256',
    asOf: '2025-08-14',
    confidence: 'confirmed',
  },
  {
    id: 'cn-k-joint-qa',
    title:
      'ETNet Beijing dispatch: Ministry of Justice, MFA, MPS and NIA answers on the K visa (criteria, no inviting unit)',
    url: 'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350815440',
    asOf: '2025-08-15',
    confidence: 'confirmed',
  },
  {
    id: 'cn-k-mfa-missions',
    title:
      'UDN: MFA spokesperson Guo Jiakun, 2025-09-29: K-visa details to be published by Chinese embassies and consulates',
    url: 'https://udn.com/news/story/7333/9036629',
    asOf: '2025-09-29',
    confidence: 'confirmed',
  },
  {
    id: 'cn-r-stdaily-2021',
    title:
      'Science and Technology Daily: R visa benefits for foreign experts (5-10 years, 180-day stays, fees exempted)',
    url: 'https://m.stdaily.com/English/WorldNews/2021-07/22/content_1200639.shtml',
    asOf: '2021-07-22',
    confidence: 'confirmed',
  },
  {
    id: 'cn-work-classification-2017',
    title:
      "China Daily (government site): Classifications of foreigners' employment in China (Categories A, B, C)",
    url: 'https://govt.chinadaily.com.cn/s/201711/07/WS5c08963f498eefb3fe46e392/classifications-of-foreigners-employment-in-china.html',
    asOf: '2017-11-07',
    confidence: 'confirmed',
  },
  {
    id: 'cn-z-category-b-szpt',
    title:
      'Shenzhen Polytechnic University foreign affairs office: definition of Foreign Professional Talents (Category B)',
    url: 'https://fao.szpt.edu.cn/wjjs/wjxz/wgzyrcsqqd.htm',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'cn-z-age-60',
    title:
      'Kaizen CPA: age limits in the Classification Standards (Category B normally at most 60)',
    url: 'https://kaizencpa.com/cht/knowledge/info/id/2068.html',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'cn-z-sipac-conditions',
    title:
      'Suzhou Industrial Park talent service: conditions for a foreigner work permit (18+, confirmed employer in China)',
    url: 'https://tsc.sipac.gov.cn/one/public/Index/talentbizguid?guideid=b1df14a0-040a-46ac-b2f4-9383bb39a5eb&language=en&sourcetype=minProgram',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'cn-z-visa-process',
    title:
      'Visa Mail Service: Z visa needs the work permit notification; residence permit within 30 days of entry',
    url: 'https://www.visamailservice.com/chinese-visa-requirements/z-work-visa/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'cn-z-single-entry',
    title:
      'RSA Job Career: Z visa usually single entry; work and residence permits follow the contract',
    url: 'https://www.rsajobcareer.com/china-work-foreign-talents-classification-criteria/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'cn-exit-entry-law',
    title:
      'Exit and Entry Administration Law of the PRC, arts. 15, 48 and 89: visas are for foreigners, persons without Chinese nationality; foreigners with permanent residence live and work in China on their permanent residence card',
    url: 'http://en.gxzf.gov.cn/2018-08/21/c_265083.htm',
    asOf: '2018-08-21',
    confidence: 'confirmed',
  },
];

/** Exit and Entry Administration Law arts. 15 and 89 (visas are for persons without Chinese nationality) and art. 48 (permanent residents work on their card). */
const FOREIGNERS_ONLY: Gate = foreignNationalGate({
  citizens: ['CN'],
  permanentResidents: ['CN'],
  audience: 'foreign nationals',
  label: 'Not a Chinese citizen or permanent resident (the visa is for foreign nationals)',
  sourceId: 'cn-exit-entry-law',
});

const NO_PR_TIMING = 'No source read gives a time to Chinese permanent residence for this route.';

const K = (fees: FeesOf): Program => ({
  id: 'cn-k',
  country: 'CN',
  name: 'K visa (young science and technology talent)',
  shortName: 'the K visa',
  agency:
    'Ministry of Foreign Affairs and Chinese missions abroad; National Immigration Administration for stay',
  targets:
    'Young foreign STEM graduates (bachelor or higher) of well-known universities or research institutes, or people teaching or researching there, without a Chinese employer.',
  gates: [
    FOREIGNERS_ONLY,
    {
      id: 'cn-k-education',
      label: "Bachelor's degree or higher in a STEM field",
      condition: { kind: 'education', min: 'bachelor', stem: true },
      sourceId: 'cn-k-joint-qa',
    },
    {
      // "Well-known" (知名) is not defined by any ranking, so the case file's top-200 flag is no proxy.
      id: 'cn-k-well-known-institution',
      label:
        'Degree from, or teaching or research work at, a well-known university or research institution in China or abroad',
      condition: {
        kind: 'judgement',
        question:
          'Is the degree-granting institution (or the institution where the client teaches or researches STEM) "well-known"? The authorities have published no list or ranking cut-off.',
      },
      sourceId: 'cn-k-joint-qa',
    },
    {
      // Age is an official criterion, but the limit itself is unpublished; 45 appears only on commercial sites.
      id: 'cn-k-age',
      label: 'Age: "young" talent; no Chinese embassy has published the age limit',
      condition: {
        kind: 'judgement',
        question:
          "Is the client within the K visa's age limit? Age is an official criterion but the limit has not been published; check the mission's current notice.",
      },
      sourceId: 'cn-k-mfa-missions',
    },
    {
      // The comparison is of routes to work: with no salaried work on the K visa, a job in China goes
      // through an employer's work permit and a Z visa. The attorney's assumption decides it.
      id: 'cn-k-salaried-work',
      label: 'Salaried work in China: allowed on the K visa itself, or through a Chinese employer\'s work permit and a Z visa',
      condition: {
        any: [
          { kind: 'assumption', key: 'cn-k-work-authorised', equals: 'yes', unsettled: ['unclear'] },
          { kind: 'job-offer', countries: ['CN'] },
        ],
      },
      sourceId: 'assume-cn-k-official-activities',
    },
  ],
  fees: [
    ...fees('cn-k.k-visa-fee', {
      id: 'cn-k-visa-fee',
      label: 'K visa fee',
      per: 'person',
    }),
    ...fees('cn-k.k-z-fallback', {
      // Shown only while K work rights are not established and the client has a Chinese offer.
      id: 'cn-k-z-fallback',
      label: 'Work permit and Z visa for salaried work, if the K visa does not authorise it',
      per: 'application',
      when: {
        all: [
          { kind: 'job-offer', countries: ['CN'] },
          {
            any: [
              { kind: 'assumption', key: 'cn-k-work-authorised', equals: 'no' },
              { kind: 'assumption', key: 'cn-k-work-authorised', equals: 'unclear' },
            ],
          },
        ],
      },
    }),
  ],
  processingMonths: {
    value: null,
    unknown: 'No mission has published a K-visa processing time.',
    sourceId: 'cn-k-mfa-missions',
  },
  toWorkMonths: {
    value: null,
    unknown:
      'Processing time is unpublished, and whether the K visa allows salaried work is unsettled (see the assumption "Whether a K visa allows salaried work without a Z visa").',
  },
  validity: {
    value: null,
    unknown:
      'Officially "more convenient" entries, validity and length of stay than the other 12 ordinary visas, but no figures have been published.',
    sourceId: 'cn-k-state-council-814',
  },
  permanentResidence: {
    path: 'None announced: the K visa has no stated route to permanent residence.',
    months: {
      value: null,
      unknown: 'No permanent-residence route or timing has been stated for the K visa.',
    },
  },
  family: {
    spouseWork: {
      value: null,
      unknown: 'Nothing official on spouses or children of K-visa holders.',
    },
    children: {
      value: null,
      unknown: 'Nothing official on spouses or children of K-visa holders.',
    },
  },
  language: {
    value:
      'No language requirement stated: the official criteria cover only age and education or work experience.',
    sourceId: 'cn-k-joint-qa',
  },
  employerTie: {
    value: 'None: no Chinese employer or inviting institution is required.',
    sourceId: 'cn-k-joint-qa',
  },
  selection: {
    kind: 'discretionary',
    description:
      'Issued by Chinese missions abroad on proof of degree or teaching/research work; detailed conditions are set by the missions.',
    sourceId: 'cn-k-mfa-missions',
  },
  risks: [
    {
      text: 'Salaried work: the official list of activities is exchanges in education, science and culture, entrepreneurship and business. Whether a K holder can take a salaried job without a work permit and Z visa is unsettled.',
      sourceId: 'assume-cn-k-reuters-work',
      assumption: 'cn-k-work-authorised',
      byValue: {
        yes: 'Salaried work is assumed allowed, as Reuters reported; the official list of activities (exchanges in education, science and culture, entrepreneurship and business) does not mention employment. If that proves wrong, a salaried job needs a work permit and Z visa.',
        no: 'Salaried work is assumed not allowed: a salaried job in China needs an employer\'s work permit and a Z visa, so without a Chinese job offer the K visa is not a route to work. It still allows the listed exchanges, entrepreneurship and business.',
      },
    },
    {
      text: 'The age limit, document checklist, fee, validity and processing time have not been published by any mission found through 2026; the "under 45" figure comes only from commercial sites.',
      sourceId: 'cn-k-mfa-missions',
    },
    {
      text: 'The teaching-or-research route (without a STEM degree) is not modelled by the education gate; the attorney should check it separately.',
      sourceId: 'cn-k-joint-qa',
    },
  ],
});

const R = (fees: FeesOf): Program => ({
  id: 'cn-r',
  country: 'CN',
  name: 'R visa (high-level foreign talent)',
  shortName: 'the R visa',
  agency: 'Provincial foreign-worker authorities (confirmation letter) and Chinese missions abroad',
  targets:
    'Category A high-end foreign talent (scientists, technology leaders, entrepreneurs, specialists) invited by a Chinese unit.',
  gates: [
    FOREIGNERS_ONLY,
    {
      id: 'cn-r-category-a',
      label:
        'Meets a Category A (high-end talent) standard of the Classification Standards for Foreigners Working in China',
      condition: {
        kind: 'judgement',
        question:
          'Does the client meet a Category A standard: selection for a Chinese talent programme, internationally recognised achievement, an encouraged market-oriented post, innovative entrepreneurship, excellent young talent (e.g. post-doctorate under 40 from a top university), or 85+ points?',
      },
      sourceId: 'cn-work-classification-2017',
    },
    {
      id: 'cn-r-inviting-unit',
      label:
        'A Chinese inviting unit (employer) that applies for the Confirmation Letter for High-level Foreign Talent',
      condition: { kind: 'job-offer', countries: ['CN'] },
      sourceId: 'cn-r-stdaily-2021',
    },
  ],
  fees: [
    ...fees('cn-r.r-visa-fee', {
      id: 'cn-r-visa-fee',
      label: 'R visa fee and dispatch fee (waived, also for spouse and minor children)',
      per: 'person',
    }),
  ],
  processingMonths: {
    value: null,
    unknown:
      'Only targets are published: the confirmation letter within 5 working days and the visa in 2 working days at the soonest.',
    sourceId: 'cn-r-stdaily-2021',
  },
  toWorkMonths: {
    value: null,
    unknown: 'No source gives the time from application to starting work on an R visa.',
  },
  validity: {
    value: 'Multiple entry, valid 5-10 years, up to 180 days per stay.',
    sourceId: 'cn-r-stdaily-2021',
  },
  permanentResidence: {
    path: 'Not part of the R visa; Chinese permanent residence is a separate application.',
    months: { value: null, unknown: NO_PR_TIMING },
  },
  family: {
    spouseWork: {
      value:
        'Spouse gets a multiple-entry visa with the same validity; the source does not say the spouse may work.',
      sourceId: 'cn-r-stdaily-2021',
    },
    children: {
      value: 'Minor children get multiple-entry visas with the same validity.',
      sourceId: 'cn-r-stdaily-2021',
    },
  },
  language: {
    value: 'None stated for Category A talent.',
    sourceId: 'cn-work-classification-2017',
  },
  employerTie: {
    value:
      'An inviting unit in China applies online for the Confirmation Letter for High-level Foreign Talent.',
    sourceId: 'cn-r-stdaily-2021',
  },
  selection: {
    kind: 'discretionary',
    description:
      'The provincial foreign-worker authority confirms Category A status for the inviting unit; no quota.',
    sourceId: 'cn-work-classification-2017',
  },
  risks: [
    {
      text: 'Category A is a high bar; most engineers fall in Category B and need the Z visa instead.',
      sourceId: 'cn-work-classification-2017',
    },
  ],
});

const Z = (fees: FeesOf): Program => ({
  id: 'cn-z',
  country: 'CN',
  name: 'Z visa (work) with a Category B work permit',
  shortName: 'the Z visa',
  agency:
    'Local foreign-worker authorities (work permit), Chinese missions (visa), exit-entry bureaux (residence permit)',
  targets: 'Foreign professionals with a degree, experience and a Chinese employer (Category B).',
  gates: [
    FOREIGNERS_ONLY,
    {
      id: 'cn-z-job-offer',
      label: 'Confirmed employer in China that obtains the work-permit notification',
      condition: { kind: 'job-offer', countries: ['CN'] },
      sourceId: 'cn-z-sipac-conditions',
    },
    {
      id: 'cn-z-education',
      label: "Bachelor's degree or higher (Category B)",
      condition: { kind: 'education', min: 'bachelor' },
      sourceId: 'cn-z-category-b-szpt',
    },
    {
      // The standard says "relevant"; relevance to the post is checked by the permit office, not here.
      id: 'cn-z-experience',
      label: 'At least 2 years of relevant work experience (Category B)',
      condition: { kind: 'work-experience', minYears: 2 },
      sourceId: 'cn-z-category-b-szpt',
    },
    {
      id: 'cn-z-age',
      label: 'Aged 18 to 60 (Category B; may be relaxed where really needed)',
      condition: { kind: 'age', min: 18, max: 60 },
      sourceId: 'cn-z-age-60',
    },
  ],
  fees: [
    ...fees('cn-z.z-visa-fee', {
      id: 'cn-z-visa-fee',
      label: 'Z visa fee',
      per: 'person',
    }),
    ...fees('cn-z.z-work-permit-fee', {
      id: 'cn-z-work-permit-fee',
      label: 'Work permit and residence permit fees',
      per: 'application',
    }),
  ],
  processingMonths: {
    value: null,
    unknown: 'No official processing time for the work permit or the Z visa was found.',
  },
  toWorkMonths: {
    value: null,
    unknown:
      "No official time from the employer's work-permit application to the residence permit was found.",
  },
  validity: {
    value:
      'Usually a single-entry visa; a work-type residence permit must be obtained within 30 days of entry, its length following the contract.',
    sourceId: 'cn-z-single-entry',
  },
  permanentResidence: {
    path: 'Not part of the Z visa; Chinese permanent residence is a separate application.',
    months: { value: null, unknown: NO_PR_TIMING },
  },
  family: {
    spouseWork: {
      value: null,
      unknown:
        "Dependants' visas and their work rights were not researched from an official source.",
    },
    children: {
      value: null,
      unknown: "Dependants' visas were not researched from an official source.",
    },
  },
  language: {
    value: 'None stated among the Category B conditions.',
    sourceId: 'cn-z-category-b-szpt',
  },
  employerTie: {
    value:
      'Tied to the employer: it obtains the work-permit notification before the visa, and the permits follow the contract.',
    sourceId: 'cn-z-visa-process',
  },
  selection: {
    kind: 'discretionary',
    description:
      'The local authority grants the work permit if the post and the applicant meet Category B; no lottery.',
    sourceId: 'cn-work-classification-2017',
  },
  risks: [
    {
      text: "Other Category B routes (master's from a Chinese or top-100 foreign university, salary at 4x the local average, 60+ points) are not modelled here.",
      sourceId: 'cn-z-category-b-szpt',
    },
    {
      text: 'The 60-year age limit rests on a secondary source quoting the standard, which also allows it to be relaxed.',
      sourceId: 'cn-z-age-60',
    },
  ],
});

/** China's catalogue: K, R and Z visas. */
export function buildCnCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'CN', sources: SOURCES, programs: [K(fees), R(fees), Z(fees)] };
}
