/**
 * The words most memos share, shaped by the memo worker before its first memo (warmFonts in
 * pdf-fonts.ts): the programme catalogue's text (names, criteria, fees, sources) and the standard
 * notices. Taken from the data, so it follows the catalogue as it changes.
 */
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import { CATALOGUES } from '../../shared/programs/index';

/** Strings this short are names and labels, which memos also set in bold. */
const LABEL_WORDS = 6;

/** Distinct words of the catalogue and notices, and those of short labels (bold in memos). */
export function memoVocabulary(): { words: string[]; boldWords: string[] } {
  const words = new Set<string>();
  const boldWords = new Set<string>();
  const add = (text: string) => {
    const parts = text.split(/\s+/).filter(Boolean);
    for (const w of parts) {
      words.add(w);
      if (parts.length <= LABEL_WORDS) boldWords.add(w);
    }
  };
  const walk = (value: unknown): void => {
    if (typeof value === 'string') add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(CATALOGUES);
  walk(DEFAULT_DISCLAIMERS);
  return { words: [...words], boldWords: [...boldWords] };
}
