/**
 * Policy in flux, made explicit. Each assumption has a default, a status line saying why it is
 * uncertain, and its sources; the caller passes its choice and every assessment lists the
 * assumptions it used, so nothing uncertain is silently baked in. Defaults are effective-dated:
 * the assessment date picks the one in force (a proclamation past its term, a rule not yet in
 * force), so the same case assessed on another date gets that date's default.
 */
import { pickInForce, type Dated } from './effective';
import type { AssumptionKey, Source } from './types';

/** One period's default, with the source that sets it. */
export type DatedDefault = Dated & { default: string; sourceId: string };

export type Assumption = {
  key: AssumptionKey;
  label: string;
  /** What the assumption is about, to start a sentence: "The $100,000 payment does not apply: …". */
  subject: string;
  options: readonly { value: string; label: string }[];
  /** Defaults by period, oldest first, not overlapping; see assumptionDefault. */
  defaults: readonly DatedDefault[];
  /** Where things stand, in one or two sentences, with the date of the latest source. */
  status: string;
  sourceIds: readonly string[];
};

export const ASSUMPTION_SOURCES: readonly Source[] = [
  {
    id: 'assume-h1b-100k-uscis-guidance',
    title: 'Nixon Peabody: USCIS clarifies $100K fee for certain H-1B visa petitions (guidance of 2025-10-20)',
    url: 'https://www.nixonpeabody.com/insights/alerts/2025/10/21/uscis-clarifies-100k-fee-for-certain-h-1b-visa-petitions',
    asOf: '2025-10-21',
    confidence: 'confirmed',
  },
  {
    id: 'assume-h1b-100k-proclamation',
    title: 'The White House: Proclamation "Restriction on Entry of Certain Nonimmigrant Workers" (effective 2025-09-21 at 12:01 a.m. EDT; expires 12 months after, absent extension)',
    url: 'https://www.whitehouse.gov/presidential-actions/2025/09/restriction-on-entry-of-certain-nonimmigrant-workers/',
    asOf: '2025-09-19',
    confidence: 'confirmed',
  },
  {
    id: 'assume-h1b-100k-vacatur',
    title: 'Federal judge strikes down the $100,000 H-1B fee (D. Mass., State of California v. Mullin, 2026-06-08)',
    url: 'https://www.lawfirm4immigrants.com/federal-judge-strikes-down-trump-100000-h1b-fee/',
    asOf: '2026-06-08',
    confidence: 'confirmed',
  },
  {
    id: 'assume-h1b-100k-appeal',
    title: 'Higher Ed Dive (repost): Trump administration appeals ruling against $100K H-1B visa fee',
    url: 'https://scanschools.com/post/trump-administration-appeals-ruling-against-100k-h-1b-visa-fee/',
    asOf: '2026-06-11',
    confidence: 'confirmed',
  },
  {
    id: 'assume-h1b-100k-stay',
    title: 'Opinion piece reporting an administrative stay of the vacatur on 2026-06-12 (single source)',
    url: 'https://speedwayscene.com/article/h-1b-100000-fee-lawsuits-boston-ruling-appeal',
    asOf: '2026-06-12',
    confidence: 'unconfirmed',
  },
  {
    id: 'assume-h1b-weighted-final-rule',
    title: 'Federal Register: Weighted selection for H-1B cap registrations (proposed rule, 90 FR 45986)',
    url: 'https://www.govinfo.gov/content/pkg/FR-2025-09-24/html/2025-18473.htm',
    asOf: '2025-09-24',
    confidence: 'confirmed',
  },
  {
    id: 'assume-h1b-weighted-final',
    title: 'EIG Law: DHS finalizes weighted H-1B selection (90 FR 60864, effective 2026-02-27, first used FY2027)',
    url: 'https://eiglaw.com/?p=14089',
    asOf: '2025-12-29',
    confidence: 'confirmed',
  },
  {
    id: 'assume-cn-k-official-activities',
    title: "People's Daily: China's K visa (official list of permitted activities)",
    url: 'http://en.people.cn/n3/2025/0930/c90000-20373217.html',
    asOf: '2025-09-30',
    confidence: 'confirmed',
  },
  {
    id: 'assume-cn-k-reuters-work',
    title: 'Reuters via Mezha: China K visa allows entry, residence and work without a job offer',
    url: 'https://mezha.media/en/news/china-k-visa-as-alternative-to-usa-h-1b-305182/amp',
    asOf: '2025-09-29',
    confidence: 'reported',
  },
];

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    key: 'us-h1b-100k-payment',
    label: 'The $100,000 payment on new H-1B petitions for workers abroad',
    subject: 'The $100,000 payment',
    options: [
      { value: 'applies', label: 'Applies (proclamation enforced)' },
      { value: 'vacated', label: 'Does not apply (vacatur upheld, or lapsed)' },
      { value: 'unclear', label: 'Unclear (past its 12-month term; no extension on record)' },
    ],
    // In force from 2025-09-21 for 12 months unless extended; vacated 2026-06-08; a stay reported
    // from 2026-06-12. No extension was found, so past 2026-09-20 the default is unclear.
    defaults: [
      { from: '2025-09-21', to: '2026-06-07', default: 'applies', sourceId: 'assume-h1b-100k-proclamation' },
      { from: '2026-06-08', to: '2026-06-11', default: 'vacated', sourceId: 'assume-h1b-100k-vacatur' },
      { from: '2026-06-12', to: '2026-09-20', default: 'applies', sourceId: 'assume-h1b-100k-stay' },
      { from: '2026-09-21', default: 'unclear', sourceId: 'assume-h1b-100k-proclamation' },
    ],
    status:
      'The proclamation took effect on 2025-09-21 for 12 months unless extended. A district court vacated the ' +
      'policy on 2026-06-08; the government appealed on 2026-06-11 and a stay reportedly put it back in force on ' +
      '2026-06-12 (single source). No extension past 2026-09-20 and no later ruling were found, so from ' +
      '2026-09-21 the payment is shown as owed only if it was extended or upheld. ' +
      'It falls on new petitions for beneficiaries outside the US, not on a change of status, extension or change of employer inside it.',
    sourceIds: ['assume-h1b-100k-proclamation', 'assume-h1b-100k-uscis-guidance', 'assume-h1b-100k-vacatur', 'assume-h1b-100k-appeal', 'assume-h1b-100k-stay'],
  },
  {
    key: 'us-h1b-weighted-selection',
    label: 'Wage-level-weighted H-1B lottery',
    subject: 'The lottery weighting',
    options: [
      { value: 'weighted', label: 'Weighted by wage level (FY2027 rule)' },
      { value: 'random', label: 'Plain random lottery (as before FY2027)' },
    ],
    // Random before the final rule took effect; weighted from 2026-02-27 (first used for FY2027).
    defaults: [
      { from: '2020-03-01', to: '2026-02-26', default: 'random', sourceId: 'assume-h1b-weighted-final' },
      { from: '2026-02-27', default: 'weighted', sourceId: 'assume-h1b-weighted-final' },
    ],
    status:
      'Final rule published 2025-12-29, effective 2026-02-27, first used for the FY2027 season: level IV ' +
      'registrations get 4 entries, level I one. Litigation or a later rule could change it.',
    sourceIds: ['assume-h1b-weighted-final-rule', 'assume-h1b-weighted-final'],
  },
  {
    key: 'cn-k-work-authorised',
    label: 'Whether a K visa allows salaried work without a Z visa',
    subject: "The K visa's work rights",
    options: [
      { value: 'unclear', label: 'Unclear (official texts silent)' },
      { value: 'yes', label: 'Yes: salaried work allowed' },
      { value: 'no', label: 'No: a work permit and Z visa are still needed' },
    ],
    defaults: [{ from: '2025-10-01', default: 'unclear', sourceId: 'assume-cn-k-official-activities' }],
    status:
      'The official text lists exchanges in education, science and culture, entrepreneurship and business; ' +
      'Reuters reported it allows work without a job offer. No embassy notice settles it.',
    sourceIds: ['assume-cn-k-official-activities', 'assume-cn-k-reuters-work'],
  },
];

/**
 * An assumption's default on `asOf`: the dated default in force then. Before the first period
 * (the policy did not exist yet) the first period's default stands; the rules that depend on
 * the policy carry their own start dates (a fee's `effective`), so nothing is charged early.
 */
export function assumptionDefault(a: Pick<Assumption, 'defaults'>, asOf: string): string {
  const entry = pickInForce(a.defaults, asOf) ?? a.defaults[0];
  if (!entry) throw new Error('An assumption needs at least one default');
  return entry.default;
}

/** The defaults on `asOf`, overridden by the caller's choices; unknown keys and values are rejected by the caller's schema. */
export function resolveAssumptions(overrides: Partial<Record<AssumptionKey, string>>, asOf: string): Record<AssumptionKey, string> {
  return Object.fromEntries(ASSUMPTIONS.map(a => [a.key, overrides[a.key] ?? assumptionDefault(a, asOf)])) as Record<AssumptionKey, string>;
}
