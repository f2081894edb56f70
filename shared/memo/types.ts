/**
 * The advisory memo as a pure view model: every string already written, every table already laid
 * out as rows, the charts as the very chart models the comparison screen draws. The PDF renderer
 * (electron/reports) only draws it, so what the memo says is decided and tested here.
 */
import type { Snapshot } from '../contract';
import type { BarChart, RangeChart } from '../compare/chart-model';

/** Before engagement: general information only; once engaged: advice scoped to the matter. */
export type Engagement = 'pre-engagement' | 'engaged';

/** The firm's letterhead and memo settings (the shape of `firm:get`'s answer). */
export type Firm = {
  name: string;
  /** Several lines, separated by line breaks. */
  address: string;
  attorneyName: string;
  barAdmission: string;
  /** Base64 image bytes for the letterhead, or none. */
  logo: { bytes: string; type: 'png' | 'jpeg' } | null;
  paper: 'a4' | 'letter';
  /** The firm's own wording; a blank one falls back to DEFAULT_DISCLAIMERS. */
  disclaimers: { preEngagement: string; engaged: string };
};

/**
 * The memo's sections, in the order they print: the body (bottom line first, the closing words,
 * the notice and the signature last), then the appendices. "set-aside" prints only when some route
 * was set aside. The closing prints without a heading, as a letter's last paragraph does.
 */
export const SECTION_IDS = ['summary', 'options', 'analysis', 'set-aside', 'next-steps', 'closing', 'disclaimer', 'facts', 'assumptions', 'sources'] as const;
/** A section's fixed id: edits and the editor refer to sections by it. */
export type SectionId = (typeof SECTION_IDS)[number];

/** The sections that follow the signature, lettered A, B, C as printed. */
export const APPENDIX_IDS: readonly SectionId[] = ['facts', 'assumptions', 'sources'];

/** The sections that print without a heading: the closing words, as a letter's last paragraph. */
export const UNHEADED_IDS: readonly SectionId[] = ['closing'];
/** Whether a section prints its heading (the PDF, the Word memo and their tests agree through this). */
export const printsHeading = (id: SectionId): boolean => !UNHEADED_IDS.includes(id);

/** Section headings, shared by the memo, the editor and the tests. */
export const SECTION_HEADINGS: Record<SectionId, string> = {
  summary: 'Bottom line',
  options: 'Routes discussed',
  analysis: 'Analysis of each route',
  'set-aside': 'Routes considered and set aside',
  'next-steps': 'Next steps',
  closing: 'Closing',
  disclaimer: 'Important notice',
  facts: 'Facts relied on',
  assumptions: 'Assumptions and open questions',
  sources: 'Sources',
};

/** What buildMemo needs: the saved comparison, the firm, the engagement status and the memo's date. */
export type MemoInput = {
  snapshot: Snapshot;
  firm: Firm;
  engagement: Engagement;
  /** The memo's date, `YYYY-MM-DD`. */
  date: string;
  /** The firm's matter number (`2026-0001`); the case id is shown when it is not given. */
  reference?: string | undefined;
  /**
   * The routes the attorney chose to discuss, by programme id, in order; the others compared are
   * set aside. By default: every route the client is not ineligible for, and the pinned one.
   */
  discussed?: readonly string[] | undefined;
  /**
   * The attorney's text, replacing generated prose: by section id (`summary`, `closing`…), and by
   * `analysis:<programme id>` (routeEditKey) for a route's own analysis. Blank text restores the
   * generated prose.
   */
  edits?: Readonly<Record<string, string>> | undefined;
};

/** The edits key of a route's own analysis prose: `analysis:us-h1b`. */
export const routeEditKey = (programId: string): string => `analysis:${programId}`;

/**
 * One section: its heading and editable prose (paragraphs separated by blank lines). The generated
 * parts that belong to a section (facts, the options table, …) print after its prose and are not
 * editable: they are the comparison itself.
 */
export type MemoSection = {
  id: SectionId;
  /** `2. Routes discussed`, `Appendix A. Facts relied on`: numbered as printed. */
  heading: string;
  /** Whether it prints before the signature or after it, as an appendix. */
  part: 'body' | 'appendix';
  text: string;
  /** The prose as generated, for the editor's "restore" and to tell an edit from the original. */
  generated: string;
  edited: boolean;
};

/** One fact the memo relies on; `unknown` facts print as such, never as "no". */
export type FactRow = { label: string; value: string; unknown: boolean };
/** Facts under one heading (Client, Family, Education…). */
export type FactGroup = { heading: string; rows: FactRow[] };

/** One row of the options table, every cell already written. */
export type OptionRow = {
  programId: string;
  programme: string;
  country: string;
  status: string;
  points: string;
  clientCost: string;
  employerCost: string;
  toWork: string;
  toPermanentResidence: string;
  odds: string;
  recommended: boolean;
};

