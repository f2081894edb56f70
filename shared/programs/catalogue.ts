/**
 * The catalogue built from a facts data set: every programme with its fees as that data set has
 * them, one source list, and the data set's version. The programme files hold the rule logic and
 * read every fee amount from the data set they are given, so a rule pack or a firm's overrides
 * change the figures without a new release. The shipped catalogue (index.ts) is this function of
 * the bundled data set.
 */
import { buildAeCatalogue } from './ae';
import { ASSUMPTION_SOURCES } from './assumptions';
import { buildAuCatalogue } from './au';
import { buildCaCatalogue } from './ca';
import { CA_POINTS_SOURCES } from './ca-points-tables';
import { CEFR_SOURCES } from './cefr-tables';
import { buildCnCatalogue } from './cn';
import { buildDeCatalogue } from './de';
import { DE_POINTS_SOURCES } from './de-points-tables';
import { FX_SOURCES } from './fx-rates';
import { buildGbCatalogue } from './gb';
import { GB_TABLE_SOURCES } from './gb-tables';
import { KEY_DATE_SOURCES } from '../key-dates/sources';
import { buildJpCatalogue } from './jp';
import { JP_POINTS_SOURCES } from './jp-points-tables';
import { buildKrCatalogue } from './kr';
import { buildNzCatalogue } from './nz';
import { NZ_POINTS_SOURCES } from './nz-points-tables';
import { buildSgCatalogue } from './sg';
import type { CountryCatalogue, Program, Source } from './types';
import { buildUsCatalogue } from './us';
import { contentHashInput, rulesIdentity, type FactDataSet } from '../facts/schema';

/** Programmes, sources and version, all from one data set. */
export type Catalogue = {
  /** The data set's label: the rules version shown ("rules as of …") and saved with a comparison. */
  readonly version: string;
  /** The exact data set: its label and the start of its content hash (rulesIdentity). */
  readonly identity: string;
  /** The country files, in display order. */
  readonly catalogues: readonly CountryCatalogue[];
  /** Every programme, in catalogue order. */
  readonly programs: readonly Program[];
  /** Every source: country files, points tables, exchange rates and assumptions. */
  readonly sources: readonly Source[];
  programById(id: string): Program | undefined;
  sourceById(id: string): Source | undefined;
};

/** The country builders, in display order. */
const COUNTRIES = [
  buildUsCatalogue, buildCnCatalogue, buildCaCatalogue, buildDeCatalogue, buildGbCatalogue, buildKrCatalogue,
  buildNzCatalogue, buildJpCatalogue, buildAuCatalogue, buildSgCatalogue, buildAeCatalogue,
] as const;

/** Sources of the tables and rates, which are not (yet) facts of the data set. */
const TABLE_SOURCES: readonly Source[] = [
  ...CA_POINTS_SOURCES, ...CEFR_SOURCES, ...DE_POINTS_SOURCES, ...NZ_POINTS_SOURCES, ...JP_POINTS_SOURCES,
  ...FX_SOURCES, ...ASSUMPTION_SOURCES, ...GB_TABLE_SOURCES, ...KEY_DATE_SOURCES,
];

function build(dataSet: FactDataSet): Catalogue {
  const catalogues = COUNTRIES.map(country => country(dataSet));
  const programs = catalogues.flatMap(c => c.programs);
  const sources = [...catalogues.flatMap(c => c.sources), ...TABLE_SOURCES];
  const programIndex = new Map(programs.map(p => [p.id, p]));
  const sourceIndex = new Map(sources.map(s => [s.id, s]));
  return {
    version: dataSet.label,
    identity: rulesIdentity(dataSet),
    catalogues,
    programs,
    sources,
    programById: id => programIndex.get(id),
    sourceById: id => sourceIndex.get(id),
  };
}

/** A firm uses one data set at a time (and a comparison may check against the previous one): a few suffice. */
const CACHE_SIZE = 8;
const cache = new Map<string, { dataSet: FactDataSet; catalogue: Catalogue }>();

/**
 * The catalogue of `dataSet`, built once per data set identity (label + content hash). Two
 * different data sets claiming one identity is a defect (a hash not recomputed after a change),
 * refused rather than answered with the other's figures.
 */
export function buildCatalogue(dataSet: FactDataSet): Catalogue {
  const key = `${dataSet.label}+${dataSet.contentHash}`;
  const hit = cache.get(key);
  if (hit) {
    if (hit.dataSet !== dataSet && contentHashInput(hit.dataSet.facts) !== contentHashInput(dataSet.facts)) {
      throw new Error(`Two different facts data sets claim the identity ${rulesIdentity(dataSet)}: recompute the content hash of the changed one`);
    }
    return hit.catalogue;
  }
  const catalogue = build(dataSet);
  cache.set(key, { dataSet, catalogue });
  const oldest = cache.keys().next().value;
  if (cache.size > CACHE_SIZE && oldest !== undefined) cache.delete(oldest);
  return catalogue;
}
