import type { z } from 'zod';

/** One problem with an input, named by its field path (`education[1].level`). */
export type FieldIssue = { field: string; message: string };

/** Formats a zod issue path the way a lawyer reads it: `education[1].level`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Turns a zod error into field issues. Unrecognised keys are reported at the key itself
 * (`client.dateOfbirth: unknown field`) rather than at its parent, so a misspelling is easy to find.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ field: formatPath([...issue.path, key]), message: 'unknown field' });
      }
    } else {
      issues.push({ field: formatPath(issue.path), message: issue.message });
    }
  }
  return issues;
}

/** One line per issue, `field: message`, the form used on the command line and in errors. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map(i => (i.field ? `${i.field}: ${i.message}` : i.message)).join('\n');
}
