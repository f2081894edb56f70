/**
 * The conflict check `import` runs for each client it has just stored, as the app does when a
 * client is created: through `conflicts:run`, which stores it, against every other live case (those imported in
 * the same batch included, so a duplicate within a file is caught too).
 */
import type { CaseFile } from '../../shared/case-file';
import { ConflictMatch, type CaseSummary } from '../../shared/contract';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { failSafely } from './errors';
import { terminalText } from './table';

/** An imported case and the possible conflicts its client raised; null when the check was not run. */
export type ImportedCase = CaseSummary & { matches: ConflictMatch[] | null };

/**
 * Checks each imported case in turn (`caseFiles[i]` is the file `imported[i]` was stored from),
 * telling `onChecked` as each is done, so a long batch shows its progress.
 */
export async function checkImported(
  advisor: Advisor,
  imported: readonly CaseSummary[],
  caseFiles: readonly CaseFile[],
  onChecked: (checked: ImportedCase) => void = () => undefined,
): Promise<ImportedCase[]> {
  const checked: ImportedCase[] = [];
  for (const [i, summary] of imported.entries()) {
    if (!caseFiles[i]) throw new Error(`import: no case file for ${summary.reference}`);
    // Stored as the app stores a new client's check, so the case list shows what is left to decide.
    const result = await call(advisor.dispatch, 'conflicts:run', { caseId: summary.id });
    if (!result.ok) failSafely(result.error);
    const one = { ...summary, matches: result.value.hits.filter(h => h.current).map(h => ConflictMatch.parse(h)) };
    onChecked(one);
    checked.push(one);
  }
  return checked;
}

/** `  2026-0003 may conflict with 2026-0001 (client Priya Sharma), high: Same name; Same date of birth (…)`. */
export function describeMatch(imported: Pick<CaseSummary, 'reference'>, m: ConflictMatch): string {
  return terminalText(`  ${imported.reference} may conflict with ${m.reference} (${m.role} ${m.matchedName}), ${m.confidence}: ${m.reasons.join('; ')}`);
}

/** The closing line of the conflict check over a batch. */
export function conflictSummary(cases: readonly ImportedCase[]): string {
  const flagged = cases.filter(c => c.matches !== null && c.matches.length > 0).length;
  if (flagged === 0) return 'Conflict check: no possible conflicts.';
  const which = cases.length === 1 ? 'the imported client' : `${String(flagged)} of ${String(cases.length)} imported clients`;
  return `Conflict check: possible conflicts for ${which}, listed above. Review them in the app (the case’s Conflict check) and record a decision.`;
}
