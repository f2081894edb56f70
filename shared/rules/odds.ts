/**
 * Selection odds where there is a lottery (the H-1B cap). Figures come from the catalogue (DHS's
 * modelled odds by wage level for the weighted lottery; the last random season's selection rate),
 * and the basis sentence names the fiscal year and the source.
 */
import type { CaseFile } from '../case-file';
import { sourceById } from '../programs/index';
import type { AssumptionKey, Program } from '../programs/types';
import { completedEducation, educationRank } from './facts';

/**
 * A US master's or higher puts the client in the 20,000 advanced-degree draw before the regular one.
 * No source gives that pool's size under weighted selection, so this is said, not computed.
 */
function mastersCapNote(file: CaseFile, asOf: string): string {
  const usAdvanced = completedEducation(file, asOf).some(e => e.country === 'US' && educationRank(e.level) >= educationRank('master'));
  return usAdvanced
    ? " The client's US master's or higher also enters the 20,000 advanced-degree draw first, so the real chance is higher than this figure."
    : '';
}

export function oddsFor(
  program: Program,
  file: CaseFile,
  assumptions: Record<AssumptionKey, string>,
  sources: Set<string>,
  asOf: string,
): { probability: number; basis: string } | null {
  const s = program.selection;
  if (s.kind !== 'lottery') return null;
  const cite = (id: string | undefined) => {
    if (!id) return '';
    sources.add(id);
    const src = sourceById(id);
    return src ? ` (source: ${src.title}, as of ${src.asOf})` : '';
  };
  if (assumptions['us-h1b-weighted-selection'] === 'weighted' && s.weightedOdds) {
    const table = s.weightedOdds;
    if (table.value === null) return null;
    const level = file.jobOffer?.usWageLevel;
    if (level == null) return null;
    const key = String(level) as '1' | '2' | '3' | '4';
    return {
      probability: table.value[key],
      basis: `${s.fiscalYear} weighted lottery, wage level ${key}: modelled selection probability${cite(table.sourceId)}.${mastersCapNote(file, asOf)} ${s.description}`,
    };
  }
  if (s.randomOdds && s.randomOdds.value !== null) {
    return {
      probability: s.randomOdds.value,
      basis: `Random lottery: last season's selection rate${cite(s.randomOdds.sourceId)}.${mastersCapNote(file, asOf)} ${s.description}`,
    };
  }
  return null;
}
