/**
 * THE contract: every method the renderer (or the CLI, or the test bridge) may ask of the main
 * process, each with a zod input schema and a zod output schema. Add a method here first; the
 * handler map in electron/handlers.ts then fails to compile until it is implemented.
 *
 * Names follow `feature:verb`.
 */
import { z } from 'zod';
import { CaseFile } from './case-file';
import { LIST_MAX, NAME_MAX } from './case-file-fields';
import { securityContract } from './contract-security';
import { isCalendarDate } from './dates';
import { FactDataSet } from './facts/schema';
import type { Result } from './result';
import type { RankedOption } from './compare/ranking';
import type { Assessment } from './rules/types';

/** Where a matter stands in the firm's workflow. */
export const CASE_STATUSES = ['intake', 'consultation', 'advised', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES, {
  error: () => `expected one of ${CASE_STATUSES.join(', ')}`,
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Case ids are UUIDs; the human-facing matter number is `reference`. */
export const CaseId = z.uuid({ error: 'expected a case id (a UUID)' });

const isoTimestamp = z.string();

/** One row of the case list. */
export const CaseSummary = z.object({
  id: CaseId,
  /** The firm's matter number, `YYYY-NNNN`, unique and never reused. */
  reference: z.string(),
  status: CaseStatus,
  clientId: z.string(),
  clientName: z.string(),
  otherNames: z.array(z.string()),
  dateOfBirth: z.string().nullable(),
  citizenships: z.array(z.string()),
  targetCountries: z.array(z.string()),
  /** Bumped on every update; an update naming an older revision is refused, so no edit is lost. */
  revision: z.number().int(),
  spouseName: z.string().nullable(),
  /** Set while the case is in the Trash. */
  deletedAt: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  /** Its conflict check's possible matches nobody has decided yet, and those decided to be a conflict. */
  conflicts: z.object({ unresolved: z.number().int(), conflict: z.number().int() }),
  /** Who made the last change to the case (its latest audit row's actor); null when no row says. */
  updatedBy: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** A problem with one field of a draft or an imported file. */
export const FieldIssueSchema = z.object({ field: z.string(), message: z.string() });

/**
 * An intake draft that does not (yet) validate: kept exactly as typed, with its problems, so
 * nothing is ever dropped or silently "fixed".
 */
export const Draft = z.object({ data: z.unknown(), issues: z.array(FieldIssueSchema), savedAt: isoTimestamp });
export type Draft = z.infer<typeof Draft>;

/** The largest file `cases:import` reads: far above any real case file or batch of them. */
export const MAX_IMPORT_TEXT = 64 * 1024 * 1024;
/** A case file as read from disk: its name, for messages and the audit trail, and its UTF-8 text. */
const ImportFile = z.strictObject({ name: z.string().min(1).max(1000), text: z.string().max(MAX_IMPORT_TEXT, { error: 'too large to import (over 64 MB)' }) });

/** A file imported before with the same content (SHA-256 of its text), and the cases it made then. */
export const PreviousImport = z.object({
  /** The file's name in this import. */
  file: z.string(),
  /** Its name when it was imported before. */
  importedAs: z.string(),
  importedAt: isoTimestamp,
  cases: z.array(z.object({ reference: z.string(), clientName: z.string(), trashed: z.boolean() })),
});
export type PreviousImport = z.infer<typeof PreviousImport>;

/** A stored case: its summary plus the whole case file, and any newer draft from the intake. */
export const CaseRecord = CaseSummary.extend({ caseFile: CaseFile, draft: Draft.nullable() });
export type CaseRecord = z.infer<typeof CaseRecord>;

/** One field changed by one audited change. */
export const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

/** An audit-trail row as the app shows it: who, when, what, and field by field before and after. */
export const AuditView = z.object({
  id: z.number().int(),
  at: isoTimestamp,
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  note: z.string().nullable(),
  changes: z.array(FieldChange),
});
export type AuditView = z.infer<typeof AuditView>;

/** A possible conflict of interest: an existing client, spouse or employer whose name matches. */
export const ConflictMatch = z.object({
  caseId: CaseId,
  reference: z.string(),
  /** Whose name matched in the existing case. */
  role: z.enum(['client', 'spouse', 'employer']),
  /** The name as stored in the existing case. */
  matchedName: z.string(),
  /** The name searched for that produced the match. */
  queryName: z.string(),
  score: z.number().min(0).max(1),
  confidence: z.enum(['high', 'medium', 'low']),
  /** Why it matched, in plain words: "same name without diacritics", "same date of birth"… */
  reasons: z.array(z.string()),
});
export type ConflictMatch = z.infer<typeof ConflictMatch>;

/** What the attorney decided about one possible match; `same-person` moved the matter to the existing client. */
export const CONFLICT_RESOLUTIONS = ['unresolved', 'cleared', 'conflict', 'same-person'] as const;
export type ConflictResolution = (typeof CONFLICT_RESOLUTIONS)[number];

/** A possible match found by a case's conflict check, as stored, with the decision about it. */
export const ConflictHit = ConflictMatch.extend({
  id: z.number().int(),
  resolution: z.enum(CONFLICT_RESOLUTIONS),
  /** Who decided, when, and why; null while unresolved. */
  resolvedBy: z.string().nullable(),
  resolvedAt: isoTimestamp.nullable(),
  note: z.string().nullable(),
  /** False once the latest check no longer finds it (a decision is kept as a record). */
  current: z.boolean(),
});
export type ConflictHit = z.infer<typeof ConflictHit>;

/** A case's stored conflict check: when it last ran (null: never) and its possible matches, best first. */
export const ConflictReport = z.object({ checkedAt: isoTimestamp.nullable(), checkedBy: z.string().nullable(), hits: z.array(ConflictHit) });
export type ConflictReport = z.infer<typeof ConflictReport>;
const HitRef = { caseId: CaseId, hitId: z.number().int({ error: 'expected a possible match from this case’s conflict check' }).min(1) };

export const CASE_SORTS = ['updated', 'reference', 'client', 'status'] as const;

/** The attorney's pinned option and why. */
export const Recommendation = z.object({
  programId: z.string().nullable(),
  rationale: z.string().max(20_000),
});

/** A saved comparison that the firm's facts now answer differently, in words (no ids): see `rules:affected`. */
export const AffectedComparison = z.object({
  snapshotId: z.string(),
  createdAt: z.string(),
  asOf: z.string(),
  /** The routes compared, by name. */
  routes: z.array(z.string()),
  /** Set when the rules label moved too (a rule pack): "The programme rules have changed since: …". */
  rulesChange: z.string().nullable(),
  /** Route by route, what would now come out differently. */
  changes: z.array(z.object({ route: z.string(), lines: z.array(z.string()) })),
});
export type AffectedComparison = z.infer<typeof AffectedComparison>;

/** A case with at least one such comparison (its newest of each set of routes). */
export const AffectedCase = z.object({
  caseId: z.string(),
  reference: z.string(),
  clientName: z.string(),
  status: CaseStatus,
  comparisons: z.array(AffectedComparison),
});
export type AffectedCase = z.infer<typeof AffectedCase>;

/**
 * Set when a comparison was saved while the intake held a draft with problems: it used the case as
 * saved at `caseSavedAt`, not the newer facts typed at `draftSavedAt`; `problems` are in words.
 */
export const OlderVersion = z.object({ caseSavedAt: isoTimestamp, draftSavedAt: isoTimestamp, problems: z.array(z.string()) });
export type OlderVersion = z.infer<typeof OlderVersion>;

/** A saved comparison, as listed on a case: immutable, and flagged stale when the rules would now answer differently. */
export const SnapshotSummary = z.object({
  id: z.string(),
  caseId: CaseId,
  createdAt: isoTimestamp,
  actor: z.string(),
  rulesVersion: z.string(),
  asOf: z.string(),
  currency: z.string(),
  programIds: z.array(z.string()),
  assumptions: z.record(z.string(), z.string()),
  recommendation: Recommendation,
  /** What-if changes to the client's facts that the comparison used, against the saved case file. */
  whatIf: z.array(FieldChange),
  /** True when today's catalogue gives different results for the same inputs. */
  stale: z.boolean(),
  /** Readable differences between the stored results and today's, when stale. */
  staleChanges: z.array(z.string()),
  /** Null when the comparison used the newest facts (and for comparisons saved before this was recorded). */
  olderVersion: OlderVersion.nullable(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;

/** Before engagement: general information only; once engaged: advice scoped to the matter. */
export const Engagement = z.enum(['pre-engagement', 'engaged'], { error: () => 'expected pre-engagement or engaged' });

/** What the attorney edits on the firm's letterhead and memos. */
export const FirmEditable = z.strictObject({
  name: z.string().max(200),
  address: z.string().max(1000),
  attorneyName: z.string().max(200),
  barAdmission: z.string().max(300),
  paper: z.enum(['a4', 'letter'], { error: () => 'expected a4 or letter' }),
  disclaimers: z.strictObject({ preEngagement: z.string().max(20_000), engaged: z.string().max(20_000) }),
});
/** The firm's settings as stored, logo included (base64, PNG or JPEG). */
export const FirmSchema = FirmEditable.extend({
  logo: z.object({ type: z.enum(['png', 'jpeg']), bytes: z.string() }).nullable(),
});
export type FirmSettings = z.infer<typeof FirmSchema>;

/** A stored memo: which comparison it is written from, its version on the case, and the attorney's edits. */
export const MemoSummary = z.object({
  id: z.string(),
  caseId: CaseId,
  reference: z.string(),
  clientName: z.string(),
  snapshotId: z.string(),
  version: z.number().int(),
  engagement: Engagement,
  date: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  actor: z.string(),
});
export type MemoSummary = z.infer<typeof MemoSummary>;

/** A memo with its sections as they will print: heading, text (edited or generated), the generated text (to restore), and whether it is editable. */
export const MemoWithSections = MemoSummary.extend({
  sections: z.array(z.object({ id: z.string(), heading: z.string(), text: z.string(), editable: z.boolean(), edited: z.boolean(), generated: z.string() })),
  /** Every route compared: the discussed ones first, in the order they print, then those set aside. */
  routes: z.array(z.object({ programId: z.string(), name: z.string(), country: z.string(), discussed: z.boolean() })),
  /** Each discussed route's own analysis prose (the edits key is `analysis:<programId>`), in print order. */
  analyses: z.array(z.object({ programId: z.string(), heading: z.string(), text: z.string(), edited: z.boolean(), generated: z.string() })),
});
export type MemoWithSections = z.infer<typeof MemoWithSections>;

/** A saved comparison with everything it stored. */
export const Snapshot = SnapshotSummary.extend({
  caseFile: CaseFile,
  /** The assessments exactly as computed when saved (engine output, see shared/rules/types.ts). */
  results: z.custom<Assessment[]>(v => Array.isArray(v)),
  /** The ranking as it was when saved; null for comparisons saved before ranks were stored. */
  ranks: z.custom<RankedOption[]>(v => Array.isArray(v)).nullable(),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** Facts about the running app, for Settings and support. */
export const AppInfo = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  /** Null while the app is locked: the version lives inside the encrypted file. */
  schemaVersion: z.number().int().nullable(),
  caseFileVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The app's colour theme; `system` follows the operating system's light or dark setting. */
export const Theme = z.enum(['system', 'light', 'dark'], { error: 'choose System, Light or Dark' });
export type Theme = z.infer<typeof Theme>;

/** Every method, its input schema and its output schema. */
export const contract = {
  'app:info': {
    input: z.strictObject({}),
    output: AppInfo,
  },
  'cases:create': {
    input: z.strictObject({ caseFile: CaseFile, status: CaseStatus.default('intake') }),
    output: CaseRecord,
  },
  'cases:list': {
    input: z.strictObject({
      /** Full-text search over names in every script, other names, spouse, employers and notes. */
      query: z.string().max(200).default(''),
      status: CaseStatus.optional(),
      sort: z.enum(CASE_SORTS, { error: () => `expected one of ${CASE_SORTS.join(', ')}` }).default('updated'),
      direction: z.enum(['asc', 'desc']).default('desc'),
      /** true lists the Trash instead of the live cases. */
      trash: z.boolean().default(false),
      /** true lists only cases whose conflict check has possible matches nobody has decided yet. */
      unresolvedConflicts: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ items: z.array(CaseSummary), total: z.number().int() }),
  },
  'cases:get': {
    input: z.strictObject({ id: CaseId }),
    output: CaseRecord,
  },
  /** A case by what a person types for it: its matter number (`2026-0001`) or its id; trashed ones too. */
  'cases:find': {
    input: z.strictObject({ ref: z.string().trim().min(1, { error: 'enter a matter number or a case id' }).max(100) }),
    output: CaseSummary,
  },
  'cases:update': {
    input: z.strictObject({
      id: CaseId,
      expectedRevision: z.number().int().min(1),
      caseFile: CaseFile,
      status: CaseStatus.optional(),
    }),
    output: CaseRecord,
  },
  'cases:save-draft': {
    /**
     * The intake's autosave. A draft that validates replaces the case file (one revision, audited);
     * one that does not is stored as a draft with its issues, and the case file is left as it was.
     */
    input: z.strictObject({ id: CaseId, expectedRevision: z.number().int().min(1), draft: z.record(z.string(), z.unknown()) }),
    output: z.object({ record: CaseRecord, valid: z.boolean(), issues: z.array(FieldIssueSchema) }),
  },
  'cases:trash': { input: z.strictObject({ id: CaseId }), output: CaseSummary },
  'cases:restore': { input: z.strictObject({ id: CaseId }), output: CaseSummary },
  'cases:audit': { input: z.strictObject({ id: CaseId }), output: z.array(AuditView) },
  'cases:import': {
    /**
     * One case file or several; all or nothing, in one transaction. Either parsed `caseFiles`, or
     * `files` as read (name and UTF-8 text, each one case file or a JSON array of them): files are
     * remembered by content, and one imported before is refused, naming the cases it made, unless
     * `again` (then `reimported` names them).
     */
    input: z.strictObject({
      caseFiles: z.array(z.unknown()).min(1).max(10_000).optional(),
      files: z.array(ImportFile).min(1).max(1000).optional(),
      again: z.boolean().optional(),
    }),
    output: z.object({ imported: z.array(CaseSummary), reimported: z.array(PreviousImport).default([]) }),
  },
  'cases:import-dialog': {
    /**
     * Main shows the open dialog and reads the files; the renderer never names a path. Files
     * imported before are not imported: the answer names them and their cases, with a token that
     * imports those same files anyway when sent back as `again`.
     */
    input: z.strictObject({ again: z.string().optional() }),
    output: z.union([
      z.object({ imported: z.array(CaseSummary), reimported: z.array(PreviousImport).default([]) }),
      z.object({ cancelled: z.literal(true) }),
      z.object({ alreadyImported: z.object({ token: z.string(), message: z.string(), previous: z.array(PreviousImport) }) }),
    ]),
  },
  'cases:export-dialog': {
    /** Main shows the save dialog and writes one case file, or a JSON array of them. */
    input: z.strictObject({ ids: z.array(CaseId).min(1).max(10_000) }),
    output: z.union([z.object({ savedTo: z.string(), count: z.number().int() }), z.object({ cancelled: z.literal(true) })]),
  },
  'conflicts:check': {
    input: z.strictObject({
      fullName: z.string().min(1).max(NAME_MAX),
      otherNames: z.array(z.string().max(NAME_MAX)).max(LIST_MAX).default([]),
      dateOfBirth: z.string().nullable().default(null),
      // A case's employers: its jobs' and its job offer's.
      employers: z.array(z.string().max(NAME_MAX)).max(LIST_MAX + 1).default([]),
      /** The case being checked, so it does not match itself. */
      excludeCaseId: CaseId.optional(),
    }),
    output: z.object({ matches: z.array(ConflictMatch) }),
  },
  'conflicts:decide': {
    /** The attorney's decision on a conflict check, written to the case's audit trail. */
    input: z.strictObject({ caseId: CaseId, decision: z.enum(['cleared', 'conflict']), note: z.string().max(5000) }),
    output: z.object({ recorded: z.literal(true) }),
  },
  /** A case's stored conflict check, without running it again. */
  'conflicts:report': { input: z.strictObject({ caseId: CaseId }), output: ConflictReport },
  /** Checks a case (as last saved) against every other case and stores what it finds; decisions already made are kept. */
  'conflicts:run': { input: z.strictObject({ caseId: CaseId }), output: ConflictReport },
  /** Records the attorney's decision on one possible match (`unresolved` undoes one), in the audit trail. */
  'conflicts:resolve': {
    input: z.strictObject({ ...HitRef, resolution: z.enum(['unresolved', 'cleared', 'conflict'], { error: () => 'expected unresolved, cleared or conflict' }), note: z.string().max(5000).default('') }),
    output: ConflictReport,
  },
  /**
   * The possible match is the same person as an existing client: this matter moves to that client, in
   * one transaction, and the duplicate client record, left with no matter, goes to the Trash.
   */
  'conflicts:same-person': {
    input: z.strictObject({ ...HitRef, note: z.string().max(5000).default('') }),
    output: z.object({ report: ConflictReport, clientName: z.string(), movedTo: z.string(), duplicateTrashed: z.boolean() }),
  },
  'snapshots:save': {
    /**
     * Saves a comparison. Main re-runs the engine on the given case file and assumptions, so the
     * stored results are the engine's own, never the renderer's.
     */
    input: z.strictObject({
      caseId: CaseId,
      caseFile: CaseFile,
      programIds: z.array(z.string()).min(1).max(50),
      assumptions: z.record(z.string(), z.string()).default({}),
      asOf: z.string().refine(isCalendarDate, { error: 'expected a date written YYYY-MM-DD' }),
      currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code' }).default('USD'),
      recommendation: Recommendation,
      /**
       * Required when the intake holds a draft with problems: the lawyer has been told the
       * comparison uses the case as last saved, and chose to save it anyway.
       */
      confirmOlderVersion: z.boolean().default(false),
    }),
    output: SnapshotSummary,
  },
  'snapshots:list': { input: z.strictObject({ caseId: CaseId }), output: z.array(SnapshotSummary) },
  'snapshots:get': { input: z.strictObject({ id: z.string().min(1) }), output: Snapshot },
  /**
   * The cases whose saved comparisons the firm's facts (pack and firm figures) now answer differently:
   * of each case, the newest comparison of each set of routes, when it is stale. `openOnly` leaves out closed cases.
   */
  'rules:affected': {
    input: z.strictObject({ openOnly: z.boolean().default(false) }),
    output: z.object({ rulesVersion: z.string(), cases: z.array(AffectedCase) }),
  },
  /**
   * A new comparison of the case as now saved, with the firm's facts today, the same routes, assumptions and
   * currency as the given one, as of today (or its own date, when that is later); the given one is kept.
   */
  'rules:fresh-comparison': {
    /** `confirmOlderVersion` as for `snapshots:save`: the intake holds a draft with problems, and the case as last saved is to be used. */
    input: z.strictObject({ snapshotId: z.string().min(1), confirmOlderVersion: z.boolean().default(false) }),
    output: SnapshotSummary,
  },
  'firm:get': { input: z.strictObject({}), output: FirmSchema },
  'firm:set': { input: FirmEditable, output: FirmSchema },
  /** Main shows the open dialog for a PNG or JPEG logo and stores it in the database. */
  'firm:choose-logo': { input: z.strictObject({}), output: z.union([FirmSchema, z.object({ cancelled: z.literal(true) })]) },
  'firm:clear-logo': { input: z.strictObject({}), output: FirmSchema },
  'memos:create': {
    /** A new memo (the case's next version) from a saved comparison; the firm details are frozen into it. */
    input: z.strictObject({ caseId: CaseId, snapshotId: z.string().min(1), engagement: Engagement.default('pre-engagement') }),
    output: MemoSummary,
  },
  /** The memos of a case, or the most recent ones of every case. */
  'memos:list': { input: z.strictObject({ caseId: CaseId.optional() }), output: z.array(MemoSummary) },
  'memos:get': { input: z.strictObject({ id: z.string().min(1) }), output: MemoWithSections },
  'memos:update': {
    /** `edits` replaces the attorney's texts whole; `discussed` is the routes to discuss, by programme id, in order. */
    input: z.strictObject({
      id: z.string().min(1),
      engagement: Engagement.optional(),
      edits: z.record(z.string(), z.string().max(100_000)).optional(),
      discussed: z.array(z.string().min(1)).max(50).optional(),
    }),
    output: MemoWithSections,
  },
  /** The memo as it will print, rendered by main from the same document as the exported PDF: its bytes in base64. */
  'memos:preview': { input: z.strictObject({ id: z.string().min(1) }), output: z.object({ pdf: z.string() }) },
  /** Main renders the PDF (or the Word document) and shows the save dialog; the renderer never names a path. */
  'memos:export-dialog': {
    input: z.strictObject({ id: z.string().min(1), format: z.enum(['pdf', 'docx']).default('pdf') }),
    output: z.union([z.object({ savedTo: z.string(), bytes: z.number().int() }), z.object({ cancelled: z.literal(true) })]),
  },
  /** Main renders the PDF and opens it in the system's PDF viewer, whose Print command prints it. */
  'memos:open-for-print': { input: z.strictObject({ id: z.string().min(1) }), output: z.object({ opened: z.boolean() }) },
  /**
   * The figures this firm uses now (the applied rule pack's, else the shipped ones, with the firm's own
   * figures laid over them), so the app's live comparison agrees with saved comparisons and memos.
   */
  'rules:facts': {
    input: z.strictObject({}),
    output: z.object({ dataSet: FactDataSet, identity: z.string(), origin: z.enum(['catalogue', 'pack']) }),
  },
  'settings:get': { input: z.strictObject({}), output: z.object({ userName: z.string().nullable() }) },
  'settings:set': {
    input: z.strictObject({ userName: z.string().trim().min(1, { error: 'enter a name' }).max(100) }),
    output: z.object({ userName: z.string().nullable() }),
  },
  /** The colour theme: follow the operating system, or always light or dark. */
  'settings:get-theme': { input: z.strictObject({}), output: z.object({ theme: Theme }) },
  'settings:set-theme': { input: z.strictObject({ theme: Theme }), output: z.object({ theme: Theme }) },
  ...securityContract,
} as const;

/** A contract method name. */
export type Method = keyof typeof contract;
/** What a caller may pass (before defaults are applied). */
export type MethodInput<M extends Method> = z.input<(typeof contract)[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type MethodParams<M extends Method> = z.output<(typeof contract)[M]['input']>;
/** What a handler returns. */
export type MethodOutput<M extends Method> = z.output<(typeof contract)[M]['output']>;

/** The list of method names, for the CLI's help and for tests that walk every method. */
export const METHODS = Object.keys(contract) as Method[];

/** True when `name` is a contract method (guards against `__proto__` and friends). */
export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What the preload exposes as `window.advisor`: one function, nothing Node-capable. */
export type AdvisorBridge = {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
};
