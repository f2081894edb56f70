/**
 * Canadian Language Benchmark (CLB / NCLC) levels from a case file's language results, per IRCC's
 * test equivalency charts (data in programs/ca-points-tables.ts).
 */
import type { CaseFile } from '../../case-file';
import { CLB_TABLES, type ClbBand, type ClbSkill, type ClbTable } from '../../programs/ca-points-tables';

type LanguageResult = NonNullable<CaseFile['languages']>[number];

/** CLB level in each of the four abilities. */
export type ClbLevels = Record<ClbSkill, number>;

/** The four abilities, in the order IRCC lists them on a profile. */
export const CLB_SKILLS: readonly ClbSkill[] = ['listening', 'reading', 'writing', 'speaking'];

/**
 * A score below a chart's lowest band gives that band's level minus one, read as "below CLB n";
 * every Canadian points table treats those levels alike (0 points).
 */
function levelFor(bands: readonly ClbBand[], score: number): number {
  for (const band of bands) if (score >= band.min) return band.clb;
  const lowest = bands[bands.length - 1];
  return lowest ? lowest.clb - 1 : 0;
}

/** Why a result has no chart: IRCC does not convert the test, or the test date picks the chart. */
export type NoChart = 'not-converted' | 'needs-test-date';

/**
 * The equivalency chart IRCC applies to a result: the test's chart, or for a test whose scale
 * changed (TEF Canada from 2023-12-11) the chart in force on the test date, which must then be known.
 */
export function clbChartFor(result: LanguageResult): ClbTable | NoChart {
  const charts = result.test ? CLB_TABLES[result.test] : undefined;
  if (!charts?.length) return 'not-converted';
  const dated = charts.some(c => c.from !== undefined);
  if (dated && !result.testDate) return 'needs-test-date';
  const testDate = result.testDate ?? '';
  return charts.find(c => c.from === undefined || testDate >= c.from) ?? 'not-converted';
}

/**
 * CLB levels for one test result, or null when the test is not one IRCC converts (IELTS Academic,
 * Goethe, native speaker…), a score is missing, or a TEF result has no test date. IELTS General
 * Training, CELPIP-G, PTE Core (English) and TEF Canada, TCF Canada (French) are converted.
 */
export function clbFor(result: LanguageResult): ClbLevels | null {
  const chart = clbChartFor(result);
  if (typeof chart === 'string') return null;
  const levels: Partial<ClbLevels> = {};
  for (const skill of CLB_SKILLS) {
    const score = result[skill];
    if (score == null) return null;
    levels[skill] = levelFor(chart.bands[skill], score);
  }
  return levels as ClbLevels;
}

/** The official language a test measures, or null when IRCC does not convert that test. */
export function officialLanguageOf(result: LanguageResult): 'en' | 'fr' | null {
  return result.test ? (CLB_TABLES[result.test]?.[0]?.language ?? null) : null;
}

/** The source id of the chart used for a result, or null when none applies. */
export function clbSourceFor(result: LanguageResult): string | null {
  const chart = clbChartFor(result);
  return typeof chart === 'string' ? null : chart.sourceId;
}

/** The case-file fields (relative to the result, e.g. `speaking`) that keep a result from converting. */
export function clbMissingFields(result: LanguageResult): string[] {
  if (officialLanguageOf(result) === null) return [];
  const skills = CLB_SKILLS.filter(skill => result[skill] == null);
  return clbChartFor(result) === 'needs-test-date' ? ['testDate', ...skills] : skills;
}

/** Lowest level across the four abilities. */
export function lowestClb(levels: ClbLevels): number {
  return Math.min(levels.listening, levels.reading, levels.writing, levels.speaking);
}

/** One way to present a person's results: one test per language, and which language is first. */
export type LanguagePick = {
  english: ClbLevels | null;
  french: ClbLevels | null;
  first: ClbLevels | null;
  second: ClbLevels | null;
  firstLanguage: 'en' | 'fr' | null;
};

/** The pick for someone with no convertible result. */
export const NO_LANGUAGE: LanguagePick = { english: null, french: null, first: null, second: null, firstLanguage: null };

/** A person's convertible results, and what stood in the way of reading the others. */
export type OfficialLanguages = {
  /**
   * Every choice IRCC leaves to the candidate: which English and which French result to enter, and
   * which language is first. Calculators score each and keep the best, as a candidate would; that
   * also keeps points from ever falling when a score rises. Never empty.
   */
  picks: [LanguagePick, ...LanguagePick[]];
  /** Case-file paths (relative to the language list, e.g. `[0].speaking`) whose absence hid a level. */
  missing: string[];
  /** Source ids of the charts used. */
  sourceIds: string[];
};

/** Converts a list of results; results on tests IRCC does not accept are ignored, not missing. */
export function officialLanguages(results: readonly LanguageResult[]): OfficialLanguages {
  const english: ClbLevels[] = [];
  const french: ClbLevels[] = [];
  const missing: string[] = [];
  const sourceIds = new Set<string>();
  results.forEach((r, i) => {
    const language = officialLanguageOf(r);
    if (!language) return;
    const levels = clbFor(r);
    if (!levels) {
      missing.push(...clbMissingFields(r).map(field => `[${String(i)}].${field}`));
      return;
    }
    const source = clbSourceFor(r);
    if (source) sourceIds.add(source);
    (language === 'en' ? english : french).push(levels);
  });
  const picks: LanguagePick[] = [];
  for (const en of [null, ...english]) {
    for (const fr of [null, ...french]) {
      if (en) picks.push({ english: en, french: fr, first: en, second: fr, firstLanguage: 'en' });
      if (fr) picks.push({ english: en, french: fr, first: fr, second: en, firstLanguage: 'fr' });
    }
  }
  const [head, ...rest] = picks;
  return { picks: head ? [head, ...rest] : [NO_LANGUAGE], missing, sourceIds: [...sourceIds] };
}

/** The element with the highest score (the first one on a tie), or undefined for an empty list. */
export function bestBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || score(item) > score(best)) best = item;
  return best;
}
