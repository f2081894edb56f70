/**
 * The programme catalogue: every country file, merged, with one source list. `RULES_VERSION`
 * changes whenever any fact changes, so saved comparisons can tell they are stale.
 */
import { BUNDLED_FACTS } from '../facts/bundled';
import { AE_CATALOGUE } from './ae';
import { ASSUMPTION_SOURCES } from './assumptions';
import { AU_CATALOGUE } from './au';
import { CA_CATALOGUE } from './ca';
import { CA_POINTS_SOURCES } from './ca-points-tables';
import { CEFR_SOURCES } from './cefr-tables';
import { CN_CATALOGUE } from './cn';
import { DE_CATALOGUE } from './de';
import { DE_POINTS_SOURCES } from './de-points-tables';
import { FX_SOURCES } from './fx-rates';
import { GB_CATALOGUE } from './gb';
import { GB_TABLE_SOURCES } from './gb-tables';
import { JP_CATALOGUE } from './jp';
import { JP_POINTS_SOURCES } from './jp-points-tables';
import { KR_CATALOGUE } from './kr';
import { NZ_CATALOGUE } from './nz';
import { NZ_POINTS_SOURCES } from './nz-points-tables';
import { SG_CATALOGUE } from './sg';
import type { CountryCatalogue, Program, Source } from './types';
import { US_CATALOGUE } from './us';

/**
 * Bumped with every change to a fact, a fee or a rule in the catalogue (date + counter). It is the
 * facts data set's label, so the data set and the version saved with a comparison are one thing.
 */
export const RULES_VERSION = BUNDLED_FACTS.label;

/** The fixed programme ids (saved comparisons and the CLI use them). */
export const PROGRAM_IDS = [
  'us-h1b', 'us-o1a', 'us-l1', 'us-eb2-niw', 'us-eb1a',
  'cn-k', 'cn-r', 'cn-z',
  'ca-express-entry', 'ca-global-talent-stream',
  'de-blue-card', 'de-opportunity-card',
  'gb-global-talent', 'gb-hpi', 'gb-skilled-worker',
  'kr-top-tier', 'kr-d10',
  'nz-smc', 'jp-hsp',
  'au-national-innovation', 'au-skills-in-demand',
  'sg-one-pass', 'sg-employment-pass',
  'ae-golden-visa',
] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

/** The country files, in display order. */
export const CATALOGUES: readonly CountryCatalogue[] = [
  US_CATALOGUE, CN_CATALOGUE, CA_CATALOGUE, DE_CATALOGUE, GB_CATALOGUE, KR_CATALOGUE,
  NZ_CATALOGUE, JP_CATALOGUE, AU_CATALOGUE, SG_CATALOGUE, AE_CATALOGUE,
];

/** Every source in the catalogue: country files, points tables, exchange rates and assumptions. */
export const SOURCES: readonly Source[] = [
  ...CATALOGUES.flatMap(c => c.sources),
  ...CA_POINTS_SOURCES, ...CEFR_SOURCES, ...DE_POINTS_SOURCES, ...NZ_POINTS_SOURCES, ...JP_POINTS_SOURCES,
  ...FX_SOURCES, ...ASSUMPTION_SOURCES, ...GB_TABLE_SOURCES,
];

/** Every programme, in catalogue order. */
export const PROGRAMS: readonly Program[] = CATALOGUES.flatMap(c => c.programs);

const programIndex = new Map(PROGRAMS.map(p => [p.id, p]));
const sourceIndex = new Map(SOURCES.map(s => [s.id, s]));

export function programById(id: string): Program | undefined {
  return programIndex.get(id);
}

export function sourceById(id: string): Source | undefined {
  return sourceIndex.get(id);
}

/** True when `id` is one of the fixed programme ids. */
export function isProgramId(id: string): id is ProgramId {
  return (PROGRAM_IDS as readonly string[]).includes(id);
}
