/**
 * United States: H-1B, O-1A, L-1, EB-2 NIW and EB-1A. Fees are the USCIS schedule in force since
 * 2024-04-01 (still current per the November 2025 G-1055) plus the statutory H-1B/L fees, the
 * 2026-03-01 premium-processing rate and the $100,000 proclamation payment, which is an explicit
 * assumption while the litigation runs. Green-card waits for India and China are derived from the
 * 2023 and 2026 Visa Bulletins; every derivation is spelled out in the fact's note. Fee amounts and
 * their dates live in the facts data set (shared/facts/data/facts.json); this file keeps the rules.
 */
import { feesOf, quotingSource, type FeesOf } from '../facts/fees';
import type { FactDataSet } from '../facts/schema';
import { foreignNationalGate } from './exclusions';
import type { Condition, CountryCatalogue, Fact, Fee, Gate, MonthRange, Program, Source } from './types';

const src = (id: string, title: string, url: string, asOf: string, confidence: Source['confidence']): Source => ({
  id, title, url, asOf, confidence,
});

const SOURCES: readonly Source[] = [
  src('us-fee-rule-2024', 'McCown & Evans: USCIS fee rule from 2024-04-01 (I-129 H-1B $780/$460, L $1,385/$695, O $1,055/$530; I-140 $715; H-1B registration $215)', 'https://mccownevans.com/2024/01/uscis-issued-final-rule-adjust-fees-beginning-april-1-2024/', '2024-01-30', 'confirmed'),
  src('us-fee-rule-totals', 'Mondaq: 2024 USCIS fees with the statutory H-1B/L fees (fraud $500, ACWIA $1,500/$750; large-employer H-1B total $3,380, L-1 $2,485)', 'https://www.mondaq.com:443/unitedstates/work-visas/1453504/adjustments-to-us-citizenship-and-immigration-services-filing-fees-and-2024-h1b-work-visa-lottery-registration-update', '2026-11-29', 'confirmed'),
  src('us-fees-i485', 'Envoy: 2024 fee rule (I-485 $1,440; concurrent I-765 $260; I-131 $630)', 'https://resources.envoyglobal.com/u-s-news-alerts/uscis-publishes-final-rule-impacting-fees-form-editions-and-premium-processing-period', '2024-08-01', 'confirmed'),
  src('us-asylum-fee', 'Caseblink: Asylum Program Fee $600 on I-129/I-140, $300 for 25 or fewer FTE, $0 for nonprofits; self-petitioners (EB-1, NIW) pay it', 'https://caseblink.com/blog/top-5-things-to-know-about-the-asylum-program-fee?hsLang=en', '2026-11-29', 'confirmed'),
  src('us-higher-ed-fees', 'CUPA-HR: I-129/I-140 instructions (2024-03-01) give institutions of higher education the reduced fee and the Asylum Program Fee exemption', 'https://blog.college-counseling.com/category/immigration-and-naturalization-fees', '2024-03-06', 'reported'),
  src('us-acwia-exemptions', 'Form I-129 instructions (copy): ACWIA fee exemptions (higher education, affiliated nonprofits, nonprofit or governmental research organisations)', 'https://www.formsbank.com/template/294853/instructions-for-petition-for-nonimmigrant-worker-form-i-129.html?page=11', '2026-11-29', 'reported'),
  src('us-pl114-113', 'Fragomen: 9-11 Response fee (PL 114-113) $4,000 H-1B / $4,500 L-1 for employers with 50+ US staff, over half in H-1B/L status', 'https://www.fragomen.com/insights/united-states-dhs-proposes-expansion-of-9-11-response-fee.html', '2024-06-05', 'confirmed'),
  src('us-pl114-113-sunset', 'Fragomen (via Forum for Expatriate Management): the H-1B/L border security fee is extended through 2027-09-30', 'https://www.forum-expat-management.com/posts/30102-united-states-after-brief-shutdown-president-trump-signs-spending-bill', '2018-02-09', 'reported'),
  src('us-premium-2026', 'Federal Register 91 FR 1059: premium processing fees adjusted from 2026-03-01 (I-129/I-140: $2,805 to $2,965, per summaries)', 'https://www.govinfo.gov/content/pkg/FR-2026-01-12/html/2026-00321.htm', '2026-01-12', 'confirmed'),
  src('us-h1b-eligibility', 'Ruderware: H-1B needs a specialty occupation requiring a bachelor\'s or equivalent; employer sponsorship, no self-petition', 'https://ruderware.com/legal_updates/uscis-unveils-key-dates-and-fee-increase-for-fy-2026-h-1b-cap-registration', '2025-02-14', 'confirmed'),
  src('us-h1b-fy2027-dates', 'Mintz: FY2027 H-1B registration 2026-03-04 to 03-19, selections by 03-31, petitions from 04-01 for an 1 October start', 'https://www.mintz.com/insights-center/viewpoints/2806/2026-02-02-uscis-announces-h-1b-cap-registration-period-march-2026', '2026-02-02', 'confirmed'),
  src('us-h1b-weighted-rule', 'Federal Register 90 FR 60864: weighted selection final rule, effective 2026-02-27, for the FY2027 season', 'https://www.govinfo.gov/content/pkg/FR-2025-12-29/html/2025-23853.htm', '2025-12-29', 'confirmed'),
  src('us-h1b-weighted-odds', 'GCEB1: DHS-modelled selection odds under weighting (I 15.29%, II 30.58%, III 45.87%, IV 61.16% vs 29.59% random), from the proposed rule', 'https://gceb1.com/a-clear-breakdown-of-the-proposed-wage-based-h-1b-visa-lottery-rule', '2026-11-29', 'reported'),
  src('us-h1b-masters-cap', 'McCown & Evans: weighted lottery keeps the master\'s cap; US advanced-degree holders are drawn twice', 'https://mccownevans.com/?p=1714', '2026-11-29', 'reported'),
  src('us-h1b-fy2026-selection', 'Fragomen: FY2026 cap reached; 118,660 of 336,153 unique beneficiaries selected (about 35.3%), no second round', 'http://fragomen.com/insights/united-states-h-1b-cap-is-reached-for-fy-2026.html', '2025-07-18', 'confirmed'),
  src('us-h1b-fy2027-registrations', 'Opentro (citing USCIS on X): FY2027 about 211,600 registrations (-38.5%); 71.5% of selectees hold a US master\'s or higher; 17.7% level I', 'https://opentro.com/uscis-reports-38-percent-drop-in-h1b-visa-applications/', '2026-05-21', 'reported'),
  src('us-h1b-100k-stay', 'AWB (citing Reuters): the D. Mass. ruling against the $100,000 fee is stayed pending the government\'s appeal', 'https://news.awbtravelsandtours.com/us-judge-rules-against-100000-h-1b-visa-fee-appeal-keeps-uncertainty-alive/', '2026-07-01', 'reported'),
  src('us-h1b-100k-cap-exempt', 'OpenSphere: claims cap-exempt petitions are not subject to the $100,000 payment (conflicts with USCIS guidance keyed to location)', 'https://opensphere.ai/immigration-resources/h-1b-cap-exempt-employers-universities-nonprofits-2026', '2026-11-29', 'unconfirmed'),
  src('us-h1b-100k-uscis', 'USCIS, H-1B Specialty Occupations (guidance of 2025-10-20 on the proclamation): the $100,000 is owed on new petitions for beneficiaries outside the US without a valid H-1B visa, or asking for consular notification; not on a change of status, amendment or extension of stay inside the US, a change of employer included', 'https://www.uscis.gov/working-in-the-united-states/h-1b-specialty-occupations', '2025-10-20', 'confirmed'),
  src('us-ina-214g7', 'INA 214(g)(7), 8 U.S.C. 1184(g)(7): an alien counted against the cap within the 6 years before a petition\'s approval is not counted again, unless eligible for a full new 6 years', 'https://www.law.cornell.edu/uscode/text/8/1184', '2026-11-29', 'confirmed'),
  src('us-ina-214g5', 'INA 214(g)(5), 8 U.S.C. 1184(g)(5): employment at an institution of higher education, a related or affiliated nonprofit, or a nonprofit or governmental research organization is not counted against the cap', 'https://www.law.cornell.edu/uscode/text/8/1184', '2026-11-29', 'confirmed'),
  src('us-uscis-cap-exempt-petitions', 'USCIS cap announcement (quoted): petitions for current H-1B workers counted before who keep their cap number are exempt, including extensions, changes of terms, changes of employer and concurrent employment', 'https://numbersusa.org/node/985293', '2026-11-29', 'reported'),
  src('us-h1b-fees-by-petition', 'I-129 H-1B fee supplement, summarised: the fraud fee and the Public Law fee go with initial H-1B status or a change of employer; ACWIA is not owed on a second extension with the same employer', 'https://www.immigrate2usa.com/blog/2016/march/fy2017-h-1b-filing-tip-of-the-day-check-your-che/', '2016-03-01', 'reported'),
  src('us-h1b-processing', 'LegalClarity: H-1B regular processing typically 3-5 months, 2-8 months by service centre', 'https://legalclarity.org/h1b-regular-processing-time-current-estimates/', '2026-11-29', 'reported'),
  src('us-h1b-validity', 'The Hindu: H-1B granted for up to 3 years, extendable to 6', 'https://www.thehindu.com/news/international/in-2016-2017-indians-accounted-for-more-than-74-of-h-1b-visas-uscis-report/article23809309.ece', '2026-11-28', 'reported'),
  src('us-h4-ead', 'Temple ISSS: H-4 spouse EAD when the H-1B holder has an approved I-140 or an AC21 extension beyond six years', 'https://isss.temple.edu/faculty-staff-and-researchers/international-employees/h-1b-applicants/work-authorization-regulation-certain-h-4-dependents', '2026-11-29', 'confirmed'),
  src('us-h4-children', 'Fragomen (repost): H-4 children are not eligible for work authorisation', 'https://andersonbarett.com/article/fragomen-a-world-of-difference-in-immigration-immigration-attorneys-solicitors-and-consultants-worldwide/201', '2026-11-29', 'reported'),
  src('us-dol-wage-rule', 'Fragomen: DOL proposes raising H-1B/PERM wage levels to the 34th/52nd/70th/88th percentiles (proposed 2026-03-27; final rule not found)', 'https://www.fragomen.com/insights/united-states-dol-proposes-rule-to-increase-perm-and-h-1b-wage-minimums.html', '2026-03-26', 'reported'),
  src('us-o1-criteria', 'Immigration Services Consulting: O-1A needs a major award or 3 of 8 criteria; US employer or agent petitions; up to 3 years, then 1-year extensions', 'https://immigrationsvcsconsulting.com/immigration/corporate-immigration/temporary-work-visas/o-1-visas-for-extraordinary-ability-in-the-arts-science-business-education-or-athletics/index.htm', '2026-11-29', 'confirmed'),
  src('us-o1-acclaim', 'USCIS Policy Manual vol. 2 part M ch. 4: O-1 needs sustained national or international acclaim', 'https://uscis.gov/node/89869', '2026-11-29', 'confirmed'),
  src('us-o1-processing', 'Manifest Law: O-1 I-129 standard processing up to about 12.5 months (May 2026), premium 15 business days, consular 2-4 weeks', 'https://manifestlaw.com/blog/build-o1-visa-application-from-scratch/', '2026-11-29', 'reported'),
  src('us-o3-family', 'USCIS Policy Manual (copy) vol. 2 part M ch. 6: O-3 spouse and children may not accept employment', 'https://usciss.us/policy-manual/volume-2-part-m-chapter-6.html', '2026-11-29', 'confirmed'),
  src('us-l1-rules', 'Hudd Law Group: L-1 needs 1 year abroad in the last 3 with a related company; L-1A 3 years initially up to 7, L-1B up to 5', 'https://huddlawgroup.com/practices/employment-based-immigration/temporary-visas/l-1', '2026-11-29', 'confirmed'),
  src('us-l2-family', 'US Immigration Consultants: L-2 spouse and children under 21; L-2 spouses may work; new-office L-1 starts at 1 year', 'https://usimmigrationconsultants.net/l1-visa-duration-us', '2026-11-29', 'reported'),
  src('us-eb1a-criteria', 'Visalaw: EB-1A by a major international award or 3 of 10 regulatory criteria', 'https://visalaw.com/our-practice-areas/business/eb1-extraordinary-ability', '2026-11-29', 'confirmed'),
  src('us-eb1a-final-merits', 'USA Immigration Law: Kazarian two-step review, final merits (top of the field, sustained acclaim)', 'https://usa-immigration-law.com/eb1a-requirements', '2026-11-29', 'reported'),
  src('us-eb1a-self-petition', 'Visatopia: EB-1A self-petition, no employer, job offer or PERM', 'https://www.visatopia.com/services/eb1a/eb1a-comprehensive-overview/', '2026-11-29', 'confirmed'),
  src('us-niw-dhanasar', 'Jun Law Firm: Matter of Dhanasar three prongs; EB-2 basis (advanced degree or exceptional ability) first', 'https://www.junlawfirm.com/niw-matter-of-dhanasar-aao-2016-new-framwork-for-niw/', '2026-11-29', 'confirmed'),
  src('us-niw-basis', 'Fogle Law: NIW threshold is an advanced degree or exceptional ability; self-petition without a job offer', 'https://foglelaw.com/how-to-meet-uscis-standards-for-niw-petitions-a-guide-to-matter-of-dhanasar/', '2026-11-29', 'reported'),
  src('us-niw-premium', 'Pathaura: NIW I-140 regular processing about 14-18 months; premium answer within 45 business days', 'https://www.pathaura.com/resources/how-to-decide-between-regular-and-premium-processing-for-a-national-interest-waiver', '2026-11-29', 'reported'),
  src('us-i140-times', 'US Visa Stack (from USCIS data): I-140 EB-1A 8-16 months and NIW 26-38 months (July 2026); 3-7 months in March 2026', 'https://usvisastack.ai/processing-times/i-140', '2026-11-29', 'unconfirmed'),
  src('us-i485-times', 'Work Visa Guide: I-485 times May 2026 (EB-1 8-12, EB-2 10-14, EB-3 10-16 months; EAD 3-6 months after filing)', 'https://workvisa.guide/vi/blog/i-485-processing-time-2026', '2026-11-29', 'unconfirmed'),
  src('us-perm-timeline', 'LegalClarity: PERM about two years start to finish (DOL review averaged 503 days in February 2026)', 'https://legalclarity.org/perm-certification-processing-time-current-timelines/', '2026-11-29', 'reported'),
  src('us-derivatives', 'University of Michigan: spouse and children get derivative green cards and may file for an EAD with the I-485', 'https://internationalcenter.umich.edu/fsis/foreign-national/pr/dependent-family-members', '2026-11-29', 'confirmed'),
  src('us-derivatives-children', 'DAL Global Partners: INA 203(d) derivatives (spouse, unmarried children under 21), CSPA, consular processing abroad', 'https://dalglobalpartners.com/en-us/blog/who-can-benefit-from-an-eb-2-niw-petition-besides-the-main-applicant', '2026-11-29', 'reported'),
  src('us-vb-2023-11', 'Hunton: November 2023 Visa Bulletin final action dates (India EB-1 2017-01-01, EB-2 2012-01-01, EB-3 2012-05-01; China EB-1 2022-02-15, EB-2 2019-10-01, EB-3 2020-01-01)', 'https://www.huntonimmigrationlawblog.com/2023/10/articles/business-immigration/november-2023-visa-bulletin-red-light-for-all-categories-except-eb-2-all-other-countries/', '2026-11-29', 'confirmed'),
  src('us-vb-2026-06', 'Chugh: June 2026 Visa Bulletin (EB-2 India 2013-09-01, China 2021-09-01; EB-3 India 2013-12-15, China 2021-08-01)', 'https://www.chugh.com/news/june-2026-visa-bulletin', '2026-05-19', 'confirmed'),
  src('us-vb-2026-07', 'Thomas V. Allen: July 2026 Visa Bulletin (EB-2 India unavailable to 2026-09-30; EB-1 India 2022-10-15, China 2023-06-01; EB-3 rest of world 2024-08-01)', 'https://thomasvallen.com/july-2026-visa-bulletin-whats-moving-whats-stuck-and-what-to-tell-your-employment-based-clients/', '2026-11-29', 'confirmed'),
  src('us-cato-backlog', 'Immihelp on Cato Institute: about 1.1 million Indian employment-based cases backlogged; waits up to 134 years for new applicants', 'https://immihelp.com/report-finds-some-green-card-applicants-face-130-year-wait', '2026-11-29', 'reported'),
  {
    id: 'us-ina-101-aliens',
    title:
      'INA § 101(a)(3), (a)(15) and (a)(20), 8 U.S.C. 1101: visa and petition classes are for aliens, persons who are not US citizens or nationals; a lawful permanent resident already holds permanent residence',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1101&num=0&edition=prelim',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
];

/** INA § 101(a)(3) and (a)(15): nonimmigrant classes are for aliens; a green-card holder already may live and work in the US (§ 101(a)(20)). */
const NONIMMIGRANT_FOR: Gate = foreignNationalGate({
  citizens: ['US'],
  permanentResidents: ['US'],
  audience: 'foreign nationals',
  label: 'Not a US citizen or permanent resident (green-card holder)',
  sourceId: 'us-ina-101-aliens',
});

/** INA § 101(a)(3) and (a)(20): an immigrant petition is for an alien seeking permanent residence, which a green-card holder already has. */
const IMMIGRANT_FOR: Gate = foreignNationalGate({
  citizens: ['US'],
  permanentResidents: ['US'],
  audience: 'foreign nationals seeking US permanent residence',
  label: 'Not a US citizen or permanent resident (green-card holder)',
  sourceId: 'us-ina-101-aliens',
});

const size = (...kinds: ('small' | 'large' | 'nonprofit' | 'cap-exempt')[]): Condition => ({ kind: 'employer-size', in: kinds });
const IN_US: Condition = { kind: 'present-in', countries: ['US'] };
const OUTSIDE_US: Condition = { kind: 'outside', country: 'US' };
/** Cap-subject H-1B employment: not at a cap-exempt employer (INA 214(g)(5)), not counted in the last six years (INA 214(g)(7)). */
const CAP_SUBJECT: Condition = { kind: 'h1b-cap-subject', exemptEmployers: ['cap-exempt'], countedWithinYears: 6 };
const US_OFFER: Condition = { kind: 'job-offer', countries: ['US'] };
/** The case file's evidence criteria; EB-1A's two arts criteria (exhibitions, box office) have no case-file field. */
const EIGHT_CRITERIA = ['awards', 'membership', 'mediaCoverage', 'judging', 'originalContribution', 'publications', 'criticalRole', 'highSalary'] as const;
const NO_LANGUAGE = (sourceId: string): Fact<string> => ({ value: 'None: no language test is among the petition criteria', sourceId });

/** Reduced I-129 fee: small employers, nonprofits and (per the 2024 instructions) higher-education/research employers. */
const REDUCED = size('small', 'nonprofit', 'cap-exempt');
/** The Asylum Program Fee is $0 for nonprofits and higher-education employers, so only these two pay. */
const asylumFees = (fees: FeesOf, prefix: string, programId: string): Fee[] => [
  ...fees(`${programId}.asylum-fee-large`, { id: `${prefix}-asylum-large`, label: 'Asylum Program Fee (more than 25 FTE)', per: 'application', when: size('large') }),
  ...fees(`${programId}.asylum-fee-small`, { id: `${prefix}-asylum-small`, label: 'Asylum Program Fee (25 or fewer FTE)', per: 'application', when: size('small') }),
];
const premium = (fees: FeesOf, prefix: string, programId: string): Fee[] =>
  fees(`${programId}.premium-processing-fee`, { id: `${prefix}-premium`, label: 'Premium processing (I-907), optional', per: 'application', optional: true });

/** The child's rate is the 2024 fee rule's; a figure from elsewhere does not vouch for it. */
const I485_LABEL = quotingSource(
  'us-fees-i485',
  'I-485 adjustment of status, each person ($950 for a child under 14 filing with a parent)',
  'I-485 adjustment of status, each person (a child under 14 filing with a parent may pay less)',
);

/** Self-petitioned green-card fees (EB-1A, NIW): the self-petitioner pays the full Asylum Program Fee. */
const greenCardFees = (fees: FeesOf, prefix: string, programId: string): Fee[] => [
  ...fees(`${programId}.i140-fee`, { id: `${prefix}-i140`, label: 'I-140 immigrant petition', per: 'application' }),
  ...fees(`${programId}.asylum-fee`, { id: `${prefix}-asylum`, label: 'Asylum Program Fee (self-petitioner)', per: 'application' }),
  ...premium(fees, prefix, programId),
  ...fees(`${programId}.i485-fee`, { id: `${prefix}-i485`, label: 'I-485 adjustment of status, each person', per: 'person', when: IN_US }, { label: I485_LABEL }),
  ...fees(`${programId}.i765-fee`, { id: `${prefix}-i765`, label: 'I-765 work permit filed with the I-485, optional', per: 'person', when: IN_US, optional: true }),
  ...fees(`${programId}.consular-fees`, { id: `${prefix}-consular`, label: 'Immigrant-visa fees abroad (DS-260 and USCIS Immigrant Fee), each person', per: 'person', when: OUTSIDE_US }),
];

/*
 * Green-card waits. Final-action lag = bulletin month minus cutoff date; "pace" = how far the
 * cutoff advanced from November 2023 to mid-2026 per calendar month. Range = [lag, lag / pace]
 * plus the steps around it. A floor and a trend, not a forecast: demand behind the cutoff varies.
 */
const PERM_ROW: Fact<MonthRange> = {
  value: [35, 63], sourceId: 'us-perm-timeline',
  note: 'PERM about 24 months, then I-140 (premium about 1 month) and I-485 (10-16 months, reported). EB-2 rest of world is current (July 2026); EB-3 rest of world sat at 2024-08-01 in July 2026, adding up to about 23 months.',
};
const PERM_BY_CITIZENSHIP: Readonly<Record<string, Fact<MonthRange>>> = {
  IN: {
    value: [166, 259], sourceId: 'us-vb-2026-06',
    note: 'June 2026 cutoffs lag 150 (EB-3, 2013-12-15) to 153 months (EB-2, 2013-09-01); from Nov 2023 the EB-2 India cutoff advanced 20 months in 31 (0.65/month), so 153 months of lag takes about 237 months. Plus about 6 months to file PERM and 10-16 for the I-485. EB-2 India was unavailable from July 2026; Cato projects far longer waits for new filers.',
  },
  CN: {
    value: [73, 117], sourceId: 'us-vb-2026-06',
    note: 'June 2026 cutoffs lag 57 (EB-2, 2021-09-01) to 58 months (EB-3, 2021-08-01); from Nov 2023 EB-2 China advanced 23 months in 31 (0.74/month, about 77 months to clear the lag) and EB-3 China 19 in 31 (0.61, about 95). Plus about 6 months to file PERM and 10-16 for the I-485.',
  },
};
/** EB-1 (EB-1A, and EB-1C for L-1A managers): rest of world current; July 2026 lags and their pace. */
const EB1_ROW: Fact<MonthRange> = {
  value: [9, 28], sourceId: 'us-i485-times',
  note: 'EB-1 rest of world is current. I-140 premium 15 business days to about 16 months regular (unconfirmed), then I-485 8-12 months.',
};
const EB1_BY_CITIZENSHIP: Readonly<Record<string, Fact<MonthRange>>> = {
  IN: {
    value: [29, 73], sourceId: 'us-vb-2026-07',
    note: 'July 2026 EB-1 India cutoff 2022-10-15 lags about 45 months; from Nov 2023 it advanced about 69 months in 32 (2.2/month, about 20 months to clear) but retrogressed in July 2026. Plus I-140 (1-16 months) and I-485 (8-12).',
  },
  CN: {
    value: [46, 104], sourceId: 'us-vb-2026-07',
    note: 'July 2026 EB-1 China cutoff 2023-06-01 lags about 37 months; from Nov 2023 it advanced 15.5 months in 32 (0.48/month, about 76 months to clear). Plus I-140 (1-16 months) and I-485 (8-12).',
  },
};
/** EB-2 NIW: no PERM; priority date at I-140 filing. */
const NIW_ROW: Fact<MonthRange> = {
  value: [12, 52], sourceId: 'us-niw-premium',
  note: 'EB-2 rest of world is current (July 2026). I-140 premium 45 business days (about 2 months) to 14-18 months regular (up to 38 in July 2026 per an unconfirmed aggregator), then I-485 10-14 months.',
};
const NIW_BY_CITIZENSHIP: Readonly<Record<string, Fact<MonthRange>>> = {
  IN: {
    value: [163, 251], sourceId: 'us-vb-2026-06',
    note: 'June 2026 EB-2 India cutoff 2013-09-01 lags 153 months; at the Nov 2023-Jun 2026 pace (0.65/month) about 237. Plus I-485 10-14 months. EB-2 India was unavailable from July 2026.',
  },
  CN: {
    value: [67, 91], sourceId: 'us-vb-2026-06',
    note: 'June 2026 EB-2 China cutoff 2021-09-01 lags 57 months; at the Nov 2023-Jun 2026 pace (0.74/month) about 77. Plus I-485 10-14 months.',
  },
};

const INDIA_BACKLOG_RISK = { text: 'India (and to a lesser degree China) employment-based green cards face long backlogs: EB-2 India was "unavailable" from July 2026 to the end of FY2026, and EB-1 India retrogressed.', sourceId: 'us-vb-2026-07' };

const H1B = (fees: FeesOf): Program => ({
  id: 'us-h1b',
  country: 'US',
  name: 'H-1B specialty occupation',
  shortName: 'the H-1B',
  agency: 'USCIS (petition), DOL (Labor Condition Application), State Department (visa)',
  targets: "Graduates with at least a bachelor's degree whose US employer petitions for them in a specialty occupation.",
  gates: [
    NONIMMIGRANT_FOR,
    { id: 'h1b-degree', label: "Bachelor's degree or higher (or equivalent)", condition: { kind: 'education', min: 'bachelor' }, sourceId: 'us-h1b-eligibility' },
    { id: 'h1b-job-offer', label: 'Job offer in the US', condition: US_OFFER, sourceId: 'us-h1b-eligibility' },
    // The employer petitions; its size also decides the fees and whether the lottery applies.
    { id: 'h1b-employer', label: 'Petitioning US employer identified (size: small, large, nonprofit or cap-exempt)', condition: size('small', 'large', 'nonprofit', 'cap-exempt'), sourceId: 'us-h1b-eligibility' },
    { id: 'h1b-specialty-occupation', label: 'Specialty occupation', condition: { kind: 'judgement', question: "Does the role require at least a bachelor's degree in a specific, related field (specialty occupation), and does the degree match it?" }, sourceId: 'us-h1b-eligibility' },
  ],
  // Amounts and their dates are in the facts data set (shared/facts/data/facts.json); the rules stay here.
  fees: [
    // $215 from the FY2026 season (March 2025) under the 2024 rule. Only cap-subject employment registers:
    // not a cap-exempt employer, nor a client already counted against the cap (INA 214(g)(5), (g)(7)).
    ...fees('us-h1b.registration-fee', { id: 'h1b-registration', label: 'Cap registration', per: 'application', when: CAP_SUBJECT }),
    ...fees('us-h1b.i129-fee-large', { id: 'h1b-i129-large', label: 'I-129 petition (more than 25 FTE)', per: 'application', when: size('large') }),
    // Cap-exempt universities pay the reduced fee: the 2024 I-129 instructions extend it to institutions of higher education.
    ...fees('us-h1b.i129-fee-reduced', { id: 'h1b-i129-small', label: 'I-129 petition (25 or fewer FTE, nonprofit or higher education)', per: 'application', when: REDUCED }),
    // ACWIA: the worker may not pay it. Amounts predate the 2024 rule; 2024-04-01 is the date they were last restated.
    ...fees('us-h1b.acwia-fee-large', { id: 'h1b-acwia-large', label: 'ACWIA training fee (more than 25 FTE)', per: 'application', when: size('large') }),
    ...fees('us-h1b.acwia-fee-small', { id: 'h1b-acwia-small', label: 'ACWIA training fee (25 or fewer FTE)', per: 'application', when: size('small') }),
    // A nonprofit outside education/research pays ACWIA at its FTE rate, which the case file does not record.
    ...fees('us-h1b.acwia-fee-nonprofit', { id: 'h1b-acwia-nonprofit', label: 'ACWIA training fee (nonprofit)', per: 'application', when: size('nonprofit') }),
    ...fees('us-h1b.fraud-fee', { id: 'h1b-fraud', label: 'Fraud Prevention and Detection fee', per: 'application' }),
    ...fees('us-h1b.public-law-fee', { id: 'h1b-pl114-113', label: 'Public Law 114-113 fee (50+ US staff, over half on H-1B/L)', per: 'application', when: { kind: 'h1b-dependent-employer' } }),
    ...asylumFees(fees, 'h1b', 'us-h1b'),
    ...premium(fees, 'h1b', 'us-h1b'),
    // New petitions for beneficiaries abroad only; a change of status, extension or change of employer inside
    // the US does not pay (USCIS guidance of 2025-10-20). Cap-exempt employers are not exempt as a class.
    // Past the proclamation's 12-month term with no extension on record, it is owed only "if extended or upheld".
    ...fees('us-h1b.proclamation-payment', {
      id: 'h1b-100k-payment', label: 'Proclamation payment for a new petition for a worker abroad', per: 'application',
      when: OUTSIDE_US, assumption: { key: 'us-h1b-100k-payment', charged: ['applies'], conditional: ['unclear'], condition: 'if the payment is extended or upheld', inapplicable: 'The $100,000 payment does not apply: change of status or extension inside the US' },
    }),
  ],
  processingMonths: { value: [1, 8], sourceId: 'us-h1b-processing', note: 'Premium: 15 business days. Regular: typically 3-5 months, 2-8 by service centre.' },
  toWorkMonths: {
    value: [7, 19], sourceId: 'us-h1b-fy2027-dates',
    note: 'Cap cases: registration in March, start on 1 October, so 7 months if the case starts just before March and about 19 if it starts just after the window closes. Cap-exempt employers, and clients already counted against the cap, file year-round (processing time only).',
  },
  validity: { value: 'Up to 3 years, extendable to 6; longer under AC21 while a green card is pending', sourceId: 'us-h1b-validity' },
  permanentResidence: { path: 'Employer-sponsored EB-2/EB-3: PERM labor certification, I-140, then I-485 or consular processing (the H-1B allows dual intent)', months: PERM_ROW, byCitizenship: PERM_BY_CITIZENSHIP },
  family: {
    spouseWork: { value: 'H-4 spouse may work only with an H-4 EAD, available once the H-1B holder has an approved I-140 or an AC21 extension beyond six years', sourceId: 'us-h4-ead' },
    children: { value: 'H-4 children (unmarried, under 21) may study; no work authorisation', sourceId: 'us-h4-children' },
  },
  language: NO_LANGUAGE('us-h1b-eligibility'),
  employerTie: { value: 'Tied to the petitioning employer; a new employer must file a new petition', sourceId: 'us-h1b-eligibility' },
  selection: {
    kind: 'lottery',
    // Registration in March for the fiscal year starting the following 1 October (FY2027: March 2026).
    registrationMonth: 3,
    subjectTo: { condition: CAP_SUBJECT, sourceIds: ['us-ina-214g5', 'us-ina-214g7', 'us-uscis-cap-exempt-petitions'] },
    sourceId: 'us-h1b-weighted-rule',
    description:
      'Cap of 85,000 (65,000 regular plus 20,000 for US master\'s or higher). From FY2027 the lottery is weighted by the offer\'s OEWS wage level (level IV four entries, level I one); a beneficiary registered by several employers counts at the lowest level. US advanced-degree holders are drawn first for the 20,000 and then again in the regular pool, so their odds are better than the figures shown. Cap-exempt employers (universities, affiliated nonprofits, nonprofit and government research bodies) and clients counted against the cap in the last six years skip the lottery.',
    // For the lead: FY2027 had about 211,600 registrations (-38.5%), 71.5% of selectees held a US master's or higher (57% the year before) and 17.7% were level I (us-h1b-fy2027-registrations, reported). Official rates by level are not published.
    weightedOdds: {
      value: { '1': 0.1529, '2': 0.3058, '3': 0.4587, '4': 0.6116 }, sourceId: 'us-h1b-weighted-odds',
      note: 'DHS model in the weighted-selection rule\'s regulatory impact analysis (proposed rule 90 FR 45986; the final rule 90 FR 60864 kept the weighting), on the pre-2027 registration pool. Not actual FY2027 results.',
    },
    weightedOddsSeason: 'FY2027',
    randomOdds: { value: 0.353, sourceId: 'us-h1b-fy2026-selection', note: 'FY2026, the last random season: 118,660 of 336,153 unique beneficiaries.' },
    randomOddsSeason: 'FY2026',
  },
  risks: [
    { text: 'The $100,000 payment: vacated by the D. Mass. court on 2026-06-08, appealed on 2026-06-11 and reported stayed pending appeal. The proclamation ran 12 months from 2025-09-21 unless extended; no extension or appellate ruling was found, so from 2026-09-21 it is shown as owed only if extended or upheld.', sourceId: 'us-h1b-100k-stay', assumption: 'us-h1b-100k-payment' },
    { text: 'Sources conflict on whether cap-exempt employers pay the $100,000 for workers abroad; USCIS guidance turns on location, not cap status.', sourceId: 'us-h1b-100k-cap-exempt', assumption: 'us-h1b-100k-payment' },
    { text: 'Weighted selection halves level I odds against the old random lottery; the odds shown are DHS projections, and the rule could be challenged or changed.', sourceId: 'us-h1b-weighted-rule', assumption: 'us-h1b-weighted-selection' },
    { text: 'FY2027 registrations fell about 38.5%, so actual odds may be better than modelled; official FY2027 rates by level were not found.', sourceId: 'us-h1b-fy2027-registrations' },
    { text: 'A proposed DOL rule would raise H-1B and PERM prevailing wages to the 34th-88th percentiles, lifting the salary needed for each wage level; whether it was finalised is unknown.', sourceId: 'us-dol-wage-rule' },
    { text: 'The Public Law 114-113 fee is authorised through 2027-09-30.', sourceId: 'us-pl114-113-sunset' },
    INDIA_BACKLOG_RISK,
    { text: "The odds shown understate chances for US master's holders, who are drawn twice (master's cap, then the regular cap).", sourceId: 'us-h1b-masters-cap' },
    { text: 'The India and China green-card ranges extrapolate how fast the Visa Bulletin cutoffs moved from November 2023 to mid-2026; the pace can change or reverse.', sourceId: 'us-vb-2023-11' },
    { text: 'Cato Institute projected decades-long waits for new Indian EB-2/EB-3 filers, so the India range is a floor, not a forecast.', sourceId: 'us-cato-backlog' },
    { text: 'A client counted against the cap more than six years ago, or who has spent a year abroad and so is eligible for a full new six years, is counted again and goes through the lottery (INA 214(g)(7)).', sourceId: 'us-ina-214g7' },
    { text: 'The fees shown are those of a petition by the offering employer (new employment or a change of employer); an extension with the current employer pays no fraud fee or Public Law 114-113 fee, and no ACWIA fee from the second extension.', sourceId: 'us-h1b-fees-by-petition' },
  ],
});

const O1A = (fees: FeesOf): Program => ({
  id: 'us-o1a',
  country: 'US',
  name: 'O-1A extraordinary ability',
  shortName: 'the O-1A visa',
  agency: 'USCIS (petition), State Department (visa)',
  targets: 'Scientists, engineers and business people with sustained national or international acclaim, petitioned for by a US employer or agent.',
  gates: [
    NONIMMIGRANT_FOR,
    { id: 'o1a-criteria', label: 'At least 3 of the 8 evidence criteria (or a major international award)', condition: { kind: 'achievements', min: 3, of: EIGHT_CRITERIA }, sourceId: 'us-o1-criteria' },
    { id: 'o1a-acclaim', label: 'Sustained national or international acclaim', condition: { kind: 'judgement', question: 'Taken as a whole, does the evidence show sustained national or international acclaim, one of the small percentage at the very top of the field?' }, sourceId: 'us-o1-acclaim' },
    { id: 'o1a-petitioner', label: 'US employer or agent to petition (job offer in the US)', condition: US_OFFER, sourceId: 'us-o1-criteria' },
  ],
  fees: [
    ...fees('us-o1a.i129-fee-large', { id: 'o1a-i129-large', label: 'I-129 petition, O (more than 25 FTE)', per: 'application', when: size('large') }),
    ...fees('us-o1a.i129-fee-reduced', { id: 'o1a-i129-small', label: 'I-129 petition, O (25 or fewer FTE, nonprofit or higher education)', per: 'application', when: REDUCED }),
    ...asylumFees(fees, 'o1a', 'us-o1a'),
    ...premium(fees, 'o1a', 'us-o1a'),
  ],
  processingMonths: { value: [1, 13], sourceId: 'us-o1-processing', note: 'Premium 15 business days; standard up to about 12.5 months (May 2026). Another guide says 2-6 months: sources conflict.' },
  toWorkMonths: { value: [1, 14], sourceId: 'us-o1-processing', note: 'Petition decision, then a consular interview (2-4 weeks) if abroad; a change of status inside the US allows work on approval.' },
  validity: { value: 'Up to 3 years, then 1-year extensions with no overall limit', sourceId: 'us-o1-criteria' },
  permanentResidence: { path: 'No direct route; usually an EB-1A self-petition (or EB-2 NIW) on the same evidence', months: EB1_ROW, byCitizenship: EB1_BY_CITIZENSHIP },
  family: {
    spouseWork: { value: 'O-3 spouse may not work; may study', sourceId: 'us-o3-family' },
    children: { value: 'O-3 children (unmarried, under 21) may study; no work', sourceId: 'us-o3-family' },
  },
  language: NO_LANGUAGE('us-o1-criteria'),
  employerTie: { value: 'Tied to the petitioning employer or agent; an agent can cover several employers', sourceId: 'us-o1-criteria' },
  selection: { kind: 'none', description: 'No annual cap: decided on the evidence.' },
  risks: [
    { text: 'Meeting three criteria is not enough: USCIS weighs the evidence as a whole for sustained acclaim, and requests for evidence are common.', sourceId: 'us-o1-acclaim' },
    { text: 'O-3 spouses cannot work, which matters for two-career families.', sourceId: 'us-o3-family' },
    { text: 'Standard processing times conflict (2-6 vs up to 12.5 months); premium processing is the safe plan.', sourceId: 'us-o1-processing' },
  ],
});

const L1 = (fees: FeesOf): Program => ({
  id: 'us-l1',
  country: 'US',
  name: 'L-1 intracompany transferee',
  shortName: 'the L-1 visa',
  agency: 'USCIS (petition), State Department (visa)',
  targets: 'Managers, executives and specialised-knowledge staff moving from a foreign office to a related US company.',
  gates: [
    NONIMMIGRANT_FOR,
    { id: 'l1-tenure-abroad', label: '1 continuous year with the company abroad in the last 3 years', condition: { kind: 'employer-tenure-abroad', minMonths: 12, withinMonths: 36, excludeCountries: ['US'] }, sourceId: 'us-l1-rules' },
    { id: 'l1-job-offer', label: 'US position with the same or a related company', condition: US_OFFER, sourceId: 'us-l1-rules' },
    { id: 'l1-qualifying-role', label: 'Qualifying relationship and role', condition: { kind: 'judgement', question: 'Is the US employer a parent, branch, subsidiary or affiliate of the employer abroad, and are both roles managerial or executive (L-1A) or specialised knowledge (L-1B)?' }, sourceId: 'us-l1-rules' },
  ],
  fees: [
    ...fees('us-l1.i129-fee-large', { id: 'l1-i129-large', label: 'I-129 petition, L (more than 25 FTE)', per: 'application', when: size('large') }),
    ...fees('us-l1.i129-fee-reduced', { id: 'l1-i129-small', label: 'I-129 petition, L (25 or fewer FTE or nonprofit)', per: 'application', when: REDUCED }),
    ...fees('us-l1.fraud-fee', { id: 'l1-fraud', label: 'Fraud Prevention and Detection fee', per: 'application' }),
    ...fees('us-l1.public-law-fee', { id: 'l1-pl114-113', label: 'Public Law 114-113 fee (50+ US staff, over half on H-1B/L)', per: 'application', when: { kind: 'h1b-dependent-employer' } }),
    ...asylumFees(fees, 'l1', 'us-l1'),
    ...premium(fees, 'l1', 'us-l1'),
  ],
  processingMonths: { value: [1, 13], sourceId: 'us-o1-processing', note: 'I-129 generally: premium 15 business days, standard up to about 12.5 months (May 2026); no L-specific figure was found.' },
  toWorkMonths: { value: [1, 14], sourceId: 'us-o1-processing', note: 'Petition decision plus a consular interview (2-4 weeks) from abroad.' },
  validity: { value: 'L-1A: up to 3 years (1 for a new office), maximum 7. L-1B: maximum 5', sourceId: 'us-l1-rules' },
  permanentResidence: { path: 'L-1A managers and executives: EB-1C multinational manager (no PERM); L-1B: usually PERM (EB-2/EB-3)', months: EB1_ROW, byCitizenship: EB1_BY_CITIZENSHIP },
  family: {
    spouseWork: { value: 'L-2 spouse is work-authorised incident to status (no EAD needed)', sourceId: 'us-l2-family' },
    children: { value: 'L-2 children (unmarried, under 21) may accompany and study', sourceId: 'us-l2-family' },
  },
  language: NO_LANGUAGE('us-l1-rules'),
  employerTie: { value: 'Tied to the multinational group; no move to an unrelated employer', sourceId: 'us-l1-rules' },
  selection: { kind: 'none', description: 'No annual cap.' },
  risks: [
    { text: 'A new US office gets only 1 year at first; L-1B stops at 5 years.', sourceId: 'us-l2-family' },
    { text: 'The green-card figures assume L-1A via EB-1C; L-1B staff usually need PERM and face the H-1B-style EB-2/EB-3 waits.', sourceId: 'us-l1-rules' },
    INDIA_BACKLOG_RISK,
  ],
});

const NIW = (fees: FeesOf): Program => ({
  id: 'us-eb2-niw',
  country: 'US',
  name: 'EB-2 National Interest Waiver',
  shortName: 'the EB-2 National Interest Waiver',
  agency: 'USCIS (I-140, I-485), State Department (immigrant visa abroad)',
  targets: 'Advanced-degree professionals or people of exceptional ability whose proposed work is in the US national interest; self-petition, no employer.',
  gates: [
    IMMIGRANT_FOR,
    {
      id: 'niw-eb2-basis',
      label: "Advanced degree (master's or higher, or bachelor's + 5 years' progressive experience) or exceptional ability",
      // Exceptional ability needs 3 of 6 regulatory criteria; without 10 years' experience and without any of
      // recognition, membership or high salary, at most 2 (degree, licence) remain, so that branch cannot be met.
      condition: {
        any: [
          { kind: 'education', min: 'master' },
          { all: [{ kind: 'education', min: 'bachelor' }, { kind: 'work-experience', minYears: 5, skilled: true }] },
          {
            all: [
              { any: [{ kind: 'work-experience', minYears: 10 }, { kind: 'achievements', min: 1, of: ['awards', 'membership', 'highSalary'] }] },
              { kind: 'judgement', question: 'Does the client meet 3 of the 6 exceptional-ability criteria (8 CFR 204.5(k)(3)(ii))?' },
            ],
          },
        ],
      },
      sourceId: 'us-niw-basis',
    },
    { id: 'niw-dhanasar', label: 'Dhanasar three prongs', condition: { kind: 'judgement', question: 'Is the proposed endeavor of substantial merit and national importance, is the client well positioned to advance it, and on balance would waiving the job offer benefit the US?' }, sourceId: 'us-niw-dhanasar' },
  ],
  fees: greenCardFees(fees, 'niw', 'us-eb2-niw'),
  processingMonths: { value: [2, 38], sourceId: 'us-niw-premium', note: 'I-140: premium 45 business days; regular 14-18 months (Pathaura), 26-38 months in July 2026 per an unconfirmed aggregator.' },
  toWorkMonths: { value: [5, 14], sourceId: 'us-i485-times', note: 'Only once the priority date is current: in the US, I-140 premium (about 2 months) then an EAD 3-6 months after the I-485; abroad, immigrant visa. India and China first wait for the Visa Bulletin.' },
  validity: { value: 'Permanent residence (green card) for the client, spouse and children under 21', sourceId: 'us-derivatives' },
  permanentResidence: { path: 'I-140 with the waiver, then I-485 in the US or an immigrant visa abroad', months: NIW_ROW, byCitizenship: NIW_BY_CITIZENSHIP },
  family: {
    spouseWork: { value: 'Spouse is a derivative: green card with the client, and may work on an EAD while the I-485 is pending', sourceId: 'us-derivatives' },
    children: { value: 'Unmarried children under 21 are derivatives; the Child Status Protection Act may help one nearing 21', sourceId: 'us-derivatives-children' },
  },
  language: NO_LANGUAGE('us-niw-basis'),
  employerTie: { value: 'None: self-petition, no job offer or labor certification', sourceId: 'us-niw-basis' },
  selection: { kind: 'quota', description: 'Annual EB-2 limit with per-country caps; the Visa Bulletin decides when a green card can issue.', sourceId: 'us-vb-2026-07' },
  risks: [
    INDIA_BACKLOG_RISK,
    { text: 'I-140 processing times reported for 2026 vary widely (4 to 38 months); premium processing answers in 45 business days.', sourceId: 'us-i140-times' },
    { text: 'The Dhanasar prongs are discretionary and need the attorney\'s assessment of the proposed endeavor.', sourceId: 'us-niw-dhanasar' },
  ],
});

const EB1A = (fees: FeesOf): Program => ({
  id: 'us-eb1a',
  country: 'US',
  name: 'EB-1A extraordinary ability',
  shortName: 'the EB-1A petition',
  agency: 'USCIS (I-140, I-485), State Department (immigrant visa abroad)',
  targets: 'People at the very top of their field with sustained acclaim; self-petition, no employer or PERM.',
  gates: [
    IMMIGRANT_FOR,
    { id: 'eb1a-criteria', label: 'At least 3 of the 10 criteria (8 in the case file) or a one-time major award', condition: { kind: 'achievements', min: 3, of: EIGHT_CRITERIA }, sourceId: 'us-eb1a-criteria' },
    { id: 'eb1a-final-merits', label: 'Final merits (Kazarian step two)', condition: { kind: 'judgement', question: 'Taken together, does the evidence show the client has risen to the very top of the field with sustained national or international acclaim?' }, sourceId: 'us-eb1a-final-merits' },
  ],
  fees: greenCardFees(fees, 'eb1a', 'us-eb1a'),
  processingMonths: { value: [1, 16], sourceId: 'us-i140-times', note: 'I-140: premium 15 business days; regular 8-16 months (July 2026, unconfirmed aggregator of USCIS data).' },
  toWorkMonths: { value: [4, 13], sourceId: 'us-i485-times', note: 'Only once the priority date is current: in the US, I-140 premium then an EAD 3-6 months after the I-485; abroad, an immigrant visa (up to about 12 months). India and China first wait for the Visa Bulletin.' },
  validity: { value: 'Permanent residence (green card) for the client, spouse and children under 21', sourceId: 'us-derivatives' },
  permanentResidence: { path: 'I-140 self-petition, then I-485 in the US or an immigrant visa abroad', months: EB1_ROW, byCitizenship: EB1_BY_CITIZENSHIP },
  family: {
    spouseWork: { value: 'Spouse is a derivative: green card with the client, and may work on an EAD while the I-485 is pending', sourceId: 'us-derivatives' },
    children: { value: 'Unmarried children under 21 are derivatives; the Child Status Protection Act may help one nearing 21', sourceId: 'us-derivatives-children' },
  },
  language: NO_LANGUAGE('us-eb1a-criteria'),
  employerTie: { value: 'None: self-petition, no job offer needed', sourceId: 'us-eb1a-self-petition' },
  selection: { kind: 'quota', description: 'Annual EB-1 limit with per-country caps; the Visa Bulletin decides when a green card can issue.', sourceId: 'us-vb-2026-07' },
  risks: [
    { text: 'Meeting three criteria is not enough: the final merits review (Kazarian) asks whether the client is at the very top of the field.', sourceId: 'us-eb1a-final-merits' },
    { text: 'EB-1 India retrogressed to 2022-10-15 in July 2026, and further retrogression was flagged; EB-1 China advanced.', sourceId: 'us-vb-2026-07' },
  ],
});

/** The United States catalogue: H-1B, O-1A, L-1, EB-2 NIW and EB-1A. */
export function buildUsCatalogue(facts: FactDataSet): CountryCatalogue {
  const fees = feesOf(facts);
  return { country: 'US', sources: SOURCES, programs: [H1B(fees), O1A(fees), L1(fees), NIW(fees), EB1A(fees)] };
}
