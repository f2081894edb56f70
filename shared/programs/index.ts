/**
 * The shipped catalogue: every country file built from the bundled facts data set, with one source
 * list. `RULES_VERSION` changes whenever any fact changes, so saved comparisons can tell they are
 * stale. A catalogue of another data set (a rule pack, a firm's overrides) is `buildCatalogue`'s.
 */
import { BUNDLED_FACTS } from '../facts/bundled';
import { buildCatalogue, type Catalogue } from './catalogue';
import type { CountryCatalogue, Program, Source } from './types';

/** The catalogue of the data set shipped with the app. */
export const SHIPPED_CATALOGUE: Catalogue = buildCatalogue(BUNDLED_FACTS);

/**
 * Bumped with every change to a fact, a fee or a rule in the catalogue (date + counter). It is the
 * facts data set's label, so the data set and the version saved with a comparison are one thing.
 */
export const RULES_VERSION = SHIPPED_CATALOGUE.version;

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
export const CATALOGUES: readonly CountryCatalogue[] = SHIPPED_CATALOGUE.catalogues;

/** Every source in the catalogue: country files, points tables, exchange rates and assumptions. */
export const SOURCES: readonly Source[] = SHIPPED_CATALOGUE.sources;

/** Every programme, in catalogue order. */
export const PROGRAMS: readonly Program[] = SHIPPED_CATALOGUE.programs;

export function programById(id: string): Program | undefined {
  return SHIPPED_CATALOGUE.programById(id);
}

export function sourceById(id: string): Source | undefined {
  return SHIPPED_CATALOGUE.sourceById(id);
}

/** True when `id` is one of the fixed programme ids. */
export function isProgramId(id: string): id is ProgramId {
  return (PROGRAM_IDS as readonly string[]).includes(id);
}

export { buildCatalogue, type Catalogue } from './catalogue';