/** The options table's columns, in order, with their printed headings. */
export const OPTION_COLUMNS = [
  { key: 'programme', heading: 'Programme' },
  { key: 'country', heading: 'Country' },
  { key: 'status', heading: 'Status' },
  { key: 'points', heading: 'Points' },
  { key: 'clientCost', heading: 'Client cost' },
  { key: 'employerCost', heading: 'Employer cost' },
  { key: 'toWork', heading: 'Time to work' },
  { key: 'toPermanentResidence', heading: 'Time to PR' },
  { key: 'odds', heading: 'Odds' },
] as const satisfies readonly { key: keyof OptionRow; heading: string }[];

/** A criterion's verdict as printed: met, not met, unknown, or left to the attorney's judgement. */
export type GateMark = 'met' | 'not-met' | 'unknown' | 'judge';
/** One criterion as the analysis prints it, with the engine's reason. */
export type GateLine = { mark: GateMark; label: string; reason: string };

/**
 * One labelled part of an option's analysis (cost by payer, timeline, odds, family…): the main
 * statements, then the details behind them (fee by fee, the notes on a timeline, the odds' basis).
 */
export type AnalysisItem = { label: string; lines: string[]; details: string[] };

/** One option, analysed: eligibility gate by gate, then cost, timeline, odds, family and risks. */
export type OptionAnalysis = {
  programId: string;
  /** `H-1B specialty occupation — United States`. */
  heading: string;
  recommended: boolean;
  /**
   * The route's analysis prose as printed, before its criteria and figures: the generated verdict
   * (one sentence: the verdict and how many criteria await the attorney), or the attorney's text
   * (paragraphs separated by blank lines) when `edited`.
   */
  verdict: string;
  /** The generated verdict, for the editor's "restore" and to tell an edit from the original. */
  generatedVerdict: string;
  edited: boolean;
  gates: GateLine[];
  items: AnalysisItem[];
  /** The main risks for this client (at most MAX_RISKS); the rest print in the appendix. */
  risks: string[];
  /** How many further risks the appendix lists for this route. */
  moreRisks: number;
  /** Numbers of the sources this option cites, in the Sources list. */
  sourceNumbers: number[];
};

/** A policy assumption the comparison used, with the value chosen and where things stand. */
export type AssumptionLine = { key: string; label: string; value: string; status: string; sourceNumbers: number[] };

/** A fact the case file lacks, and the options that need it. */
export type OpenQuestion = { fact: string; neededBy: string[] };

/** What the comparison assumed and what it could not decide. */
export type MemoAssumptions = {
  policy: AssumptionLine[];
  /** What-if changes to the client's facts the comparison used: `field: before → after`. */
  whatIf: string[];
  openQuestions: OpenQuestion[];
  /** Legal standards left to the attorney, with the question each one asks. */
  judgements: { programme: string; criterion: string; question: string }[];
  /** The risks of each discussed route beyond those its analysis prints. */
  furtherRisks: { programme: string; risks: string[] }[];
};

/** A cited source, numbered as printed; official (government) sources come first. */
export type MemoSource = { number: number; id: string; title: string; url: string; asOf: string; confidence: string; official: boolean };

/** A route compared but not discussed: why it was set aside, in one phrase. */
export type SetAsideRow = { programme: string; country: string; reason: string };

/** One next step: when, and what. */
export type NextStep = { when: string; what: string };

/** The whole memo, ready to draw. */
export type MemoDocument = {
  /** The PDF's document information. */
  meta: { title: string; author: string; subject: string; keywords: string };
  paper: Firm['paper'];
  letterhead: { firmName: string; addressLines: string[]; attorneyName: string; barAdmission: string; logo: Firm['logo'] };
  /** The client's name, and other names in their own scripts (प्रिया शर्मा, 李伟). */
  client: { name: string; otherNames: string[] };
  matter: string;
  /** `29 November 2026`. */
  date: string;
  engagement: Engagement;
  /** `3 December 2026`: the date of the programme rules the comparison used, or null when unknown. */
  rulesDate: string | null;
  /** `Immigration options for Priya Sharma: 4 routes compared …`: the memo header's "Re:" line. */
  regarding: string;
  /** Warnings that belong above everything else (a stale comparison). */
  notices: string[];
  sections: MemoSection[];
  /** The pinned route, and the best-fitting other route by the client's priorities (the runner-up, or the lead when none is pinned). */
  summary: { recommendedProgramId: string | null; recommendedName: string | null; runnerUpName: string | null };
  facts: FactGroup[];
  /** The routes discussed, one row each. */
  options: { currency: string; rows: OptionRow[] };
  /** The routes compared and set aside (not eligible on the facts recorded), with the main reason for each. */
  setAside: SetAsideRow[];
  nextSteps: NextStep[];
  /** The comparison screen's own chart models of the routes discussed, drawn in the appendix. */
  charts: { cost: BarChart; timeline: RangeChart };
  analysis: OptionAnalysis[];
  assumptions: MemoAssumptions;
  sources: MemoSource[];
  disclaimer: { engagement: Engagement; text: string };
};
