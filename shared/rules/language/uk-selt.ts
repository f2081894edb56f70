/**
 * English on a Secure English Language Test approved for UK visas (SELT), judged skill by skill:
 * each of the four skills must reach the CEFR level on its own, so an overall band decides nothing
 * (Appendix English Language). Only IELTS taken as IELTS for UKVI is read here; an ordinary IELTS
 * certificate is not a SELT. Other SELTs (PTE Academic UKVI, LanguageCert, Trinity, Skills for
 * English) are not test choices in the case file.
 */
import type { CaseFile } from '../../case-file';
import { UKVI_IELTS_PER_SKILL } from '../../programs/gb-tables';
import type { Cefr } from '../../programs/types';
import type { Verdict } from '../types';

const SKILLS = ['listening', 'reading', 'writing', 'speaking'] as const;

/** One verdict per English result on file (any one met suffices), or one saying what is missing. */
export function ukSeltVerdicts(min: Cefr, file: CaseFile): Verdict[] {
  const need = `CEFR ${min} in each of the four skills on a UK-approved secure English test`;
  const band = UKVI_IELTS_PER_SKILL[min]?.value ?? null;
  if (file.languages == null) return [{ status: 'unknown', reason: `Language results not recorded (needs ${need}).`, missing: ['languages'] }];
  const results = file.languages.map((r, i) => ({ r, i })).filter(({ r }) => r.language === 'en' && r.test !== 'none');
  if (results.length === 0) return [{ status: 'unknown', reason: `No English result on file (needs ${need}).`, missing: ['languages'] }];
  return results.map(({ r, i }): Verdict => {
    if (r.test !== 'IELTS-GT' && r.test !== 'IELTS-A') return { status: 'not-met', reason: `${r.test ?? 'An English result'} is not a UK-approved secure English test (needs ${need}).` };
    if (r.ukSelt === false) return { status: 'not-met', reason: `The IELTS result was not taken as IELTS for UKVI, so it is not a secure English test (needs ${need}).` };
    if (r.ukSelt == null) return { status: 'unknown', reason: `Not recorded whether the IELTS result was taken as IELTS for UKVI (needs ${need}).`, missing: [`languages[${String(i)}].ukSelt`] };
    if (band === null) return { status: 'unknown', reason: `No sourced IELTS for UKVI band for CEFR ${min}.` };
    const open = SKILLS.filter(s => r[s] == null);
    if (open.length) return { status: 'unknown', reason: `IELTS for UKVI: a skill's band is not recorded (needs ${need}).`, missing: open.map(s => `languages[${String(i)}].${s}`) };
    const low = SKILLS.filter(s => (r[s] ?? 0) < band);
    const scores = SKILLS.map(s => `${s} ${String(r[s])}`).join(', ');
    return low.length
      ? { status: 'not-met', reason: `IELTS for UKVI ${scores}: ${low.join(', ')} below ${String(band)} (needs ${need}: ${String(band)} in each).` }
      : { status: 'met', reason: `IELTS for UKVI ${scores} (needs ${need}: ${String(band)} in each).` };
  });
}
