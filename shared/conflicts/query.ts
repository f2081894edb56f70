/**
 * What a case file is conflict-checked by: the client's names and date of birth, and the employers
 * of the job offer and work history. One definition for the app's conflict panel and the CLI's import.
 */
import type { CaseFile } from '../case-file';

/** The contract's `conflicts:check` takes at most this many other names and employers. */
const MAX_LISTED = 20;

/** The `conflicts:check` query for a case file (without the case to exclude). */
export function conflictQueryFor(file: CaseFile): { fullName: string; otherNames: string[]; dateOfBirth: string | null; employers: string[] } {
  const employers = [file.jobOffer?.employer, ...(file.work ?? []).map(w => w.employer)].filter((e): e is string => !!e);
  return {
    fullName: file.client.fullName,
    // A client with more than 20 of either is checked on the first 20 (the contract's limit), not refused.
    otherNames: (file.client.otherNames ?? []).slice(0, MAX_LISTED),
    dateOfBirth: file.client.dateOfBirth ?? null,
    employers: [...new Set(employers)].slice(0, MAX_LISTED),
  };
}
