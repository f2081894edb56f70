/**
 * What the engine returns. One Assessment per programme: eligibility gate by gate with reasons,
 * points, costs by payer, timeline, odds, family, risks, and the sources behind every figure.
 */
import type { CaseFile, Money } from '../case-file';
import type { AssumptionKey, FirmFigure, MonthRange, Payer, Source } from '../programs/types';

export type GateStatus = 'met' | 'not-met' | 'unknown';

/** A condition's verdict with one sentence naming the client's fact and the threshold. */
export type Verdict = {
  status: GateStatus;
  reason: string;
  /** Case-file paths whose absence made the verdict unknown, for the intake's completeness panel. */
  missing?: string[];
  /** Unknown only because a legal standard awaits the attorney's judgement, not for want of facts. */
  judgement?: boolean;
};

/** A gate's verdict; `judgement` gates are legal standards left to the attorney, never guessed. */
export type GateResult = Omit<Verdict, 'judgement'> & { id: string; label: string; sourceId: string; judgement: boolean };

/** One line of a points table. */
export type PointsLine = { factor: string; points: number; max: number };

/** A points calculator's answer. Unknown inputs score 0 and are listed in `missing`. */
export type PointsResult = {
  total: number;
  breakdown: PointsLine[];
  missing: string[];
  /** Source ids of the points tables used. */
  sourceIds: string[];
};

/** A points calculator: a pure function of the case file at the assessment date. */
export type Calculator = (file: CaseFile, asOf: string) => PointsResult;

export type CostItem = {
  label: string;
  amount: Money;
  /** The same amount in the currency the user chose; null when no exchange rate exists. */
  converted: Money | null;
  payer: Payer;
  sourceId: string;
  /** Optional extras (premium processing) are listed but left out of the totals. */
  optional: boolean;
  /** The firm's own figure (absent for the catalogue's): marked "firm figure" with the firm's source. */
  firm?: FirmFigure;
};

/** A fee owed only if an unsettled policy holds: shown beside the totals, never inside them. */
export type ConditionalCost = {
  label: string;
  amount: Money;
  /** The same amount in the currency the user chose; null when no exchange rate exists. */
  converted: Money | null;
  payer: Payer;
  sourceId: string;
  /** When it is owed, e.g. "if the payment is extended or upheld". */
  condition: string;
  /** The firm's own figure (absent for the catalogue's). */
  firm?: FirmFigure;
};

export type Costs = {
  currency: string;
  items: CostItem[];
  totals: Record<Payer, Money>;
  /** Fees whose amount nobody could confirm; the totals leave them out and say so. */
  unknown: { label: string; payer: Payer; reason: string; firm?: FirmFigure }[];
  /** Fees owed only if a policy assumption holds (`+ 100,000 USD if …`); outside the totals. */
  conditional: ConditionalCost[];
  /** Source id of the exchange-rate table used. */
  fxSourceId: string;
  /** Why a fee the programme has is not charged to this client (absent in older saved results). */
  notes?: string[];
};

/**
 * Where an eligible, points-ranked route stands against the recent rounds of invitations open to
 * the client's profile (Express Entry): below their cut-offs, or with no recent round open at all.
 * Either way no invitation is expected at recent cut-offs.
 */
export type Standing = {
  kind: 'below-recent-cutoffs' | 'no-recent-round-open';
  /** The programme's points total. */
  score: number;
  /** The lowest recent cut-off open to the profile; null when no recent round was. */
  cutoff: { score: number; round: string; date: string } | null;
  /** True while facts the score depends on are missing, so it may still rise. */
  provisional: boolean;
  /** One sentence for every surface, e.g. "In the pool, below recent cut-offs: 423 vs 508 (…)." */
  summary: string;
  /** Sources of the rounds compared. */
  sourceIds: string[];
};

/**
 * The chance of selection, in one of four states, never a silent blank:
 * - `probability`: a figure, with the basis it rests on (season, source, model or result);
 * - `none`: this route has no lottery or draw to be selected in (`reason` says how it selects);
 * - `exempt`: the route has a lottery but this client skips it (`reason` says why, citing the rule);
 * - `unknown`: the route has a lottery but a fact it turns on is missing (`missing` names its paths).
 */
export type Odds =
  | { kind: 'probability'; probability: number; basis: string }
  | { kind: 'none'; reason: string }
  | { kind: 'exempt'; reason: string }
  | { kind: 'unknown'; reason: string; missing: string[] };

export type Assessment = {
  programId: string;
  programName: string;
  country: string;
  status: 'eligible' | 'ineligible' | 'needs-info';
  gates: GateResult[];
  points: (PointsResult & { passMark: number | null }) | null;
  costs: Costs;
  timeline: {
    toWorkMonths: MonthRange | null;
    toPermanentResidenceMonths: MonthRange | null;
    /** Why a figure is missing or what it depends on. */
    notes: string[];
  };
  odds: Odds;
  /** Set only when an eligible route's score is below recent cut-offs (absent in older saved results). */
  standing?: Standing;
  family: { spouseWork: string; children: string; accompanying: { spouse: boolean; children: number } };
  language: string;
  employerTie: string;
  risks: string[];
  /** Policy assumptions this assessment depended on, with the value used. */
  assumptionsUsed: { key: AssumptionKey; value: string }[];
  /** Every source this assessment cites, with URL, as-of date and confidence. */
  sources: Source[];
};

export type EvaluateOptions = {
  /** The assessment date, `YYYY-MM-DD`: ages, experience and fee dates are taken at this date. */
  asOf: string;
  /** Overrides of the policy assumptions' defaults. */
  assumptions?: Partial<Record<AssumptionKey, string>>;
  /** Currency for the totals (ISO 4217); defaults to USD. */
  currency?: string;
};
