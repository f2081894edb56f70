// Public surface of the conflict-of-interest name matcher. Typical backend use: prepareNames() each
// stored client's names once and cache them, then matchNames() the new client against each one.

/**
 * normalizeName: NFKD, accents stripped, ß → ss, Ø → o, lower case, punctuation to spaces.
 * nameTokens: the words of a normalised name. foldName: the same but keeping accents.
 */
export { foldName, nameTokens, normalizeName } from './normalize';

/**
 * toLatin: Latin renderings of a Devanagari, Chinese or Hangul name (Latin input is returned as is).
 * nameScript: which script a name is written in. romanizeHangul: Revised Romanization, syllable by syllable.
 */
export { nameScript, romanizeHangul, toLatin, type NameScript } from './transliterate';

/**
 * canonicalToken: the canonical spelling of a name token (muhammad → mohammed).
 * VARIANT_GROUPS: the data table of well-known variant groups, each with its reason.
 */
export { canonicalToken, VARIANT_GROUPS, type VariantGroup, type VariantKind } from './variants';

/**
 * matchNames: best match between two people's names (with date of birth), or null below MATCH_THRESHOLD.
 * prepareNames / prepareName: precompute Latin renderings for caching. matchEmployer: company names.
 * jaroWinkler: the typo similarity used per word.
 */
export {
  jaroWinkler,
  matchEmployer,
  matchNames,
  MATCH_THRESHOLD,
  prepareName,
  prepareNames,
  type EmployerMatch,
  type NameMatch,
  type NameSubject,
  type PreparedForm,
  type PreparedName,
} from './match';
