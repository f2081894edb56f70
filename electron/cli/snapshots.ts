/**
 * `snapshots CASE [--json]`: a case's saved comparisons, newest first, with the ids `memo --snapshot`
 * takes, through the same `snapshots:list` as the app's comparison workspace.
 */
import type { SnapshotSummary } from '../../shared/contract';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { resolveCase } from './case-ref';
import type { Out } from './cases';
import { EXIT, failSafely } from './errors';
import { formatTable, terminalJson, terminalText } from './table';

/** Widest programme list shown in the table, in terminal columns; --json has them all. */
const PROGRAMMES_COLUMN = 40;
/** Differences listed per stale comparison; --json has them all. */
const CHANGES_SHOWN = 5;

const savedAt = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

function staleLines(list: readonly SnapshotSummary[]): string[] {
  return list
    .filter(s => s.stale)
    .flatMap(s => {
      const more = s.staleChanges.length - CHANGES_SHOWN;
      return [
        `${s.id} would now come out differently:`,
        ...s.staleChanges.slice(0, CHANGES_SHOWN).map(c => `  ${terminalText(c)}`),
        ...(more > 0 ? [`  …and ${String(more)} more (--json lists them all)`] : []),
      ];
    });
}

/** Lists the saved comparisons of the case `ref` names (matter number or id). */
export async function listSnapshots(advisor: Advisor, ref: string, json: boolean, out: Out): Promise<number> {
  const found = await resolveCase(advisor, ref);
  const result = await call(advisor.dispatch, 'snapshots:list', { caseId: found.id });
  if (!result.ok) failSafely(result.error);
  const list = result.value;
  if (json) {
    out(terminalJson(list));
    return EXIT.ok;
  }
  const title = `${terminalText(found.clientName)}, case ${found.reference}`;
  if (list.length === 0) {
    out(`No saved comparisons for ${title}. memo saves one of the default programmes; compare ${found.reference} --save saves the one you ask for.`);
    return EXIT.ok;
  }
  out(`Saved comparisons for ${title}, newest first (UTC):`);
  const rows = list.map(s => [
    s.id,
    savedAt(s.createdAt),
    s.asOf,
    `${String(s.programIds.length)}: ${s.programIds.join(', ')}`,
    s.recommendation.programId ?? 'none',
    s.stale ? 'yes' : 'no',
  ]);
  out(formatTable(['Id', 'Saved', 'As of', 'Programmes', 'Recommended', 'Stale'], rows, [undefined, undefined, undefined, PROGRAMMES_COLUMN]));
  const stale = staleLines(list);
  if (stale.length > 0) out(['', ...stale].join('\n'));
  out(`memo ${found.reference} --snapshot ID --out FILE.pdf writes the memo from one of them.`);
  return EXIT.ok;
}
