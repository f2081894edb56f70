/**
 * Whether H-1B employment is subject to the annual cap, and so to registration and the lottery.
 * Not subject: employment at an institution of higher education, an affiliated nonprofit or a
 * nonprofit or governmental research organization (INA 214(g)(5)); or a client counted against the
 * cap within the six years before the petition (INA 214(g)(7)), which covers a current H-1B holder
 * changing employer or extending. Unknown, never "subject", when a fact that decides it is missing.
 */
import type { CaseFile } from '../case-file';
import type { Condition } from '../programs/types';
import { shiftYears } from './facts';
import type { Verdict } from './types';

type CapCondition = Extract<Condition, { kind: 'h1b-cap-subject' }>;

/** `H-1B`, `H1B`, `h-1b (cap-exempt)`: the client's status as written holds an H-1B. Not H-1B1. */
export const H1B_STATUS = /\bH-?1B\b/i;

/** One part of the answer: its verdict and, when met, the clause that says why. */
type Part = Verdict & { clause?: string };

/**
 * The client's cap count: counted within the window (exempt), not counted (subject), or unknown.
 * An unrecorded count is taken as none only when the client holds no H-1B status; a current
 * H-1B holder may or may not have been counted (one at a university was not), so it is asked.
 */
function count(file: CaseFile, c: CapCondition, asOf: string): Part {
  const history = file.client.h1bHistory;
  const years = `${String(c.countedWithinYears)} years`;
  if (history?.capCounted === true) {
    const on = history.countedOn;
    // Compared by month, so a month-only date inside the window's first month counts as within.
    if (on && on.slice(0, 7) < shiftYears(asOf, -c.countedWithinYears).slice(0, 7)) {
      return { status: 'met', reason: '', clause: `counted against the cap on ${on}, more than ${years} before ${asOf}, so counted again (INA 214(g)(7))` };
    }
    const when = on ? ` (on ${on})` : '';
    return { status: 'not-met', reason: `Not subject to the lottery: already counted against the cap${when} within the last ${years} (INA 214(g)(7)).` };
  }
  if (history?.capCounted === false) return { status: 'met', reason: '', clause: `not counted against the cap in the last ${years}` };
  if (H1B_STATUS.test(file.client.currentStatus?.type ?? '')) {
    return {
      status: 'unknown',
      reason: `The client holds H-1B status, but whether they were counted against the cap in the last ${years} is not recorded; if they were, they skip the lottery (INA 214(g)(7)).`,
      missing: ['client.h1bHistory.capCounted'],
    };
  }
  return { status: 'met', reason: '', clause: 'the client holds no H-1B status, with no earlier count against the cap recorded' };
}

/** The employer: cap-exempt (not met), not exempt (met), or unknown. */
function employer(file: CaseFile, c: CapCondition): Part {
  const offer = file.jobOffer;
  if (offer === null) return { status: 'unknown', reason: 'No job offer, so there is no employer whose cap exemption could be known.', missing: [] };
  const size = offer?.employerSize;
  if (size == null) return { status: 'unknown', reason: 'Employer size not recorded, so whether the employer is cap-exempt is not known.', missing: ['jobOffer.employerSize'] };
  if (c.exemptEmployers.includes(size)) return { status: 'not-met', reason: 'Not subject to the lottery: cap-exempt employer (INA 214(g)(5)).' };
  return { status: 'met', reason: '', clause: 'the employer is not cap-exempt' };
}

/** Subject to the cap (met), exempt (not met, citing the rule), or unknown naming the missing facts. */
export function capSubject(c: CapCondition, file: CaseFile, asOf: string): Verdict {
  const parts = [count(file, c, asOf), employer(file, c)];
  const exempt = parts.find(p => p.status === 'not-met');
  if (exempt) return { status: 'not-met', reason: exempt.reason };
  const open = parts.filter(p => p.status === 'unknown');
  if (open.length) return { status: 'unknown', reason: open.map(p => p.reason).join(' '), missing: open.flatMap(p => p.missing ?? []) };
  return { status: 'met', reason: `Subject to the cap: ${parts.map(p => p.clause ?? '').join(', and ')}.` };
}
