/**
 * The case view's wiring of the intake, for component tests: the draft, the schema's errors by path
 * (checked as of a fixed date), and the last valid case file for "Still missing".
 */
import { useMemo, useState, type ReactNode } from 'react';
import { CaseFile, caseFileAsOf } from '../../shared/case-file';
import { toFieldIssues } from '../../shared/validation';
import { setPath } from '../../renderer/features/intake/paths';
import { IntakeContext, type IntakeForm } from '../../renderer/features/intake/use-intake-form';

export const AS_OF = '2026-11-29';
export type Json = Record<string, unknown>;
/** The draft as last rendered. */
export const draft = { latest: {} as Json };

export function IntakeHarness({ initial, saved, children }: { initial: Json; /** The last valid case file (the case view's record). */ saved?: Json | undefined; children: (form: IntakeForm, current: CaseFile) => ReactNode }) {
  const [value, setValue] = useState(initial);
  draft.latest = value;
  const parsed = useMemo(() => caseFileAsOf(AS_OF).safeParse(value), [value]);
  const errors = useMemo(() => new Map(parsed.success ? [] : toFieldIssues(parsed.error).map(i => [i.field, i.message] as const)), [parsed]);
  const [lastGood] = useState(() => CaseFile.parse(saved ?? { format: 'immigration-advisor/case', version: 1, client: { fullName: 'Priya Sharma' } }));
  const form: IntakeForm = { draft: value, errors, set: (p, v) => setValue(d => setPath(d, p, v)) };
  return <IntakeContext.Provider value={form}>{children(form, parsed.success ? parsed.data : lastGood)}</IntakeContext.Provider>;
}
