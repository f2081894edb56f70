/**
 * The shape of the programme catalogue. Every fee, threshold, quota, processing time and points
 * value is data here, never a literal inside the rules, and every fact points at a Source with its
 * URL, as-of date and confidence. A fact that nobody could confirm is `{ value: null, unknown }`:
 * unknown is a valid, visible answer.
 */
import type { EducationLevel, GERMAN_RECOGNITION, Money, TIE_KINDS, UK_PAY_SCALE_ROLES } from '../case-file';

/** confirmed: official text or several consistent sources; reported: one credible secondary source; unconfirmed: weak. */
export type Confidence = 'confirmed' | 'reported' | 'unconfirmed';

/** A citation. Facts refer to it by `id`; the memo prints its title, URL and as-of date. */
export type Source = {
  id: string;
  title: string;
  url: string;
  /** The date the source stated the fact (or we last verified it), `YYYY-MM-DD`. */
  asOf: string;
  confidence: Confidence;
};

/** A sourced value, or an explicit unknown with the reason shown to the user. */
export type Fact<T> =
  | { value: T; sourceId: string; note?: string }
  | { value: null; unknown: string; sourceId?: string };

/** An inclusive range of months, `[min, max]`. */
export type MonthRange = readonly [number, number];

export type Payer = 'applicant' | 'employer';

export type Cefr = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

/** Evidence criteria for extraordinary-ability and talent routes, named as in the case file. */
export type AchievementCriterion =
  | 'awards'
  | 'membership'
  | 'mediaCoverage'
  | 'judging'
  | 'originalContribution'
  | 'publications'
  | 'criticalRole'
  | 'highSalary';

/** The policy assumptions a caller passes in; see assumptions.ts. */
export type AssumptionKey = 'us-h1b-100k-payment' | 'us-h1b-weighted-selection' | 'cn-k-work-authorised';

/**
 * A machine-evaluable predicate over the case file, evaluated at the assessment date. Each
 * evaluates to met, not-met or unknown (when the case file does not say), with a reason.
 */
