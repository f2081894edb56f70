import type { Assessment } from '../../../shared/rules/types';

/** Rank order (as rankAssessments returned it) or the catalogue's order. */
export type ColumnOrder = 'rank' | 'catalogue';
/** Every route, or only those that are not ruled out: eligible or needing information. */
export type ColumnFilter = 'viable' | 'all';

/** A route is viable unless the engine found it not eligible: unknowns keep it in. */
export const isViable = (a: Pick<Assessment, 'status'>): boolean => a.status !== 'ineligible';

/**
 * The matrix's columns: filtered, ordered, and the pinned route (if shown) first after the row
 * headers. `assessments` come in catalogue order; `ranks` maps a programme to its rank, and a route
 * without one goes after every ranked route, in catalogue order.
 */
export function arrangeColumns<A extends Pick<Assessment, 'programId' | 'status'>>(
  assessments: readonly A[],
  ranks: ReadonlyMap<string, number>,
  view: { order: ColumnOrder; filter: ColumnFilter; pinned: string | null },
): A[] {
  const shown = assessments.filter(a => view.filter === 'all' || isViable(a));
  const catalogue = new Map(assessments.map((a, i) => [a.programId, i]));
  const position = (a: A) => (view.order === 'rank' ? (ranks.get(a.programId) ?? Infinity) : 0);
  const sorted = [...shown].sort((x, y) => position(x) - position(y) || (catalogue.get(x.programId) ?? 0) - (catalogue.get(y.programId) ?? 0));
  const pinned = sorted.find(a => a.programId === view.pinned);
  return pinned ? [pinned, ...sorted.filter(a => a !== pinned)] : sorted;
}
