// The UK's secure English language test (SELT) check, per Appendix English Language as the UK sponsor
// guidance summarises it (https://help.getborderless.co.uk/en/articles/10635897-english-language-requirements-for-sponsorship):
// B2 needs IELTS for UKVI 5.5 in EACH of the four skills; an ordinary IELTS certificate is refused.
// The reasons are what the attorney reads, so their words are asserted whole.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { ukSeltVerdicts } from '../../../../shared/rules/language/uk-selt';

type Result = NonNullable<CaseFileInput['languages']>[number];

const NEED = 'CEFR B2 in each of the four skills on a UK-approved secure English test';

const ukvi = (l: number, r = l, w = l, s = l): Result => ({ language: 'en', test: 'IELTS-GT', listening: l, reading: r, writing: w, speaking: s, ukSelt: true });

function file(languages: Result[] | null): CaseFile {
  return CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Test Client' }, languages });
}

describe('UK SELT: IELTS for UKVI, skill by skill', () => {
  it('meets B2 with exactly 5.5 in each skill, and names the scores and the band', () => {
    expect(ukSeltVerdicts('B2', file([ukvi(5.5)]))).toEqual([
      { status: 'met', reason: `IELTS for UKVI listening 5.5, reading 5.5, writing 5.5, speaking 5.5 (needs ${NEED}: 5.5 in each).` },
    ]);
  });

  it('is not met when one skill is 5.0, naming that skill', () => {
    expect(ukSeltVerdicts('B2', file([ukvi(7, 7, 5, 7)]))).toEqual([
      { status: 'not-met', reason: `IELTS for UKVI listening 7, reading 7, writing 5, speaking 7: writing below 5.5 (needs ${NEED}: 5.5 in each).` },
    ]);
    expect(ukSeltVerdicts('B2', file([ukvi(5, 5.5, 5.5, 5)]))[0]?.reason).toContain(': listening, speaking below 5.5 (');
  });

  it('accepts IELTS Academic taken for UKVI as well as General Training', () => {
    expect(ukSeltVerdicts('B2', file([{ ...ukvi(6), test: 'IELTS-A' }]))[0]?.status).toBe('met');
  });

  it('asks for the skills whose band is not recorded, by path, instead of failing them', () => {
    expect(ukSeltVerdicts('B2', file([{ language: 'en', test: 'IELTS-GT', ukSelt: true, listening: 6, reading: 6 }]))).toEqual([
      {
        status: 'unknown',
        reason: `IELTS for UKVI: a skill's band is not recorded (needs ${NEED}).`,
        missing: ['languages[0].writing', 'languages[0].speaking'],
      },
    ]);
  });

  it('refuses another English test, naming it', () => {
    expect(ukSeltVerdicts('B2', file([{ language: 'en', test: 'CELPIP-G', listening: 9, reading: 9, writing: 9, speaking: 9 }]))).toEqual([
      { status: 'not-met', reason: `CELPIP-G is not a UK-approved secure English test (needs ${NEED}).` },
    ]);
    expect(ukSeltVerdicts('B2', file([{ language: 'en' }]))).toEqual([
      { status: 'not-met', reason: `An English result is not a UK-approved secure English test (needs ${NEED}).` },
    ]);
  });

  it('refuses an ordinary IELTS certificate, and asks when it is not recorded whether it was for UKVI', () => {
    expect(ukSeltVerdicts('B2', file([{ ...ukvi(8), ukSelt: false }]))).toEqual([
      { status: 'not-met', reason: `The IELTS result was not taken as IELTS for UKVI, so it is not a secure English test (needs ${NEED}).` },
    ]);
    expect(ukSeltVerdicts('B2', file([{ language: 'fr', test: 'TEF' }, { ...ukvi(8), ukSelt: null }]))).toEqual([
      {
        status: 'unknown',
        reason: `Not recorded whether the IELTS result was taken as IELTS for UKVI (needs ${NEED}).`,
        missing: ['languages[1].ukSelt'],
      },
    ]);
  });

  it('gives one verdict per English result on file, skipping other languages and "none"', () => {
    const verdicts = ukSeltVerdicts('B2', file([ukvi(5), { language: 'de', test: 'Goethe', level: 'C2' }, { language: 'en', test: 'none' }, ukvi(6)]));
    expect(verdicts.map(v => v.status)).toEqual(['not-met', 'met']);
  });

  it('is unknown, never "not met", when no results or no English result is on file', () => {
    expect(ukSeltVerdicts('B2', file(null))).toEqual([
      { status: 'unknown', reason: `Language results not recorded (needs ${NEED}).`, missing: ['languages'] },
    ]);
    for (const languages of [[], [{ language: 'en', test: 'none' }], [{ language: 'fr', test: 'TEF', listening: 500 }]] as Result[][]) {
      expect(ukSeltVerdicts('B2', file(languages))).toEqual([
        { status: 'unknown', reason: `No English result on file (needs ${NEED}).`, missing: ['languages'] },
      ]);
    }
  });

  it('answers unknown for a level with no sourced IELTS for UKVI band, rather than guessing one', () => {
    expect(ukSeltVerdicts('C1', file([ukvi(9)]))).toEqual([{ status: 'unknown', reason: 'No sourced IELTS for UKVI band for CEFR C1.' }]);
  });
});
