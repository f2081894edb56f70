/**
 * Education as IRCC scores it on the CRS and the FSW grid (CRS criteria; IRPR s. 78): a Canadian
 * credential counts as it is, a foreign one only with an Educational Credential Assessment (ECA) on
 * file; a post-secondary programme of three years or longer counts as a bachelor's ("Bachelor's
 * degree OR a three or more year program"); two or more post-secondary credentials, one of three
 * years or longer, count as "two or more".
 */
import type { CaseFile, EducationLevel } from '../../case-file';
import { assessedOrFrom, completedEducation, educationRank, levelOf, threeYearsOrLonger } from '../facts';

type Education = NonNullable<CaseFile['education']>[number];

/** Credentials from here need no assessment. */
const HOME = ['CA'];

/** A credential at the level IRCC scores it: a 3+-year diploma at the bachelor's row. */
function scored(e: Education): Education {
  return threeYearsOrLonger(e) && educationRank(e.level) < educationRank('bachelor') ? { ...e, level: 'bachelor' } : e;
}

/**
 * The level IRCC credits for a list of credentials at `asOf`, or null when the list is unknown.
 * `missing` names the country or ECA of each credential whose answer could still raise the level
 * (`path` is the list's case-file path, e.g. `spouse.education`).
 */
export function creditedEducation(list: CaseFile['education'], asOf: string, path: string): { level: EducationLevel | null; missing: string[] } {
  if (list == null) return { level: null, missing: [path] };
  const counted: Education[] = [];
  const open: { e: Education; field: string }[] = [];
  for (const e of completedEducation({ education: list }, asOf)) {
    const counts = assessedOrFrom(e, HOME);
    if (counts === true) counted.push(scored(e));
    else if (counts !== false) open.push({ e: scored(e), field: `${path}[${String(list.indexOf(e))}].${counts}` });
  }
  const level = levelOf(counted);
  const best = levelOf([...counted, ...open.map(o => o.e)]);
  // An open credential is asked about only when crediting it could raise the level.
  const missing = educationRank(best) > educationRank(level) ? open.map(o => o.field) : [];
  return { level, missing };
}
