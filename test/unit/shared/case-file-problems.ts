/** Helpers for tests of the case-file schema: a file's problems as `field: message` lines. */
import { CaseFile } from '../../../shared/case-file';
import { describeIssues, toFieldIssues } from '../../../shared/validation';
import { loadFixture } from '../../fixtures';

/** Parses (with `schema`, the plain case file by default) and returns the `field: message` lines, or [] when valid. */
export function problems(file: unknown, schema: { safeParse: typeof CaseFile.safeParse } = CaseFile): string[] {
  const parsed = schema.safeParse(file);
  return parsed.success ? [] : describeIssues(toFieldIssues(parsed.error)).split('\n');
}

/** The Priya fixture after `mutate` changed it. */
export function withChange(mutate: (f: Record<string, any>) => void): unknown {
  const f = loadFixture('priya-sharma.case.json') as Record<string, any>;
  mutate(f);
  return f;
}
