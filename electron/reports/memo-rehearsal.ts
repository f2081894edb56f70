/**
 * A memo the worker renders once, and throws away, while the app starts: an invented client
 * compared on several routes, through the same model builder as a real memo, so every part of the
 * memo is drawn (letterhead, tables, analysis, charts, appendices, links).
 *
 * Shaping the catalogue's words ahead (warmFonts) was not enough: in a fresh thread the first memo
 * still cost about half a second of CPU, spent compiling pdfkit's and fontkit's code on first use
 * and decoding the fonts' kerning and glyph tables lazily, glyph by glyph. One rehearsal moves that
 * cost off the first click. Only Latin text: the other scripts' fonts open when a memo needs them.
 */
import { CaseFile } from '../../shared/case-file';
import { buildMemo } from '../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import type { MemoDocument } from '../../shared/memo/types';
import { resolveAssumptions } from '../../shared/programs/assumptions';
import { RULES_VERSION } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';

const AS_OF = '2026-11-29';
/** Routes in four countries, with points, lotteries, fees paid by both sides and unknowns. */
const ROUTES = ['us-h1b', 'us-o1a', 'cn-k', 'ca-express-entry', 'de-blue-card', 'de-opportunity-card'];

const CASE = {
  format: 'immigration-advisor/case',
  version: 1,
  client: {
    fullName: 'Alex Example',
    otherNames: [],
    dateOfBirth: '1995-03-14',
    citizenships: ['IN'],
    residenceCountry: 'US',
    currentStatus: { country: 'US', type: 'F-1', validUntil: '2027-06-30' },
    maritalStatus: 'married',
    permanentResidences: [],
  },
  spouse: { fullName: 'Sam Example', dateOfBirth: '1996-01-30', citizenships: ['IN'], accompanying: true, education: [], work: [], languages: [] },
  children: [{ dateOfBirth: '2022-09-01', accompanying: true }],
  education: [
    { level: 'master', field: 'Computer Science', stem: true, institution: 'Example University', country: 'US', completed: '2024-05', durationYears: 2, topRanked: true, credentialAssessed: false },
  ],
  work: [{ occupation: 'Software Engineer', country: 'US', start: '2024-06', end: null, hoursPerWeek: 40, skilled: true, stem: true, employer: 'Example Robotics' }],
  languages: [{ language: 'en', test: 'IELTS-GT', listening: 8.0, reading: 7.0, writing: 7.0, speaking: 7.0, level: null, testDate: '2025-10-01' }],
  jobOffer: {
    country: 'US',
    employer: 'Example Robotics',
    occupation: 'Software Engineer',
    annualSalary: { amount: 145000, currency: 'USD' },
    usWageLevel: 2,
    employerSize: 'large',
    h1bDependentEmployer: false,
    startDate: '2026-10-01',
  },
  funds: { amount: 30000, currency: 'USD' },
  goals: { targetCountries: ['US', 'CN', 'CA', 'DE'], priorities: ['speed', 'permanent-residence', 'family', 'cost'], budget: { amount: 20000, currency: 'USD' }, startBy: '2026-09-01' },
};

/** The rehearsal memo: invented facts, invented firm, never shown or saved. */
export function rehearsalMemo(): MemoDocument {
  const caseFile = CaseFile.parse(CASE);
  const assumptions = resolveAssumptions({}, AS_OF);
  return buildMemo({
    snapshot: {
      id: 'rehearsal',
      caseId: 'rehearsal',
      createdAt: `${AS_OF}T12:00:00.000Z`,
      actor: 'rehearsal',
      rulesVersion: RULES_VERSION,
      asOf: AS_OF,
      currency: 'USD',
      programIds: ROUTES,
      assumptions,
      recommendation: { programId: 'ca-express-entry', rationale: 'Permanent residence for the family within a year.' },
      whatIf: [],
      stale: false,
      staleChanges: [],
      olderVersion: null,
      ranks: null,
      caseFile,
      results: evaluate(caseFile, ROUTES, { asOf: AS_OF, assumptions, currency: 'USD' }),
    },
    firm: { name: 'Example & Partners LLP', address: '1 Example Street\nBoston, MA 02110', attorneyName: 'Ann Example', barAdmission: 'Massachusetts', logo: null, paper: 'letter', disclaimers: DEFAULT_DISCLAIMERS },
    engagement: 'engaged',
    date: AS_OF,
    reference: '2026-0000',
  });
}
