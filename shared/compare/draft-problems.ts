/**
 * The intake's draft problems in words, for the banner that says Compare and the memo are working
 * from an older version of the case: "Funds available: currency (one with an exchange rate) —
 * missing". Field paths never reach the lawyer; each problem keeps its path only as a link target.
 */
import type { CaseFile } from '../case-file';
import { factLabel } from '../rules/fact-labels';
import type { FieldIssue } from '../validation';

export type DraftProblem = { field: string; text: string };

/** One problem as the lawyer reads it: the field's label, then what is wrong with it. */
export function describeProblem(issue: FieldIssue, file?: CaseFile): string {
  // The schema's bare "required" reads better as what it means for a fact.
  const what = issue.message === 'required' ? 'missing' : issue.message;
  return `${factLabel(issue.field, file)} — ${what}`;
}

/** Every problem of a draft, one per field (the first message wins, as the intake shows it). */
export function draftProblems(issues: readonly FieldIssue[], file?: CaseFile): DraftProblem[] {
  const seen = new Set<string>();
  const out: DraftProblem[] = [];
  for (const issue of issues) {
    if (seen.has(issue.field)) continue;
    seen.add(issue.field);
    out.push({ field: issue.field, text: describeProblem(issue, file) });
  }
  return out;
}

/** "1 problem", "3 problems". */
export function problemCount(n: number): string {
  return `${String(n)} ${n === 1 ? 'problem' : 'problems'}`;
}
