import type { CaseFile } from '../case-file';
import { PROGRAMS } from '../programs/index';

/** Always offered, whatever the client's targets: the two routes the product was born from. */
const ALWAYS = ['us-h1b', 'cn-k'];

/**
 * The programmes compared when the user has not chosen: those of the client's target countries,
 * plus us-h1b and cn-k, in catalogue order. With no target countries recorded, all of them.
 */
export function defaultProgramIds(file: Pick<CaseFile, 'goals'>): string[] {
  const targets = file.goals?.targetCountries;
  if (!targets?.length) return PROGRAMS.map(p => p.id);
  return PROGRAMS.filter(p => targets.includes(p.country) || ALWAYS.includes(p.id)).map(p => p.id);
}
