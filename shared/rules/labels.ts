/** Plain-English names used in the engine's reasons, so every sentence reads the same way. */
import type { CaseFile, EducationLevel, Money } from '../case-file';
import { countryName } from '../countries';
import type { CalculatorId, FirmFigure } from '../programs/types';
import type { Costs, ConditionalCost, Odds } from './types';

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'no formal education',
  secondary: 'secondary school',
  'diploma-1yr': 'a one-year diploma',
  'diploma-2yr': 'a two-year diploma',
  bachelor: "a bachelor's degree",
  'two-or-more': "two or more credentials (one a bachelor's)",
  master: "a master's degree",
  professional: 'a professional degree',
  doctorate: 'a doctorate',
};

/** The languages the case file's results are in, by ISO 639-1 code. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'French', de: 'German', zh: 'Chinese', ja: 'Japanese', ko: 'Korean' };

/** The evidence criteria of talent routes, in words for a sentence. */
export const CRITERION_WORDS: Readonly<Record<string, string>> = {
  awards: 'awards',
  membership: 'selective membership',
  mediaCoverage: 'media coverage',
  judging: "judging others' work",
  originalContribution: 'original contributions',
  publications: 'publications',
  criticalRole: 'a critical role',
  highSalary: 'a high salary',
};

/** The points calculators by name, as their tables are called. */
export const CALCULATOR_NAMES: Readonly<Record<CalculatorId, string>> = {
  'ca-crs': 'CRS',
  'ca-fsw': 'Federal Skilled Worker grid',
  'de-opportunity-card': 'Opportunity Card',
  'nz-smc': 'Skilled Migrant Category',
  'jp-hsp': 'Highly Skilled Professional',
};

/** `145,000 USD`: whole units, thousands separated, currency code after. */
export function formatMoney(m: Money): string {
  return `${Math.round(m.amount).toLocaleString('en-US')} ${m.currency}`;
}

/** English month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `12.3%` for a probability of 0.123, to a tenth of a percent. */
export function formatPercent(p: number): string {
  return `${(Math.round(p * 1000) / 10).toFixed(1)}%`;
}

/** `2.5 years` / `1 year`. */
export function formatYears(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${String(rounded)} ${rounded === 1 ? 'year' : 'years'}`;
}

/** Joins words for a sentence: `a`, `a or b`, `a, b and c`. */
export function joinList(items: readonly string[], joiner: 'and' | 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1) ?? ''}`;
}

/** Joins country codes for a sentence: `US`, `US or CA`. */
export function orList(items: readonly string[]): string {
  return joinList(items, 'or');
}

/** Countries whose English name takes "the" in running text. */
const WITH_ARTICLE = new Set(['US', 'GB', 'AE', 'NL', 'PH', 'BS', 'GM', 'CZ', 'DO', 'CF', 'KM', 'MV', 'MH', 'SB']);

/** `India`, `the United States`: a country's name as it reads in a sentence. */
export const countryInProse = (code: string): string => `${WITH_ARTICLE.has(code) ? 'the ' : ''}${countryName(code)}`;

/** `India and the United States` (or, with `joiner` 'or', `India or the United States`). */
export function countryList(codes: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  return joinList(codes.map(countryInProse), joiner);
}

/** `New Zealand's`, `the United States'`: a country's name as a possessive in a sentence. */
export function countryPossessive(code: string): string {
  const name = countryInProse(code);
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** The client's name for a sentence: as recorded, or "The client" when there is none. */
export function clientName(file: Pick<CaseFile, 'client'>): string {
  return file.client.fullName.trim() || 'The client';
}

/** The odds in a few words, for a table cell: `30.6%`, `No lottery`, `Not in the lottery`, `Unknown`. */
export function oddsHeadline(o: Odds): string {
  switch (o.kind) {
    case 'probability':
      return formatPercent(o.probability);
    case 'none':
      return 'No lottery';
    case 'exempt':
      return 'Not in the lottery';
    case 'unknown':
      return 'Unknown';
  }
}

/** The sentence behind the headline: the basis of a figure, or why there is none. */
export function oddsDetail(o: Odds): string {
  return o.kind === 'probability' ? o.basis : o.reason;
}

/** `+ 100,000 USD if the payment is extended or upheld`, in the converted amount where there is one. */
export function conditionalText(c: ConditionalCost): string {
  return `+ ${formatMoney(c.converted ?? c.amount)} ${c.condition}`;
}

/** `firm figure (entered by A. Attorney; source: https://…)`: how the firm's own figure is marked wherever it is shown. */
export function firmFigureText(f: FirmFigure): string {
  return `firm figure (entered by ${f.by}; source: ${[f.url, f.note].filter(Boolean).join(' — ')})`;
}

/** Each fee of `costs` whose figure is the firm's own, as `Label: amount — firm figure (…)`; unknown amounts say so. */
export function firmFigureLines(costs: Costs): string[] {
  const marked = (label: string, amount: string, firm: FirmFigure | undefined) => (firm ? [`${label}: ${amount} — ${firmFigureText(firm)}`] : []);
  return [
    ...costs.items.flatMap(i => marked(i.label, formatMoney(i.amount), i.firm)),
    ...costs.conditional.flatMap(c => marked(c.label, conditionalText(c), c.firm)),
    ...costs.unknown.flatMap(u => marked(u.label, 'unknown', u.firm)),
  ];
}
