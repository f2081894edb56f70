/**
 * UK tables the rules read: the IELTS for UKVI band needed in each skill for a CEFR level, the
 * nationalities that meet the English requirement by nationality, and the occupation codes known to
 * be health and care roles on a national pay scale.
 */
import type { Cefr, Fact, Source } from './types';

/** Sources for the UK tables (ids prefixed `gb-`). */
export const GB_TABLE_SOURCES: readonly Source[] = [
  {
    id: 'gb-selt-levels',
    title:
      'Borderless (UK sponsor guidance): approved SELTs and the B2 pass grade in all four skills (IELTS for UKVI 5.5, PTE Academic UKVI 59, LanguageCert and Trinity B2); an ordinary IELTS certificate not "for UKVI" is refused',
    url: 'https://help.getborderless.co.uk/en/articles/10635897-english-language-requirements-for-sponsorship',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'gb-english-ways',
    title:
      'University of Bath, Skilled Worker English requirement: nationals of majority English-speaking countries; a UK degree; a degree taught in one of those countries (except Canada) or Ireland; or a degree taught in English confirmed by Ecctis',
    url: 'https://www.bath.ac.uk/corporate-information/skilled-worker-visa-english-language-requirements',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'gb-pay-scale-2025',
    title:
      'GIIS: Skilled Worker salary for listed health and education jobs from 2025-07-22 (at least £25,000 and the national pay scale rate, e.g. NHS Agenda for Change bands; applies in the private sector too)',
    url: 'https://giis.co.uk/?p=987499085',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
];

/** IELTS for UKVI: the band needed in each of the four skills for a CEFR level (B2: 5.5). */
export const UKVI_IELTS_PER_SKILL: Partial<Record<Cefr, Fact<number>>> = {
  B2: { value: 5.5, sourceId: 'gb-selt-levels' },
};

/**
 * Nationals of these countries meet the English requirement by nationality (Appendix English
 * Language). British overseas territories are also listed there; they are not modelled here.
 */
export const MAJORITY_ENGLISH_SPEAKING: readonly string[] = [
  'AG', 'AU', 'BS', 'BB', 'BZ', 'CA', 'DM', 'GD', 'GY', 'JM', 'MT', 'NZ', 'KN', 'LC', 'VC', 'TT', 'US',
];

/** A degree taught in these countries counts as taught in English (the list above, less Canada, plus Ireland). */
export const ENGLISH_TAUGHT_DEGREE_COUNTRIES: readonly string[] = [...MAJORITY_ENGLISH_SPEAKING.filter(c => c !== 'CA'), 'IE'];

/**
 * SOC 2020 codes known to be health and care jobs on a national pay scale: 2231 nurses (NHS Agenda
 * for Change). Other codes are not assumed either way: the case file then says it (`nationalPayScale`).
 */
export const HEALTH_CARE_PAY_SCALE_SOC: Fact<readonly string[]> = { value: ['2231'], sourceId: 'gb-pay-scale-2025' };
