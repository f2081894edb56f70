/**
 * `compare CASE`: the comparison of a stored case (its last complete case file), and with `--save`
 * stored as a saved comparison through `snapshots:save`, as the app's *Save comparison* does.
 */
import type { FactDataSet } from '../../shared/facts/schema';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { resolveCase } from './case-ref';
import type { Out } from './cases';
import { compare, programsFor, type CompareOptions } from './compare';
import { EXIT, failSafely } from './errors';

/** Where the command prints: results on `out`; with --json, notes go to `note` so the JSON stays whole. */
export type CompareOut = { out: Out; note: Out };

/** `facts`: the data set to compare with; the shipped one unless the firm's is given. */
export async function compareStored(advisor: Advisor, ref: string, options: CompareOptions, flags: { json: boolean; save: boolean }, print: CompareOut, facts?: FactDataSet): Promise<number> {
  const { id } = await resolveCase(advisor, ref);
  const record = await call(advisor.dispatch, 'cases:get', { id });
  if (!record.ok) failSafely(record.error);
  const { caseFile, reference, draft } = record.value;
  const note = flags.json ? print.note : print.out;
  if (draft) note(`Case ${reference} has intake changes with problems, not yet saved; this compares its last complete case file.`);
  print.out(compare(caseFile, options, flags.json, facts));
  if (!flags.save) return EXIT.ok;
  const saved = await call(advisor.dispatch, 'snapshots:save', {
    caseId: id,
    caseFile,
    programIds: programsFor(caseFile, options),
    assumptions: options.assumptions,
    asOf: options.asOf,
    currency: options.currency,
    recommendation: { programId: null, rationale: '' },
  });
  if (!saved.ok) failSafely(saved.error);
  note(`Saved as comparison ${saved.value.id} of case ${reference} (memo ${reference} --snapshot ${saved.value.id} --out FILE.pdf).`);
  return EXIT.ok;
}
