import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { diffFields, type FieldDiff } from '../../../shared/audit-diff';
import type { AuditRepo } from './audit-repo';
import type { CaseFile } from '../../../shared/case-file';
import { diffResultsByRoute, type RouteDiff } from '../../../shared/compare/results-diff';
import { rankAssessments, type RankedOption } from '../../../shared/compare/ranking';
import type { MethodParams, OlderVersion, Snapshot, SnapshotSummary } from '../../../shared/contract';
import { draftProblems, problemCount } from '../../../shared/compare/draft-problems';
import { ASSUMPTIONS, resolveAssumptions } from '../../../shared/programs/assumptions';
import { isProgramId, SHIPPED_CATALOGUE, type Catalogue } from '../../../shared/programs/index';
import type { AssumptionKey } from '../../../shared/programs/types';
import { AdvisorError } from '../../../shared/result';
import { evaluateOn, type evaluate } from '../../../shared/rules/evaluate';
import { upgradeAssessments } from '../../../shared/rules/legacy';
import type { Assessment } from '../../../shared/rules/types';
import { describeIssues, type FieldIssue } from '../../../shared/validation';
import type { CaseRepo, ChangeContext } from './case-repo';
import type { FactDataSet } from '../../../shared/facts/schema';
import { routeFacts, type RouteFacts, type SavedUnder } from '../../rules/route-facts';
import { writeTransaction } from '../write-transaction';

/** What `snapshots:save` receives, after the contract's validation and defaults. */
export type SaveSnapshotInput = MethodParams<'snapshots:save'>;

/** The catalogue snapshots are checked against: today's, unless a test supplies another. */
/**
 * The rules a comparison is made and checked with: `version` is the label saved with it; `identity`
 * (label + content hash) also tells the firm's own figures apart, so a changed figure is re-checked.
 */
export type Rules = {
  version: string;
  identity?: string;
  evaluate: typeof evaluate;
  /** The figures each route reads: a saved comparison whose routes read the same figures as at its last check keeps that answer. */
  routeFacts?: RouteFacts;
  /**
   * True when the figures a comparison's routes read have not changed since it was saved. The
   * firm-wide list of comparisons affected by rule changes trusts it instead of running the engine;
   * a case's own list does not, so it still catches a comparison that differs for any other reason.
   */
  unchangedSince?: (saved: SavedUnder) => boolean;
};

/** The rules of a catalogue (the shipped one, or one built from the firm's data set, given with it). */
export function catalogueRules(catalogue: Catalogue, dataSet?: FactDataSet): Rules {
  return { version: catalogue.version, identity: catalogue.identity, evaluate: evaluateOn(catalogue), ...(dataSet && { routeFacts: routeFacts(catalogue, dataSet) }) };
}

/** A saved comparison as the firm-wide check reads it: its light columns, as stored. */
export type SavedRef = { id: string; createdAt: string; rulesVersion: string; programIds: string };

/** A saved comparison checked against the rules in force: what would now come out differently, route by route. */
export type StaleRoutes = { stale: boolean; rulesThen: string; rulesNow: string; routes: RouteDiff[] };

/** Saved comparisons: written once, never changed, checked against today's rules when read. */
export type SnapshotRepo = {
  save(input: SaveSnapshotInput, ctx: ChangeContext): SnapshotSummary;
  /** A case's comparisons, newest first. */
  list(caseId: string): SnapshotSummary[];
  get(id: string): Snapshot;
  /**
   * Saved comparisons checked against the figures in force (a pack, the firm's own figures), in the
   * order given, from the columns the caller has already read (the rest is read only to run the
   * engine). One whose routes' figures have not changed since it was saved is answered from the
   * firm's history, without the engine.
   */
  staleRoutes(saved: readonly SavedRef[]): StaleRoutes[];
};