export type Condition =
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  /** Met when the inner condition is not met, and the other way round; unknown stays unknown. */
  | { not: Condition }
  /** Age in whole years at the assessment date. */
  | { kind: 'age'; min?: number; max?: number }
  /**
   * A completed credential at or above `min`; optionally STEM, top-ranked, or from given countries;
   * `withinYears`: completed within that many years before the assessment date; `assessedUnlessFrom`:
   * from one of those countries or with an equivalency assessment on file (Canada's ECA);
   * `taughtInEnglish`: taught in English; `germanRecognition`: with one of those German recognition notices.
   */
  | {
      kind: 'education';
      min: EducationLevel;
      stem?: boolean;
      topRanked?: boolean;
      countries?: readonly string[];
      withinYears?: number;
      assessedUnlessFrom?: readonly string[];
      taughtInEnglish?: boolean;
      germanRecognition?: readonly (typeof GERMAN_RECOGNITION)[number][];
    }
  /** Full-time-equivalent years of work (skilled / STEM / in or outside given countries). */
  | {
      kind: 'work-experience';
      minYears: number;
      skilled?: boolean;
      stem?: boolean;
      countries?: readonly string[];
      excludeCountries?: readonly string[];
      /** Only experience within this many years before the assessment date counts. */
      withinYears?: number;
    }
  /** A job offer in one of these countries. */
  | { kind: 'job-offer'; countries: readonly string[] }
  /**
   * The job offer's annual salary, converted with the catalogue's exchange rates. Only an offer of
   * work in `countries` counts (by default the programme's own country): a threshold is about pay
   * in that country.
   */
  | { kind: 'salary'; min: Money; countries?: readonly string[] }
  /** US OEWS wage level of the offer (1-4). */
  | { kind: 'us-wage-level'; min: 1 | 2 | 3 | 4 }
  | { kind: 'employer-size'; in: readonly ('small' | 'large' | 'nonprofit' | 'cap-exempt')[] }
  | { kind: 'h1b-dependent-employer' }
  /** Language ability in `language`, as a Canadian Language Benchmark or a CEFR level. */
  | { kind: 'language'; language: string; minClb?: number; minCefr?: Cefr }
  /** English at `min` in each of the four skills on a Secure English Language Test approved for UK visas. */
  | { kind: 'uk-selt'; min: Cefr }
  /** A yes/no fact about the job offer: a German shortage occupation, or registration with the professional body. */
  | { kind: 'offer-flag'; flag: 'shortageOccupation' | 'professionalRegistration' }
  /** The UK job offer is paid on one of these kinds of national pay scale (or on none: `'none'`). */
  | { kind: 'uk-pay-scale'; in: readonly (typeof UK_PAY_SCALE_ROLES)[number][] }
  /** The programme's own points total reaches `min`. */
  | { kind: 'points'; min: number }
  /** At least `min` of the listed evidence criteria are met (a major award counts for all if `majorAwardSuffices`). */
  | { kind: 'achievements'; min: number; of: readonly AchievementCriterion[] }
  /** Living in, or holding status in, one of these countries now (e.g. change of status inside the US). */
  | { kind: 'present-in'; countries: readonly string[] }
  /** Neither living nor holding status in `country` (e.g. an H-1B beneficiary abroad). */
  | { kind: 'outside'; country: string }
  /**
   * Subject to the H-1B cap: met for new cap-subject employment; not met for an employer of one of
   * `exemptEmployers` (INA 214(g)(5)) or a client counted against the cap within
   * `countedWithinYears` years (INA 214(g)(7)).
   */
  | { kind: 'h1b-cap-subject'; exemptEmployers: readonly ('small' | 'large' | 'nonprofit' | 'cap-exempt')[]; countedWithinYears: number }
  /** Another calculator's total reaches `min` (Express Entry's FSW 67-point grid). */
  | { kind: 'calculator-points'; calculator: CalculatorId; min: number }
  | { kind: 'citizenship'; anyOf?: readonly string[]; noneOf?: readonly string[] }
  /**
   * Who the route is not for: citizens of `citizens` (the country's own, and any whose citizens
   * live and work there freely) and holders of permanent residence in `permanentResidents`, who
   * need no such route. Any one of a dual citizen's citizenships decides. `for` ends the sentence
   * "the K visa is for …" (e.g. "foreign nationals").
   */
  | { kind: 'foreign-national'; citizens: readonly string[]; permanentResidents: readonly string[]; for: string }
  | { kind: 'funds'; min: Money }
  /** Continuous months worked abroad for one employer within the last `withinMonths` (US L-1). */
  | { kind: 'employer-tenure-abroad'; minMonths: number; withinMonths: number; excludeCountries: readonly string[] }
  | { kind: 'tie'; kinds: readonly (typeof TIE_KINDS)[number][]; countries: readonly string[] }
  /** Met when the assumption's value is `equals`; a value in `unsettled` leaves it to the attorney's judgement. */
  | { kind: 'assumption'; key: AssumptionKey; equals: string; unsettled?: readonly string[] }
  /** A criterion the case file cannot decide (e.g. a legal standard needing the attorney's judgment). */
  | { kind: 'judgement'; question: string };

/** One eligibility criterion, shown row by row in the comparison. */
export type Gate = { id: string; label: string; condition: Condition; sourceId: string };

/** A figure the firm entered itself (an override of the catalogue's): who entered it and on what authority. */
export type FirmFigure = { by: string; url?: string; note?: string };

