/**
 * Conflict hits in words, one wording for the case page, the audit trail and the CLI: how strong a
 * possible match is and why, whose name matched, and what was decided.
 */
import type { ConflictMatch, ConflictResolution } from './contract';

const STRENGTH: Record<ConflictMatch['confidence'], string> = { high: 'Strong match', medium: 'Possible match', low: 'Weak match' };
/** Whose name matched: "the client" (of matter 2026-0001). */
export const ROLE_WORDS: Record<ConflictMatch['role'], string> = { client: 'the client', spouse: 'the spouse', employer: 'an employer' };

/** A decision as the audit trail and the case page say it. */
export const RESOLUTION_WORDS: Record<ConflictResolution, string> = {
  unresolved: 'not decided',
  cleared: 'cleared',
  conflict: 'conflict',
  'same-person': 'same person',
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The strength and its two main reasons (the case page lists any others below): "Strong match: same name in a different script (李伟 = li wei)
 * and same date of birth (1990-01-02)".
 */
export function strengthInWords(m: Pick<ConflictMatch, 'confidence' | 'reasons'>): string {
  const reasons = m.reasons.slice(0, 2).map(lowerFirst);
  return reasons.length === 0 ? STRENGTH[m.confidence] : `${STRENGTH[m.confidence]}: ${reasons.join(' and ')}`;
}

/** Whose name matched, where: "Possible match with the client of matter 2026-0001, 李伟". */
export function describeHit(m: Pick<ConflictMatch, 'role' | 'reference' | 'matchedName'>): string {
  return `Possible match with ${ROLE_WORDS[m.role]} of matter ${m.reference}, ${m.matchedName}`;
}
