/**
 * The conflict check `import` runs for each client it has just stored, as the app does when a
 * client is created: through `conflicts:check`, against every other live case (those imported in
 * the same batch included, so a duplicate within a file is caught too).
 */
import type { CaseFile } from '../../shared/case-file';
import { conflictQueryFor } from '../../shared/conflicts/query';
import type { CaseSummary, ConflictMatch } from '../../shared/contract';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { failSafely } from './errors';
import { terminalText } from './table';

/** An imported case and the possible conflicts its client raised. */
export type ImportedCase = CaseSummary & { matches: ConflictMatch[] };

/** Runs the conflict check for each imported case; `caseFiles[i]` is the file `imported[i]` was stored from. */
export async function checkImported(advisor: Advisor, imported: readonly CaseSummary[], caseFiles: readonly CaseFile[]): Promise<ImportedCase[]> {
  const checked: ImportedCase[] = [];
  for (const [i, summary] of imported.entries()) {
    const file = caseFiles[i];
    if (!file) throw new Error(`import: no case file for ${summary.reference}`);
    const result = await call(advisor.dispatch, 'conflicts:check', { ...conflictQueryFor(file), excludeCaseId: summary.id });
    if (!result.ok) failSafely(result.error);
    checked.push({ ...summary, matches: result.value.matches });
  }
  return checked;
}

/** `  Possible conflict with case 2026-0001 (client Priya Sharma), high: Same name; Same date of birth (…)`. */
export function describeMatch(m: ConflictMatch): string {
  return terminalText(`  Possible conflict with case ${m.reference} (${m.role} ${m.matchedName}), ${m.confidence}: ${m.reasons.join('; ')}`);
}

/** The closing line of the conflict check over a batch. */
export function conflictSummary(cases: readonly ImportedCase[]): string {
  const flagged = cases.filter(c => c.matches.length > 0).length;
  if (flagged === 0) return 'Conflict check: no possible conflicts.';
  const which = cases.length === 1 ? 'the imported client' : `${String(flagged)} of ${String(cases.length)} imported clients`;
  return `Conflict check: possible conflicts for ${which}, listed above. Review them in the app (the case’s Conflict check) and record a decision.`;
}