/** The light columns, enough for a summary; the large JSON is read only when needed. */
type SummaryRow = {
  id: string;
  case_id: string;
  created_at: string;
  actor: string;
  rules_version: string;
  as_of: string;
  currency: string;
  program_ids: string;
  assumptions: string;
  recommendation: string;
  what_if: string;
  older_version: string | null;
};
type HeavyRow = { case_file: string; results: string; ranks: string | null };
type Staleness = Pick<SnapshotSummary, 'stale' | 'staleChanges'>;
/** What a check reads before it knows whether the engine must run, and what the engine then needs. */
type CheckRow = Pick<SummaryRow, 'id' | 'created_at' | 'rules_version' | 'program_ids'>;
type EngineRow = Pick<SummaryRow, 'as_of' | 'assumptions' | 'currency'> & Pick<HeavyRow, 'case_file' | 'results'>;

const SUMMARY_COLUMNS =
  'id, case_id, created_at, actor, rules_version, as_of, currency, program_ids, assumptions, recommendation, what_if, older_version';

/**
 * Every problem with the programmes, assumptions and recommendation, named by field
 * (`programIds[1]`, `assumptions.us-h1b-100k-payment`). The contract only knows they are strings.
 */
export function checkSnapshotInput(input: SaveSnapshotInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  input.programIds.forEach((id, i) => {
    const field = `programIds[${String(i)}]`;
    if (!isProgramId(id)) issues.push({ field, message: `unknown programme id "${id}"` });
    else if (input.programIds.indexOf(id) !== i) issues.push({ field, message: `"${id}" is listed twice` });
  });
  for (const [key, value] of Object.entries(input.assumptions)) {
    const field = `assumptions.${key}`;
    const known = ASSUMPTIONS.find(a => a.key === key);
    if (!known) issues.push({ field, message: `unknown assumption; expected one of ${ASSUMPTIONS.map(a => a.key).join(', ')}` });
    else if (!known.options.some(o => o.value === value)) {
      issues.push({ field, message: `expected one of ${known.options.map(o => o.value).join(', ')}` });
    }
  }
  const pinned = input.recommendation.programId;
  if (pinned !== null && !input.programIds.includes(pinned)) {
    issues.push({ field: 'recommendation.programId', message: `"${pinned}" is not among the programmes compared` });
  }
  return issues;
}

/** One line for the case's audit trail. */
function auditNote(input: SaveSnapshotInput, rulesVersion: string, whatIf: readonly FieldDiff[], olderVersion: OlderVersion | null): string {
  const parts = [`Saved a comparison of ${input.programIds.join(', ')} (rules ${rulesVersion}, as of ${input.asOf}, ${input.currency})`];
  if (input.recommendation.programId) parts.push(`recommended ${input.recommendation.programId}`);
  if (whatIf.length > 0) parts.push(`${String(whatIf.length)} what-if change(s) to the client's facts`);
  if (olderVersion) parts.push(`from the case as saved at ${olderVersion.caseSavedAt}, confirmed while the intake had ${problemCount(olderVersion.problems.length)}`);
  return parts.join('; ');
}

/**
 * Saved comparisons over the `snapshots` table. Results are always the engine's own, computed here
 * from the stored inputs; the renderer's numbers are never trusted. Staleness is worked out by
 * re-running the engine under today's catalogue, once per snapshot and rules version.
 */
