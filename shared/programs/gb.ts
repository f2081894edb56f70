/**
 * United Kingdom: Skilled Worker (sponsored), High Potential Individual (top-university graduates)
 * and Global Talent (endorsed leaders). English rose to B2 for first Skilled Worker and HPI
 * applications on 2026-01-08. The 10-year "earned settlement" plan is a risk, not a rule: no rules
 * were found in force.
 */
import { feesOf, quotingSource, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import { ENGLISH_TAUGHT_DEGREE_COUNTRIES, MAJORITY_ENGLISH_SPEAKING } from './gb-tables';
import type { Condition, CountryCatalogue, Fee, Gate, Program, Source } from './types';

const SOURCES: readonly Source[] = [
  {
    id: 'gb-sw-salary-2025',
    title: 'Burness Paull: Immigration Rules changes from 2025-07-22 (HC 997): RQF 6, general threshold £41,700, new entrants £33,400, going rate',
    url: 'https://www.burnesspaull.com/legal-insights-news-events/insights/immigration-rule-changes-from-22-july-2025',
    asOf: '2025-07-22',
    confidence: 'confirmed',
  },
  {
    id: 'gb-english-b2-2026',
    title: 'Morgan Lewis: B2 English for first Skilled Worker, Scale-up and HPI applications from 2026-01-08; Immigration Skills Charge +32%',
    url: 'https://www.morganlewis.com/pubs/2025/10/uk-announces-significant-increase-to-immigration-skills-charge-and-reforms-to-work-routes',
    asOf: '2025-10-16',
    confidence: 'confirmed',
  },
  {
    id: 'gb-sw-fees-2025',
    title: 'DavidsonMorris: Skilled Worker visa fees 2026 (outside UK £769 / £1,519; inside UK £885 / £1,751; levels of 2025-04-09)',
    url: 'https://www.davidsonmorris.com/tier-2-visa-costs',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'gb-cos-fee-2025',
    title: 'Birketts: Immigration update March 2025 (Certificate of Sponsorship £525 from 2025-04-09)',
    url: 'https://birketts.co.uk/legal-update/immigration-update-march-2025',
    asOf: '2025-03-01',
    confidence: 'reported',
  },
  {
    id: 'gb-isc-2025',
    title: 'Bevan Brittan: Immigration Skills Charge from 2025-12-16 (£1,320 first year + £660 per 6 months large; £480 + £240 small or charitable)',
    url: 'https://www.bevanbrittan.com/insights/articles/2025/increase-to-immigration-skills-charge',
    asOf: '2025-10-21',
    confidence: 'confirmed',
  },
  {
    id: 'gb-ihs-2026',
    title: 'UK Global Talent Visa fee dataset 2026: endorsement £561, visa £205 per applicant and dependant, Immigration Health Surcharge £1,035 per adult per year (£776 child)',
    url: 'https://www.ukglobaltalentvisa.org/data/visa-fees.json',
    asOf: '2026-06-04',
    confidence: 'confirmed',
  },
  {
    id: 'gb-hc-fees-2025',
    title: 'DavidsonMorris: Health and Care Worker visa fees (£304 up to 3 years, £590 longer, inside or outside the UK; dependants pay the same; no Immigration Health Surcharge)',
    url: 'https://www.davidsonmorris.com/health-and-care-visa-fees/',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'gb-hc-fees-2026-claim',
    title: 'Gera Clinic: Health and Care Worker visa £324 / £628 "as of July 2026" (a single source; no matching Skilled Worker rise was found)',
    url: 'https://geraclinic.com/answers/health-and-care-worker-visa-cost',
    asOf: '2026-07-01',
    confidence: 'unconfirmed',
  },
  {
    id: 'gb-hc-eligibility',
    title: 'NHS Employers: Skilled worker health and care visa (a qualified doctor, nurse or health professional, in an eligible health or care job with an approved sponsor; no Immigration Health Surcharge)',
    url: 'https://www.nhsemployers.org/articles/skilled-worker-health-and-care-visa',
    asOf: '2023-05-16',
    confidence: 'confirmed',
  },
  {
    id: 'gb-processing-2026',
    title: 'Rowan: Skilled Worker processing 2026 (3 weeks from outside the UK, 8 weeks inside)',
    url: 'https://withrowan.co.uk/guides/skilled-worker-processing-time',
    asOf: '2026-03-27',
    confidence: 'reported',
  },
  {
    id: 'gb-sw-route',
    title: 'DavidsonMorris: Skilled Worker visa (up to 5 years per grant, ILR after 5 years, partner and children may join and in most cases work)',
    url: 'https://www.davidsonmorris.com/what-is-a-genuine-vacancy-for-tier2-category',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'gb-earned-settlement',
    title: 'UK Sponsors: earned settlement (10-year ILR baseline) explained — no draft rules laid as of 2026-06-07; five-year route still open',
    url: 'https://uksponsors.com/blog/earned-settlement-10-year-ilr-explained',
    asOf: '2026-06-07',
    confidence: 'confirmed',
  },
  {
    id: 'gb-hpi-rules',
    title: "Danielle Cohen Immigration: HPI visa (bachelor's or higher from a Global Universities List institution in the last 5 years; funds £1,270 held 28 days)",
    url: 'https://daniellecohenimmigration.com/work/high-potential-individual-visa/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'gb-hpi-route',
    title: 'DavidsonMorris: HPI guide (2 years, 3 for PhDs; not extendable; switch to another route to stay)',
    url: 'https://www.davidsonmorris.com/high-potential-individual-visa',
    asOf: '2025-06-01',
    confidence: 'confirmed',
  },
  {
    id: 'gb-hpi-fee-2026',
    title: 'Reworkin: HPI visa cost (application fee £880 inside or outside the UK; GOV.UK data as of 2026-03-18)',
    url: 'https://reworkin.com/tools/visa-cost-calculator/high-potential-individual',
    asOf: '2026-03-18',
    confidence: 'reported',
  },
  {
    id: 'gb-hpi-expansion-2025',
    title: 'VisaHQ: UK doubles the HPI university list (about 80 institutions) as reforms take effect; annual cap of 8,000',
    url: 'https://www.visahq.com/daily-news/2025-11-04/gb/uk-doubles-high-potential-individual-visa-university-list-as-reforms-take-effect',
    asOf: '2025-11-04',
    confidence: 'reported',
  },
  {
    id: 'gb-gt-guide',
    title: 'SVOI: Global Talent visa (endorsement 4-8 weeks, visa about 3 weeks, ILR after 3 years for talent / 5 for promise; checked against gov.uk)',
    url: 'https://svoi.uk/en/skilled-worker/global-talent',
    asOf: '2026-05-26',
    confidence: 'confirmed',
  },
  {
    id: 'gb-gt-dependant-fee',
    title: 'Immigram: Global Talent costs (dependants paid the full endorsement plus visa fee, £716 in 2024)',
    url: 'https://www.immigram.io/es/blog/the-cost-and-processing-time-of-a-gtv',
    asOf: '2024-02-08',
    confidence: 'reported',
  },
  {
    id: 'gb-gt-age',
    title: 'Y-Axis: UK Global Talent visa (applicant must be 18 or over; up to 5 years per grant)',
    url: 'https://www.y-axis.com.au/visa/work/uk-global-talent-visa/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'gb-irish-citizens-3za',
    title:
      'Immigration Act 1971 s. 3ZA (inserted by the 2020 Act, s. 2): an Irish citizen does not require leave to enter or remain; British citizens have the right of abode (s. 1)',
    url: 'https://www.legislation.gov.uk/ukpga/2020/20/section/2/enacted',
    asOf: '2020-11-11',
    confidence: 'confirmed',
  },
];

/** Immigration Act 1971 ss. 1 and 3ZA: British and Irish citizens need no leave; indefinite leave to remain has no time limit (https://www.gov.uk/guidance/indefinite-leave-to-remain-in-the-uk). */
const NEEDS_PERMISSION: Gate = foreignNationalGate({
  citizens: ['GB', 'IE'],
  permanentResidents: ['GB'],
  audience: 'people who need permission to live and work in the United Kingdom (British and Irish citizens do not)',
  label: 'Not a British or Irish citizen, nor settled in the UK (indefinite leave to remain)',
  sourceId: 'gb-irish-citizens-3za',
});

/** `£1,519`: pounds as the Home Office writes them. */
const pounds = (v: number) => `£${v.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

/**
 * `<fee>, certificate of up to 3 years (£1,519 if longer)<rest>`: the fee for a longer certificate is
 * the source's figure, not a fact yet, so it is named only beside a version from that source.
 */
const certificateLabel = (fee: string, rest: string, sourceId: string, longer: string) => {
  const said = (ifLonger: string) => `${fee}, certificate of up to 3 years (${ifLonger} if longer)${rest}`;
  return { label: quotingSource(sourceId, said(longer), said('a higher fee')) };
};

/** The 3-year Immigration Skills Charge is the first year plus four half-years at half the yearly rate: worded from the total. */
const skillsChargeLabel = (base: string) => ({ label: (v: number | null) => (v === null ? base : `${base} (${pounds(v / 3)} + 4 × ${pounds(v / 6)})`) });

/** The health surcharge for a grant of `years` years, charged per person and paid upfront. */
function healthSurcharge(fees: FeesOf, id: string, years: number, when?: Condition, notChargedNote?: string): Fee[] {
  const yearly = (value: number | null) => (value === null ? 'unknown' : pounds(value));
  return fees(
    'gb.ihs-yearly',
    { id, label: 'Immigration Health Surcharge', per: 'person', ...(when ? { when } : {}), ...(notChargedNote ? { notChargedNote } : {}) },
    {
      times: years,
      // The child's rate is the source's figure, not a fact yet: quoted only beside the version it came with.
      label: (v, version) =>
        `Immigration Health Surcharge: ${yearly(v)} a year × ${String(years)} years per person (children pay ${version.sourceId === 'gb-ihs-2026' ? '£776 a year' : 'less'}, so families are slightly overstated)`,
    },
  );
}

/**
 * English at B2 in all four skills (first Skilled Worker and HPI applications from 2026-01-08), shown
 * in one of the ways Appendix English Language allows: nationality of a majority English-speaking
 * country; a UK degree; a degree taught in one of those countries (not Canada) or Ireland; a degree
 * taught in English (Ecctis confirms it); or a UK-approved secure English test, skill by skill.
 */
const english = {
  label:
    'English at CEFR B2 in all four skills (first applications from 2026-01-08): by nationality of a majority English-speaking country, a degree taught in English (Ecctis confirms one from abroad), or a UK-approved secure English test such as IELTS for UKVI',
  condition: {
    any: [
      { kind: 'citizenship', anyOf: MAJORITY_ENGLISH_SPEAKING },
      { kind: 'education', min: 'bachelor', countries: ['GB', ...ENGLISH_TAUGHT_DEGREE_COUNTRIES] },
      { kind: 'education', min: 'bachelor', taughtInEnglish: true },
      { kind: 'uk-selt', min: 'B2' },
    ],
  },
  sourceId: 'gb-english-b2-2026',
} as const satisfies Omit<Program['gates'][number], 'id'>;

/** Health and care jobs on a national pay scale use the Health and Care Worker visa (its fee, no surcharge). */
const HEALTH_CARE: Condition = { kind: 'uk-pay-scale', in: ['health-care'] };
const NOT_HEALTH_CARE: Condition = { kind: 'uk-pay-scale', in: ['education', 'none'] };

const SKILLED_WORKER = (fees: FeesOf): Program => ({
  id: 'gb-skilled-worker',
  country: 'GB',
  name: 'Skilled Worker visa',
  shortName: 'the Skilled Worker visa',
  agency: 'Home Office (UK Visas and Immigration); the employer needs a sponsor licence',
  targets: 'Workers with a sponsored degree-level (RQF 6+) job offer from a licensed UK employer.',
  gates: [
    NEEDS_PERMISSION,
    { id: 'gb-sw-job-offer', label: 'Job offer in the UK', condition: { kind: 'job-offer', countries: ['GB'] }, sourceId: 'gb-sw-salary-2025' },
    {
      id: 'gb-sw-sponsor',
      label: 'Licensed sponsor, Certificate of Sponsorship, job at RQF 6+ (or on the Immigration Salary / Temporary Shortage List)',
      condition: {
        kind: 'judgement',
        question: 'Is the employer a licensed sponsor assigning a Certificate of Sponsorship for a genuine vacancy at RQF 6 or above (or on the ISL/TSL)?',
      },
      sourceId: 'gb-sw-salary-2025',
    },
    {
      id: 'gb-sw-salary',
      label:
        'Salary at least £41,700 (general threshold), or at least £33,400 with a discount (new entrant, relevant PhD, ISL role); a health or education job on a national pay scale needs at least £25,000 and the pay-scale rate instead',
      condition: {
        any: [
          { all: [{ kind: 'uk-pay-scale', in: ['none'] }, { kind: 'salary', min: { amount: 41700, currency: 'GBP' } }] },
          {
            all: [
              { kind: 'uk-pay-scale', in: ['none'] },
              { kind: 'salary', min: { amount: 33400, currency: 'GBP' } },
              {
                kind: 'judgement',
                question: 'Does a reduced threshold apply: new entrant (e.g. under 26 or recent UK graduate), a relevant PhD (£37,500), a STEM PhD, or an Immigration Salary List role?',
              },
            ],
          },
          {
            // National pay scale jobs (e.g. nurses, SOC 2231): their own floor and the pay-scale rate, not £41,700.
            all: [
              { kind: 'uk-pay-scale', in: ['health-care', 'education'] },
              { kind: 'salary', min: { amount: 25000, currency: 'GBP' } },
              { kind: 'judgement', question: "Is the salary at least the national pay scale rate for the role's band (e.g. NHS Agenda for Change), pro-rated for the hours?" },
            ],
          },
        ],
      },
      sourceId: 'gb-pay-scale-2025',
    },
    {
      id: 'gb-sw-going-rate',
      label: "Salary also meets the occupation's going rate (whichever is higher)",
      condition: { kind: 'judgement', question: "Does the salary meet the going rate for the job's SOC 2020 code (pro-rated, or the discounted rate where a discount applies)?" },
      sourceId: 'gb-sw-salary-2025',
    },
    { id: 'gb-sw-english', ...english },
    {
      id: 'gb-sw-registration',
      label: 'Health and care jobs: registered with the professional body the job requires (e.g. the NMC for nurses)',
      condition: { any: [NOT_HEALTH_CARE, { kind: 'offer-flag', flag: 'professionalRegistration' }] },
      sourceId: 'gb-hc-eligibility',
    },
  ],
  fees: [
    ...fees('gb-skilled-worker.sw-visa-outside', {
      id: 'gb-sw-visa-outside',
      label: 'Visa fee from outside the UK, certificate of up to 3 years; each dependant pays the same',
      per: 'person',
      when: { all: [{ kind: 'outside', country: 'GB' }, NOT_HEALTH_CARE] },
    }, certificateLabel('Visa fee from outside the UK', '; each dependant pays the same', 'gb-sw-fees-2025', '£1,519')),
    ...fees('gb-skilled-worker.sw-visa-inside', {
      id: 'gb-sw-visa-inside',
      label: 'Visa fee from inside the UK, certificate of up to 3 years; each dependant pays the same',
      per: 'person',
      when: { all: [{ kind: 'present-in', countries: ['GB'] }, NOT_HEALTH_CARE] },
    }, certificateLabel('Visa fee from inside the UK', '; each dependant pays the same', 'gb-sw-fees-2025', '£1,751')),
    ...fees('gb-skilled-worker.sw-hc-visa', {
      id: 'gb-sw-hc-visa',
      label: 'Health and Care Worker visa fee, certificate of up to 3 years, inside or outside the UK; each dependant pays the same',
      per: 'person',
      when: HEALTH_CARE,
    }, certificateLabel('Health and Care Worker visa fee', ', inside or outside the UK; each dependant pays the same', 'gb-hc-fees-2025', '£590')),
    ...healthSurcharge(
      fees,
      'gb-sw-ihs',
      3,
      NOT_HEALTH_CARE,
      'No Immigration Health Surcharge: Health and Care Worker visa holders and their dependants are exempt.',
    ),
    ...fees('gb-skilled-worker.sw-cos', {
      id: 'gb-sw-cos',
      label: 'Certificate of Sponsorship',
      per: 'application',
    }),
    ...fees('gb-skilled-worker.sw-isc-large', {
      id: 'gb-sw-isc-large',
      label: 'Immigration Skills Charge, 3 years, medium or large sponsor',
      per: 'application',
      when: { kind: 'employer-size', in: ['large'] },
    }, skillsChargeLabel('Immigration Skills Charge, 3 years, medium or large sponsor')),
    ...fees('gb-skilled-worker.sw-isc-small', {
      id: 'gb-sw-isc-small',
      label: 'Immigration Skills Charge, 3 years, small or charitable sponsor',
      per: 'application',
      when: { kind: 'employer-size', in: ['small', 'nonprofit'] },
    }, skillsChargeLabel('Immigration Skills Charge, 3 years, small or charitable sponsor')),
  ],
  processingMonths: { value: [1, 2], sourceId: 'gb-processing-2026', note: 'Service standards: 3 weeks from outside the UK, 8 weeks from inside, after biometrics.' },
  toWorkMonths: {
    value: [1, 2],
    sourceId: 'gb-processing-2026',
    note: 'From filing with a Certificate of Sponsorship in hand; a sponsor licence, if the employer lacks one, adds 8 weeks or more.',
  },
  validity: { value: 'Up to 5 years per grant (modelled as a 3-year certificate); extendable.', sourceId: 'gb-sw-route' },
  permanentResidence: {
    path: 'Indefinite leave to remain after 5 years (the 10-year earned-settlement plan was not in force in the sources found).',
    months: { value: [60, 60], sourceId: 'gb-sw-route', note: 'Five years under the rules in force as of the latest source (June 2026).' },
  },
  family: {
    spouseWork: { value: 'Partner may join as a dependant and work.', sourceId: 'gb-sw-route' },
    children: { value: 'Dependent children may join.', sourceId: 'gb-sw-route' },
  },
  language: { value: 'English B2 for first applications from 2026-01-08 (B1 for extensions and ILR of people already on the route).', sourceId: 'gb-english-b2-2026' },
  employerTie: { value: 'Tied to the sponsor and the role on the Certificate of Sponsorship; a new job needs a new certificate.', sourceId: 'gb-sw-route' },
  selection: { kind: 'none', description: 'No cap; numbers are managed through skill and salary thresholds.' },
  risks: [
    {
      text: 'The government plans a 10-year "earned settlement" ILR baseline (shorter for high earners); no rules were laid as of June 2026 and later status was not found.',
      sourceId: 'gb-earned-settlement',
    },
    { text: 'Salary thresholds and going rates change with each Statement of Changes; sponsors may not pass on the Immigration Skills Charge.', sourceId: 'gb-isc-2025' },
    {
      text: 'One 2026 page quotes Health and Care Worker fees of £324 / £628; the 2025 levels (£304 / £590) are used here because no matching rise of the other fees was found.',
      sourceId: 'gb-hc-fees-2026-claim',
    },
  ],
});

/** The HPI's qualifying degree: bachelor's or higher, awarded in the last 5 years, top-ranked institution. */
const HPI_DEGREE: Condition = { kind: 'education', min: 'bachelor', topRanked: true, withinYears: 5 };
const HPI_PHD: Condition = { kind: 'education', min: 'doctorate', topRanked: true, withinYears: 5 };

const HIGH_POTENTIAL = (fees: FeesOf): Program => ({
  id: 'gb-hpi',
  country: 'GB',
  name: 'High Potential Individual visa',
  shortName: 'the High Potential Individual visa',
  agency: 'Home Office (UK Visas and Immigration)',
  targets: 'Recent graduates of top global universities, with no job offer needed.',
  gates: [
    NEEDS_PERMISSION,
    {
      id: 'gb-hpi-degree',
      label:
        "Bachelor's or higher awarded in the last 5 years by a top-ranked institution (a stand-in: the Global Universities List needs a top-100 place in 2 of 3 rankings)",
      condition: HPI_DEGREE,
      sourceId: 'gb-hpi-rules',
    },
    {
      id: 'gb-hpi-list',
      label: 'Institution on the Global Universities List for the year of award, degree confirmed by Ecctis',
      condition: {
        kind: 'judgement',
        question:
          "Was the awarding institution on the Global Universities List for the degree's year of award, and does Ecctis confirm the degree at UK bachelor's level or above?",
      },
      sourceId: 'gb-hpi-rules',
    },
    { id: 'gb-hpi-english', ...english },
    {
      id: 'gb-hpi-funds',
      label: 'Funds of £1,270 held for 28 days (for the applicant; not needed after 12 months in the UK)',
      condition: { kind: 'funds', min: { amount: 1270, currency: 'GBP' } },
      sourceId: 'gb-hpi-rules',
    },
  ],
  fees: [
    ...fees('gb-hpi.hpi-visa', {
      id: 'gb-hpi-visa',
      label: 'Visa application fee (inside or outside the UK; each dependant pays the same)',
      per: 'person',
    }),
    // The grant, and so the surcharge, is 3 years for a PhD and 2 for any other degree (HPI rules).
    ...healthSurcharge(fees, 'gb-hpi-ihs', 2, { all: [HPI_DEGREE, { not: HPI_PHD }] }),
    ...healthSurcharge(fees, 'gb-hpi-ihs-phd', 3, HPI_PHD),
    ...fees('gb-hpi.hpi-ecctis', {
      id: 'gb-hpi-ecctis',
      label: 'Ecctis qualification check',
      per: 'application',
    }),
  ],
  processingMonths: { value: [1, 2], sourceId: 'gb-hpi-fee-2026', note: 'About 3 weeks from outside the UK, 8 weeks inside.' },
  toWorkMonths: { value: [1, 2], sourceId: 'gb-hpi-fee-2026', note: 'Any work is allowed once the visa is granted.' },
  validity: { value: '2 years (3 for a PhD); cannot be extended.', sourceId: 'gb-hpi-route' },
  permanentResidence: null,
  family: {
    spouseWork: { value: null, unknown: 'Partner and children may apply as dependants; dependant work rights were not confirmed in the sources read.' },
    children: { value: 'Dependent children may join.', sourceId: 'gb-hpi-route' },
  },
  language: { value: 'English B2 from 2026-01-08 (was B1).', sourceId: 'gb-english-b2-2026' },
  employerTie: { value: 'None: any employment or self-employment; switch (e.g. to Skilled Worker) to stay longer.', sourceId: 'gb-hpi-route' },
  selection: {
    kind: 'quota',
    description: 'An annual cap of 8,000 came with the November 2025 expansion of the university list to about 80 institutions.',
    sourceId: 'gb-hpi-expansion-2025',
  },
  risks: [
    { text: 'Leads to no settlement by itself; the holder must switch route within 2 (or 3) years.', sourceId: 'gb-hpi-route' },
    { text: 'The 8,000 annual cap may be reached; how places are allocated was not confirmed.', sourceId: 'gb-hpi-expansion-2025' },
  ],
});

const GLOBAL_TALENT = (fees: FeesOf): Program => ({
  id: 'gb-global-talent',
  country: 'GB',
  name: 'Global Talent visa',
  shortName: 'the Global Talent visa',
  agency: 'Home Office, with endorsement by Tech Nation, the Royal Society, RAEng, British Academy, UKRI or Arts Council England',
  targets: 'Leaders (exceptional talent) and emerging leaders (exceptional promise) in digital technology, research, the arts.',
  gates: [
    NEEDS_PERMISSION,
    { id: 'gb-gt-age', label: 'Aged 18 or over', condition: { kind: 'age', min: 18 }, sourceId: 'gb-gt-age' },
    {
      id: 'gb-gt-endorsement',
      label: 'Endorsement by an endorsing body (or an eligible prestigious prize)',
      condition: {
        kind: 'judgement',
        question: 'Will an endorsing body endorse the client as an exceptional talent or exceptional promise in their field, or do they hold an eligible prestigious prize?',
      },
      sourceId: 'gb-gt-guide',
    },
  ],
  fees: [
    ...fees('gb-global-talent.gt-endorsement-fee', {
      id: 'gb-gt-endorsement-fee',
      label: 'Endorsement fee (stage 1; dependants have also been charged it, per older guidance)',
      per: 'person',
    }),
    ...fees('gb-global-talent.gt-visa-fee', {
      id: 'gb-gt-visa-fee',
      label: 'Visa fee (stage 2), per applicant and each dependant',
      per: 'person',
    }),
    ...healthSurcharge(fees, 'gb-gt-ihs', 3),
  ],
  processingMonths: { value: [2, 3], sourceId: 'gb-gt-guide', note: 'Derived: endorsement 4-8 weeks, then about 3 weeks for the visa from outside the UK.' },
  toWorkMonths: { value: [2, 3], sourceId: 'gb-gt-guide', note: 'Endorsement plus visa decision; modelled as a 3-year grant (1-5 years may be chosen).' },
  validity: { value: 'Up to 5 years per grant; extendable.', sourceId: 'gb-gt-age' },
  permanentResidence: {
    path: 'Indefinite leave to remain after 3 years (exceptional talent, and all academic-body endorsements) or 5 years (exceptional promise).',
    months: { value: [36, 60], sourceId: 'gb-gt-guide' },
  },
  family: {
    spouseWork: { value: null, unknown: 'Partner and children may join as dependants; dependant work rights were not confirmed in the sources read.' },
    children: { value: 'Dependent children may join.', sourceId: 'gb-gt-guide' },
  },
  language: { value: 'No English requirement for the visa.', sourceId: 'gb-gt-guide' },
  employerTie: { value: 'None: no job offer or sponsor; any work or self-employment.', sourceId: 'gb-gt-guide' },
  selection: { kind: 'discretionary', description: 'Each endorsing body judges the evidence against its criteria; no cap.', sourceId: 'gb-gt-guide' },
  risks: [
    { text: 'The endorsement fee is not refunded on refusal.', sourceId: 'gb-gt-guide' },
    { text: 'Whether dependants pay the endorsement fee is unclear: a 2026 fee table lists only the £205 visa fee for them.', sourceId: 'gb-gt-dependant-fee' },
  ],
});

/** The United Kingdom's programmes and sources. */
export function buildGbCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'GB', sources: SOURCES, programs: [GLOBAL_TALENT(fees), HIGH_POTENTIAL(fees), SKILLED_WORKER(fees)] };
}
