/**
 * The test client both Canadian grids (CRS and FSW) are scored on, one fact changed at a time, and
 * the helpers that build those facts. Dates count back from AS_OF, so no test depends on today.
 */
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';

export const AS_OF = '2026-06-15';

/** The date `years` whole years before AS_OF, plus `days` (1 day later: a day short of `years`). */
export const yearsAgo = (years: number, days = 0): string => new Date(Date.UTC(2026 - years, 5, 15 + days)).toISOString().slice(0, 10);

/** CELPIP-G levels equal CLB levels from 4 to 10 (IRCC equivalency chart). */
export const celpip = (l: number, r = l, w = l, s = l) => ({ language: 'en' as const, test: 'CELPIP-G' as const, listening: l, reading: r, writing: w, speaking: s });

/** Full-time skilled work in `country` since `start`, still going. */
export const job = (country: string, start: string) => ({ occupation: 'Engineer', country, start, end: null, hoursPerWeek: 40, skilled: true });

/** A 27-year-old with every fact known and nothing else that scores; `spouse` adds one with nothing. */
export function canadianClient(change: (f: CaseFileInput) => void, spouse = false): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Test Client', dateOfBirth: yearsAgo(27), citizenships: ['IN'], maritalStatus: spouse ? 'married' : 'single' },
    spouse: spouse ? { fullName: 'Test Spouse', citizenships: ['IN'], accompanying: true, education: [], work: [], languages: [] } : null,
    education: [],
    work: [],
    languages: [],
    jobOffer: null,
    ties: [],
  };
  change(f);
  return CaseFile.parse(f);
}