export function createSnapshotRepo(
  db: Database,
  cases: CaseRepo,
  audit: AuditRepo,
  /** The rules in force, asked at each use: a rule pack or a firm figure can change them while the app is open. */
  rulesInForce: Rules | (() => Rules) = catalogueRules(SHIPPED_CATALOGUE),
): SnapshotRepo {
  const rulesNow = typeof rulesInForce === 'function' ? rulesInForce : () => rulesInForce;
  const insert = db.prepare(
    `INSERT INTO snapshots (id, case_id, created_at, actor, rules_version, as_of, currency, program_ids, assumptions,
       case_file, results, recommendation, what_if, older_version, ranks)
     VALUES (@id, @caseId, @createdAt, @actor, @rulesVersion, @asOf, @currency, @programIds, @assumptions,
       @caseFile, @results, @recommendation, @whatIf, @olderVersion, @ranks)`,
  );
  // rowid breaks ties, so two saves in the same millisecond still list newest first.
  const byCase = db.prepare<[string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM snapshots WHERE case_id = ? ORDER BY created_at DESC, rowid DESC`,
  );
  const byId = db.prepare<[string], SummaryRow & HeavyRow>(`SELECT ${SUMMARY_COLUMNS}, case_file, results, ranks FROM snapshots WHERE id = ?`);
  const heavyById = db.prepare<[string], HeavyRow>('SELECT case_file, results, ranks FROM snapshots WHERE id = ?');

  /**
   * Each snapshot's last check: the rules it was made under (identity, and the figures each route
   * read) and what came out differently. Snapshots never change, so the answer holds for as long as
   * the rules do; when they move, a snapshot whose routes all read the same figures as before keeps
   * it without running the engine (a firm figure on one route re-checks only the comparisons of that route).
   */
  const checks = new Map<string, { identity: string; routeFacts: RouteFacts | undefined; routes: RouteDiff[] }>();
  const identityOf = (rules: Rules) => rules.identity ?? rules.version;

  /** `byFigures`: a comparison whose figures have not changed since it was saved is answered without the engine (and that answer is not kept). */
  function routesChanged(row: CheckRow, inputs: () => EngineRow, rules: Rules, byFigures = false): RouteDiff[] {
    const identity = identityOf(rules);
    const last = checks.get(row.id);
    if (last?.identity === identity) return last.routes;
    const saved = JSON.parse(row.program_ids) as string[];
    // A programme dropped from the catalogue is left out, and the diff says it is no longer assessed.
    const programIds = saved.filter(isProgramId);
    const [before, now] = [last?.routeFacts, rules.routeFacts];
    let routes: RouteDiff[];
    if (last && before && now && programIds.every(p => before.get(p) === now.get(p))) routes = last.routes;
    else if (byFigures && rules.unchangedSince?.({ createdAt: row.created_at, rulesVersion: row.rules_version, programIds: saved })) return [];
    else {
      const { case_file, results, ...input } = inputs();
      const fresh = rules.evaluate(JSON.parse(case_file) as CaseFile, programIds, {
        asOf: input.as_of,
        assumptions: JSON.parse(input.assumptions) as Partial<Record<AssumptionKey, string>>,
        currency: input.currency,
      });
      routes = diffResultsByRoute(upgradeAssessments(JSON.parse(results) as unknown[]), fresh);
    }
    checks.set(row.id, { identity, routeFacts: now, routes });
    return routes;
  }

  function staleness(row: SummaryRow, heavy: () => HeavyRow, rules: Rules): Staleness {
    const changes = routesChanged(row, () => ({ ...row, ...heavy() }), rules).flatMap(r => r.lines.map(line => `${r.programId}: ${line}`));
    // A new rules version that gives the same answers is not stale: nothing the advice rests on moved.
    if (changes.length === 0) return { stale: false, staleChanges: [] };
    return { stale: true, staleChanges: [...(row.rules_version === rules.version ? [] : [`rules ${row.rules_version} → ${rules.version}`]), ...changes] };
  }

  const heavyOf = (row: SummaryRow) => () => {
    const heavy = heavyById.get(row.id);
    if (!heavy) throw new Error(`Saved comparison ${row.id} vanished while being read`);
    return heavy;
  };

  /** `rules`: asked once per call of the repo, not once per saved comparison listed. */
  function toSummary(row: SummaryRow, heavy: () => HeavyRow, rules: Rules = rulesNow()): SnapshotSummary {
    return {
      id: row.id,
      caseId: row.case_id,
      createdAt: row.created_at,
      actor: row.actor,
      rulesVersion: row.rules_version,
      asOf: row.as_of,
      currency: row.currency,
      programIds: JSON.parse(row.program_ids) as string[],
      assumptions: JSON.parse(row.assumptions) as Record<string, string>,
      recommendation: JSON.parse(row.recommendation) as SnapshotSummary['recommendation'],
      whatIf: JSON.parse(row.what_if) as FieldDiff[],
      olderVersion: row.older_version === null ? null : (JSON.parse(row.older_version) as OlderVersion),
      ...staleness(row, heavy, rules),
    };
  }

  /** The case must exist and be live: a comparison saved on a trashed case would be advice nobody sees. */
  const write = writeTransaction(db, (input: SaveSnapshotInput, results: Assessment[], ctx: ChangeContext, assumptions: Record<AssumptionKey, string>, rules: Rules) => {
    const record = cases.getOrThrow(input.caseId, 'caseId');
    if (record.deletedAt !== null) {
      throw new AdvisorError('bad-input', `caseId: case ${record.reference} is in the Trash; restore it before saving a comparison`, 'caseId');
    }
    // The intake holds newer facts with problems: the comparison can only use the case as last
    // saved whole, and may be saved from it only when the lawyer has said so.
    let olderVersion: OlderVersion | null = null;
    if (record.draft) {
      const problems = draftProblems(record.draft.issues, record.caseFile).map(p => p.text);
      if (!input.confirmOlderVersion) {
        throw new AdvisorError(
          'bad-input',
          `confirmOlderVersion: the intake has ${problemCount(problems.length)} (${problems.join('; ')}), so this comparison uses the case as saved at ${record.updatedAt}; confirm to save it from that older version`,
          'confirmOlderVersion',
        );
      }
      olderVersion = { caseSavedAt: record.updatedAt, draftSavedAt: record.draft.savedAt, problems };
    }
    const id = randomUUID();
    const createdAt = ctx.now.toISOString();
    // What the what-if panel changed, against the case as stored.
    const whatIf = diffFields(record.caseFile, input.caseFile);
    insert.run({
      id,
      caseId: input.caseId,
      createdAt,
      actor: ctx.actor,
      rulesVersion: rules.version,
      asOf: input.asOf,
      currency: input.currency,
      programIds: JSON.stringify(input.programIds),
      assumptions: JSON.stringify(assumptions),
      caseFile: JSON.stringify(input.caseFile),
      results: JSON.stringify(results),
      recommendation: JSON.stringify(input.recommendation),
      whatIf: JSON.stringify(whatIf),
      olderVersion: olderVersion && JSON.stringify(olderVersion),
      // Ranked by the saved case file's priorities, as the live Compare ranks it.
      ranks: JSON.stringify(rankAssessments(results, input.caseFile.goals?.priorities)),
    });
    audit.record({
      at: createdAt,
      actor: ctx.actor,
      action: 'snapshot',
      entity: 'case',
      entityId: input.caseId,
      caseId: input.caseId,
      before: null,
      after: null,
      note: auditNote(input, rules.version, whatIf, olderVersion),
      changes: [{ field: 'snapshots', before: null, after: id }],
    });
    return id;
  });

  function getRow(id: string): SummaryRow & HeavyRow {
    const row = byId.get(id);
    if (!row) throw new AdvisorError('not-found', `There is no saved comparison with id ${id}.`, 'id');
    return row;
  }

  return {
    save(input, ctx) {
      const issues = checkSnapshotInput(input);
      if (issues.length > 0) throw new AdvisorError('bad-input', describeIssues(issues), issues[0]?.field);
      // Every assumption is stored with the value used, so a later change of default cannot alter the snapshot.
      const assumptions = resolveAssumptions(input.assumptions, input.asOf);
      const rules = rulesNow();
      const results = rules.evaluate(input.caseFile, input.programIds, { asOf: input.asOf, assumptions, currency: input.currency });
      const id = write(input, results, ctx, assumptions, rules);
      // Just computed under these very rules: not stale, and no need to run the engine again.
      checks.set(id, { identity: identityOf(rules), routeFacts: rules.routeFacts, routes: [] });
      const row = getRow(id);
      return toSummary(row, () => row, rules);
    },
    list(caseId) {
      cases.getOrThrow(caseId, 'caseId');
      const rules = rulesNow();
      return byCase.all(caseId).map(row => toSummary(row, heavyOf(row), rules));
    },
    get(id) {
      const row = getRow(id);
      return {
        ...toSummary(row, () => row),
        caseFile: JSON.parse(row.case_file) as CaseFile,
        results: upgradeAssessments(JSON.parse(row.results) as unknown[]),
        ranks: row.ranks === null ? null : (JSON.parse(row.ranks) as RankedOption[]),
      };
    },
    staleRoutes(saved) {
      const rules = rulesNow();
      return saved.map(s => {
        const row = { id: s.id, created_at: s.createdAt, rules_version: s.rulesVersion, program_ids: s.programIds };
        const routes = routesChanged(row, () => getRow(s.id), rules, true);
        return { stale: routes.length > 0, rulesThen: s.rulesVersion, rulesNow: rules.version, routes };
      });
    },
  };
}
