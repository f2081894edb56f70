/**
 * The work behind one what-if in the comparison screen, for all 24 programmes: re-run the engine,
 * rank, and render the matrix (to static markup, the same React tree the screen renders).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { Matrix, type ColumnExtras } from '../../renderer/features/compare/matrix';
import type { CaseFile } from '../../shared/case-file';
import { rankAssessments } from '../../shared/compare/index';
import { applyWhatIf } from '../../shared/compare/what-if';
import { PROGRAM_IDS } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';

/** One what-if round trip; `flip` alternates the $100,000 assumption so every call does real work. */
export function whatIfRender(file: CaseFile, flip: boolean): number {
  const changed = applyWhatIf(file, { languagePlusOne: flip }, '2026-11-29');
  const assessments = evaluate(changed, PROGRAM_IDS, { asOf: '2026-11-29', assumptions: { 'us-h1b-100k-payment': flip ? 'applies' : 'vacated' } });
  const extras: Record<string, ColumnExtras> = {};
  for (const r of rankAssessments(assessments, changed.goals?.priorities)) extras[r.programId] = { rank: r };
  return renderToStaticMarkup(<Matrix assessments={assessments} extras={extras} recommended={null} />).length;
}