/** One fee. `when` limits it to some cases (employer size, an assumption…); `optional` fees are offered, not totalled. */
export type Fee = {
  id: string;
  label: string;
  /** null when the amount is unknown; `unknown` then says why. */
  amount: Money | null;
  unknown?: string;
  payer: Payer;
  /**
   * `application`: once; `person`: the applicant and each accompanying family member; `adult`: the
   * applicant and an accompanying spouse; `child`: each accompanying child (not charged without one).
   */
  per: 'application' | 'person' | 'adult' | 'child';
  /** A family-wide ceiling on the multiplied amount, in the fee's currency (e.g. Canada's biometrics). */
  cap?: number;
  /** The date this amount took effect, `YYYY-MM-DD`. Before it, the amount then in force is unknown unless `introduced`. */
  effective: string;
  /** The last day this amount applied, `YYYY-MM-DD`, when a later entry or a lapse ended it. */
  effectiveTo?: string;
  /** The fee did not exist before `effective` (e.g. a new levy), so before it nothing is owed. */
  introduced?: true;
  /** Entries with the same series (default: the id) are one fee's amounts over time; the as-of date picks one. */
  series?: string;
  /** The fact in the facts data set this amount comes from (shared/facts), when it does. */
  factId?: string;
  /** Set when this amount is the firm's own figure, not the catalogue's: shown as "firm figure" with its source. */
  firm?: FirmFigure;
  /**
   * A fee that turns on a policy assumption: charged when the assumption has one of `charged`
   * values, shown beside the totals as owed `condition` (e.g. "if the payment is extended or
   * upheld") when it has one of `conditional`, and not owed otherwise.
   */
  assumption?: {
    key: AssumptionKey;
    charged: readonly string[];
    conditional?: readonly string[];
    condition: string;
    /** Why no option of the assumption matters when `when` is not met, e.g. "The $100,000 payment does not apply: change of status or extension inside the US". */
    inapplicable?: string;
  };
  when?: Condition;
  /** Said in the costs when `when` is not met, so a fee left out is explained (e.g. a visa waiver). */
  notChargedNote?: string;
  optional?: boolean;
  sourceId: string;
};

export type CalculatorId = 'ca-crs' | 'ca-fsw' | 'de-opportunity-card' | 'nz-smc' | 'jp-hsp';

/** One round of invitations: its date, who it was open to, and the lowest score invited. */
export type Cutoff = {
  date: string;
  /** The round as IRCC names it, e.g. `Canadian Experience Class`. */
  round: string;
  /** Lowest score invited. */
  score: number;
  /** Who could be invited; absent: any candidate in the pool. */
  openTo?: Condition;
  sourceId: string;
};

/** How selection works, and the data the odds are computed from. */
export type Selection =
  | { kind: 'none'; description: string }
  | { kind: 'quota' | 'draw' | 'discretionary'; description: string; sourceId: string }
  | {
      kind: 'lottery';
      description: string;
      sourceId: string;
      /**
       * The month (1-12) registration normally runs, for the US fiscal year starting the following
       * 1 October; the assessment date picks the season from it (see lotterySeason in rules/odds.ts).
       */
      registrationMonth: number;
      /** Met when the client must go through the lottery; not met when exempt (with the reason), citing `sourceIds`. */
      subjectTo?: { condition: Condition; sourceIds: readonly string[] };
      /** Modelled selection probability by US wage level under weighted selection. */
      weightedOdds?: Fact<Record<'1' | '2' | '3' | '4', number>>;
      /** The season `weightedOdds` describe, e.g. `FY2027`. */
      weightedOddsSeason?: string;
      /** Selection rate under the plain random lottery (last such season). */
      randomOdds?: Fact<number>;
      /** The season `randomOdds` come from, e.g. `FY2026`. */
      randomOddsSeason?: string;
    };

export type Program = {
  id: string;
  country: string;
  name: string;
  /** The name as it reads mid-sentence, with its article if it takes one: "the K visa", "Express Entry". */
  shortName: string;
  agency: string;
  /** Who the programme is for, one sentence. */
  targets: string;
  gates: readonly Gate[];
  points?: {
    calculator: CalculatorId;
    passMark: Fact<number>;
    /** Recent rounds of invitations, dated and sourced, against which the score is placed. */
    recentCutoffs?: readonly Cutoff[];
  };
  fees: readonly Fee[];
  processingMonths: Fact<MonthRange>;
  /** Months from starting the application to being allowed to work. */
  toWorkMonths: Fact<MonthRange>;
  validity: Fact<string>;
  /** null when the route leads to no permanent residence. */
  permanentResidence: { path: string; months: Fact<MonthRange>; byCitizenship?: Readonly<Record<string, Fact<MonthRange>>> } | null;
  family: { spouseWork: Fact<string>; children: Fact<string> };
  language: Fact<string>;
  employerTie: Fact<string>;
  selection: Selection;
  /** `byValue` replaces `text` while the risk's assumption has that value (the K visa's work rights). */
  risks: readonly { text: string; sourceId: string; assumption?: AssumptionKey; byValue?: Readonly<Record<string, string>> }[];
};

/** One country's file in the catalogue. */
export type CountryCatalogue = { country: string; sources: readonly Source[]; programs: readonly Program[] };
