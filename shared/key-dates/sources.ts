/**
 * Sources of the date rules that the catalogue's country files do not already cite (ids prefixed
 * `dates-`). Registered with the catalogue's table sources, so every screen finds them by id.
 */
import type { Source } from '../programs/types';

export const KEY_DATE_SOURCES: readonly Source[] = [
  {
    id: 'dates-cap-gap-2025',
    title:
      'DHS final rule 89 FR 103054 (in force 2025-01-17), as summarised by Experian Employer Services: cap-gap extends F-1 status and OPT to 1 April of the fiscal year or the approved H-1B start date, whichever is earlier (8 CFR 214.2(f)(5)(vi))',
    url: 'https://www.experian.com/blogs/employer-services/dhs-extends-h-1b-cap-gap-period',
    asOf: '2025-01-17',
    confidence: 'reported',
  },
  {
    id: 'dates-h1b-filing-90-days',
    title: 'USCIS FY2026 cap announcement, quoted by Jewell Stewart Pratt: cap petitions may be filed from 1 April; the filing period is at least 90 days, as the selection notice states',
    url: 'https://jspvisa.com/blog?author=5943b4ecbc33790390c9e1c2',
    asOf: '2025-03-31',
    confidence: 'reported',
  },
  {
    id: 'dates-ca-language-two-years',
    title: 'IRCC position, quoted by BC Immigration (Crease Harman): Express Entry language test results are valid for two years; a profile with expired results is removed from the pool',
    url: 'https://www.bcimmigration.com/expiration-language-test-results-express-entry-processing/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'dates-ca-eca-five-years',
    title: 'IRCC, Educational Credential Assessment for Express Entry (a stored copy of the page): the report must be issued within the last five years on the date of the profile and of the application',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/education-assessment.html',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'dates-gb-selt-two-years',
    title: 'Thomas Chase Immigration: UKVI accepts a Secure English Language Test awarded within two years of the application date',
    url: 'https://www.thomaschaseimmigration.com/english-language-test-faq/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
];
