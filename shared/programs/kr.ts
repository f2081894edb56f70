/**
 * South Korea: the Top-Tier visa (F-2 "top talent" residence, launched 2025-04-02) for senior
 * engineers in advanced industries, and the D-10 job-seeker visa (points route). Salary thresholds
 * are multiples of the GNI per capita applied from 2025-04-01; the 2026-04-01 figure was not found.
 */
import { feesOf, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { Condition, CountryCatalogue, Fee, Gate, Program, Source } from './types';

const SOURCES: readonly Source[] = [
  {
    id: 'kr-top-tier-launch',
    title:
      'Korea.net via Overseas Koreans portal: "Top-tier" visa system launched 2025-04-02 (criteria and salary thresholds)',
    url: 'https://eng.korean.net/portal_en/customer/government_news.do?articleNo=1001909886&mode=view',
    asOf: '2025-04-02',
    confidence: 'confirmed',
  },
  {
    id: 'kr-top-tier-sedaily',
    title:
      'Seoul Economic Daily: Ministry of Justice briefing on the top-tier visa (4x GNI waives one of education or experience)',
    url: 'https://devm.sedaily.com/NewsView/2GRD7LTMK4',
    asOf: '2025-04-02',
    confidence: 'confirmed',
  },
  {
    id: 'kr-top-tier-kmib',
    title:
      'Kookmin Ilbo: top-tier visa in force; family get F-2 with free employment; permanent residence after 3 years',
    url: 'https://www.kmib.co.kr/article/view_amp.asp?arcid=1743585012',
    asOf: '2025-04-03',
    confidence: 'confirmed',
  },
  {
    id: 'kr-top-tier-korea-net',
    title:
      'Korea.net: new top-tier visa (spouse and minor children on F-2; D-10 job search up to 2 years)',
    url: 'https://www.korea.net/NewsFocus/policies/view?articleId=267603',
    asOf: '2025-03-06',
    confidence: 'confirmed',
  },
  {
    id: 'kr-top-tier-donga-2026',
    title:
      'Dong-A Ilbo: top-tier visa extended to S&T professors and researchers; 20 issued so far, 350 targeted by 2030',
    url: 'https://www.donga.com/news/Society/article/all/20260304/133458629/2',
    asOf: '2026-03-04',
    confidence: 'reported',
  },
  {
    id: 'kr-immigration-fees-2014',
    title:
      'Newland Chase: Korean immigration fees revised 2014-01-01 (change of status KRW 100,000)',
    url: 'https://newlandchase.com/?p=1835',
    asOf: '2014-01-27',
    confidence: 'reported',
  },
  {
    id: 'kr-arc-fee-2025',
    title:
      'Konkuk University campus guide: alien registration card issuance fee KRW 35,000 (raised 2025-01-01)',
    url: 'https://sites.google.com/view/kucampuslifeguidebook/%EC%B2%B4%EB%A5%98%EB%B9%84%EC%9E%90%EC%99%B8%EA%B5%AD%EC%9D%B8%EB%93%B1%EB%A1%9D%EC%A6%9D',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'kr-d10-inha',
    title:
      'Inha University international center: Job Seeker Visa (D-10), 60 of 190 points with 20 from basic items',
    url: 'https://internationalcenter.inha.ac.kr/bbs/internationalcenter/2507/67172/artclView.do',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'kr-d10-moj-2025',
    title:
      'Immigration agent summary of Ministry of Justice D-10-1 rules (April 2025): 6-month stay per grant, point items',
    url: 'https://1oneworld.tistory.com/m/entry/%EC%9D%BC%EB%B0%98%EA%B5%AC%EC%A7%81D-10-%EC%B2%B4%EB%A5%98%EC%9E%90%EA%B2%A9-%ED%97%88%EA%B0%80%EC%9A%94%EA%B1%B4',
    asOf: '2025-04-01',
    confidence: 'reported',
  },
  {
    id: 'kr-immigration-act-art2',
    title:
      'Immigration Act art. 2: a foreigner is a person who does not hold the nationality of the Republic of Korea; statuses of sojourn are granted to foreigners',
    url: 'https://www.law.go.kr/법령/출입국관리법',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
];

/** Immigration Act art. 2: statuses of sojourn are for foreigners; a permanent resident (F-5) already lives and works in Korea. */
const FOREIGNERS_ONLY: Gate = foreignNationalGate({
  citizens: ['KR'],
  permanentResidents: ['KR'],
  audience: 'foreign nationals',
  label: 'Not a Korean national or permanent resident (F-5)',
  sourceId: 'kr-immigration-act-art2',
});

/** 3x and 4x the GNI per capita applied 2025-04-01 to 2026-03-31 (KRW 49,955,000). */
const SALARY_3X_GNI = { amount: 149_865_000, currency: 'KRW' };
const SALARY_4X_GNI = { amount: 199_820_000, currency: 'KRW' };

const MASTERS: Condition = { kind: 'education', min: 'master' };
// 8 years of experience, or the research track: 5+ years of post-doctoral research (a PhD and 5 years stands in).
const EXPERIENCE: Condition = {
  any: [
    { kind: 'work-experience', minYears: 8 },
    {
      all: [
        { kind: 'education', min: 'doctorate' },
        { kind: 'work-experience', minYears: 5 },
      ],
    },
  ],
};

/** Fees every long-stay route shares: visa abroad, change of status inside Korea, registration card. */
function stayFees(fees: FeesOf, programId: string): Fee[] {
  return [
    ...fees(`${programId}.visa-abroad`, {
      id: `${programId}-visa-abroad`,
      label: 'Visa issuance fee at a Korean mission (applying from abroad)',
      per: 'person',
      when: { kind: 'outside', country: 'KR' },
    }),
    ...fees(`${programId}.change-of-status`, {
      id: `${programId}-change-of-status`,
      label: 'Change of status of sojourn (applying inside Korea)',
      per: 'person',
      when: { kind: 'present-in', countries: ['KR'] },
    }),
    ...fees(`${programId}.registration-card`, { id: `${programId}-registration-card`, label: 'Alien registration card (stays over 90 days)', per: 'person' }),
  ];
}

const TOP_TIER = (fees: FeesOf): Program => ({
  id: 'kr-top-tier',
  country: 'KR',
  name: 'Top-Tier visa (F-2 top-talent residence)',
  shortName: 'the Top-Tier visa',
  agency: 'Ministry of Justice, Korea Immigration Service',
  targets:
    'Senior engineers and researchers in advanced industries hired by a Korean employer at 3x GNI per capita or more.',
  gates: [
    FOREIGNERS_ONLY,
    {
      id: 'kr-top-tier-job-offer',
      label: 'Employed by a company (or institute) in Korea',
      condition: { kind: 'job-offer', countries: ['KR'] },
      sourceId: 'kr-top-tier-launch',
    },
    {
      id: 'kr-top-tier-salary',
      label: 'Annual pay at least 3x GNI per capita (KRW 149,865,000 on the 2025 GNI)',
      condition: { kind: 'salary', min: SALARY_3X_GNI },
      sourceId: 'kr-top-tier-launch',
    },
    {
      // At 4x GNI the Korean briefing reports lets one of the two be missing, not both.
      id: 'kr-top-tier-degree-experience',
      label:
        "Master's or PhD and 8+ years' experience (or a PhD and 5+ years' research); at 4x GNI one of the two may be missing",
      condition: {
        any: [
          { all: [MASTERS, EXPERIENCE] },
          { all: [{ kind: 'salary', min: SALARY_4X_GNI }, { any: [MASTERS, EXPERIENCE] }] },
        ],
      },
      sourceId: 'kr-top-tier-sedaily',
    },
    {
      // The case file's topRanked flag means top-200, which cannot show top-100.
      id: 'kr-top-tier-top-university',
      label:
        'Degree from a world top-100 university (or a leading Korean university / major Korean firm track)',
      condition: {
        kind: 'judgement',
        question:
          "Is the master's or PhD from a world top-100 university, or does the client qualify through a leading Korean university or a major Korean company? (Not needed if the 4x GNI salary waives education.)",
      },
      sourceId: 'kr-top-tier-launch',
    },
    {
      id: 'kr-top-tier-global-experience',
      label:
        'At least 3 years of the experience at a global top-500 company (or a top research institute)',
      condition: {
        kind: 'judgement',
        question:
          'Were at least 3 years of the experience at a global top-500 company, or 3 years of post-doctoral research at a top global institute? (Not needed if the 4x GNI salary waives experience.)',
      },
      sourceId: 'kr-top-tier-launch',
    },
    {
      id: 'kr-top-tier-advanced-industry',
      label: 'The Korean job is in a designated advanced industry',
      condition: {
        kind: 'judgement',
        question:
          'Is the job in a designated advanced industry (semiconductors, bio, secondary batteries, displays; robotics, defence and AI announced), or, since 2026, an S&T professorship or research post?',
      },
      sourceId: 'kr-top-tier-donga-2026',
    },
  ],
  fees: stayFees(fees, 'kr-top-tier'),
  processingMonths: {
    value: null,
    unknown: 'The Ministry of Justice has not published a processing time for the Top-Tier visa.',
  },
  toWorkMonths: {
    value: null,
    unknown: 'No processing time has been published, so the time to start work is unknown.',
  },
  validity: {
    value: null,
    unknown:
      'The period of stay granted per F-2 permission was not stated in the launch announcements.',
  },
  permanentResidence: {
    path: 'Permanent residence (F-5) after 3 years on the Top-Tier F-2.',
    months: {
      value: [36, 36],
      sourceId: 'kr-top-tier-kmib',
      note: 'Eligible to apply after 3 years; F-5 processing time not included.',
    },
  },
  family: {
    spouseWork: {
      value: 'Spouse gets F-2 residence with free employment.',
      sourceId: 'kr-top-tier-kmib',
    },
    children: { value: 'Minor children get F-2 residence.', sourceId: 'kr-top-tier-korea-net' },
  },
  language: {
    value: 'No Korean-language requirement in the 2025 launch criteria.',
    sourceId: 'kr-top-tier-launch',
  },
  employerTie: {
    value:
      'A Korean employer paying 3x GNI or more is required to qualify; the F-2 status itself allows free employment.',
    sourceId: 'kr-top-tier-kmib',
  },
  selection: {
    kind: 'discretionary',
    description:
      'Reviewed case by case by the Ministry of Justice; 20 issued by March 2026, 350 targeted by 2030.',
    sourceId: 'kr-top-tier-donga-2026',
  },
  risks: [
    {
      text: 'The 3x/4x GNI thresholds use the GNI applied from 2025-04-01; a new GNI applies from 2026-04-01 and the updated amounts were not found.',
      sourceId: 'kr-top-tier-launch',
    },
    {
      text: 'At 4x GNI the English government summary says both education and experience are waived; the Korean press says one of them. The stricter reading is used.',
      sourceId: 'kr-top-tier-sedaily',
    },
    {
      text: "Very few visas issued so far (20 by March 2026); the ministry's detailed guidelines (ranking source, eligible firms) were not retrieved.",
      sourceId: 'kr-top-tier-donga-2026',
    },
  ],
});

const D10 = (fees: FeesOf): Program => ({
  id: 'kr-d10',
  country: 'KR',
  name: 'D-10 job-seeker visa (points route, D-10-1)',
  shortName: 'the D-10 visa',
  agency: 'Ministry of Justice, Korea Immigration Service',
  targets:
    'Degree holders seeking professional work in Korea (E-1 to E-7 fields) before they have an offer.',
  gates: [
    FOREIGNERS_ONLY,
    {
      id: 'kr-d10-education',
      label: "Bachelor's degree or higher (a Korean associate degree also counts)",
      condition: {
        any: [
          { kind: 'education', min: 'bachelor' },
          { kind: 'education', min: 'diploma-2yr', countries: ['KR'] },
        ],
      },
      sourceId: 'kr-d10-inha',
    },
    {
      // No Korean calculator exists in the engine, so the pass mark is left to the attorney.
      id: 'kr-d10-points',
      label: 'At least 60 of 190 points, with at least 20 from the basic items (age, education)',
      condition: {
        kind: 'judgement',
        question:
          'Does the client score 60+ of 190 on the D-10 points table with 20+ from basic items (age up to 20, education up to 30; optional: experience, Korean study, Korean language, bonuses)? Score it from the HiKorea table.',
      },
      sourceId: 'kr-d10-inha',
    },
  ],
  fees: stayFees(fees, 'kr-d10'),
  processingMonths: { value: null, unknown: 'No official processing time for the D-10 was found.' },
  toWorkMonths: {
    value: null,
    unknown:
      'The D-10 allows job seeking and short paid internships, not regular work; work starts after a change to E-7 or similar.',
    sourceId: 'kr-d10-moj-2025',
  },
  validity: {
    value: 'Up to 6 months per grant of stay (extendable; the total cap was not confirmed).',
    sourceId: 'kr-d10-moj-2025',
  },
  permanentResidence: null,
  family: {
    spouseWork: {
      value: null,
      unknown: 'Dependants of D-10 holders were not researched from an official source.',
    },
    children: {
      value: null,
      unknown: 'Dependants of D-10 holders were not researched from an official source.',
    },
  },
  language: {
    value: 'Not required; Korean ability scores up to 20 points.',
    sourceId: 'kr-d10-moj-2025',
  },
  employerTie: { value: 'None while job seeking.', sourceId: 'kr-d10-inha' },
  selection: {
    kind: 'none',
    description: 'Granted to applicants who meet the points threshold; no quota or draw.',
  },
  risks: [
    {
      text: 'A stepping stone only: D-10 time does not itself lead to permanent residence; the client must switch to a work status (E-7, F-2-7).',
      sourceId: 'kr-d10-moj-2025',
    },
    {
      text: "Points-exempt tracks (first D-10 after a Korean degree, young top-200 graduates, D-10-T for top-100 master's graduates) are not modelled.",
      sourceId: 'kr-top-tier-korea-net',
    },
    {
      text: 'Immigration-law violations related to work in the last 5 years, or 6+ months on D-10 in the last year, bar the points route.',
      sourceId: 'kr-d10-inha',
    },
  ],
});

/** South Korea's catalogue: Top-Tier visa and D-10 job-seeker visa. */
export function buildKrCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'KR', sources: SOURCES, programs: [TOP_TIER(fees), D10(fees)] };
}
