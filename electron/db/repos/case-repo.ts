import type { Database } from 'better-sqlite3-multiple-ciphers';
import { diffFields, type FieldDiff } from '../../../shared/audit-diff';
import { caseFileAsOf, type CaseFile } from '../../../shared/case-file';
import { localDate } from '../../../shared/dates';
import { jsonDataProblem } from '../../../shared/json-data';
import { CaseSummary, type AuditView, type CaseRecord, type CaseStatus } from '../../../shared/contract';
import { AdvisorError } from '../../../shared/result';
import { formatPath, toFieldIssues, type FieldIssue } from '../../../shared/validation';
import type { AuditRepo } from './audit-repo';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './case-rows';
import { timeOrderedId } from './time-ordered-id';
import type { DraftRepo } from './draft-repo';
import type { ListFilter, SearchRepo } from './search-repo';
import { writeTransaction } from '../write-transaction';

type RecordRow = SummaryRow & { case_file: string };

/** Who made a change and when; supplied by the caller so tests can fix the clock. */
export type ChangeContext = { actor: string; now: Date };

/** The largest draft the intake may autosave, serialised: far above any real case file. */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

/** The client columns extracted from a case file, also what the client's audit rows show. */
export function clientColumns(file: CaseFile) {
  const c = file.client;
  return {
    fullName: c.fullName,
    otherNames: c.otherNames ?? [],
    dateOfBirth: c.dateOfBirth ?? null,
    citizenships: c.citizenships ?? [],
    email: c.email ?? null,
    phone: c.phone ?? null,
  };
}

type CreateInput = { caseFile: CaseFile; status: CaseStatus };
type UpdateInput = { id: string; expectedRevision: number; caseFile: CaseFile; status?: CaseStatus | undefined };
type DraftInput = { id: string; expectedRevision: number; draft: Record<string, unknown> };
type DraftResult = { record: CaseRecord; valid: boolean; issues: FieldIssue[] };

/** Clients and their cases. */
export type CaseRepo = {
  create(input: CreateInput, ctx: ChangeContext, note?: string | null): CaseRecord;
  /** Creates every case in one transaction, each audited with its note: all are stored, or none. */
  createMany(items: readonly { caseFile: CaseFile; note: string | null }[], ctx: ChangeContext): CaseSummary[];
  update(input: UpdateInput, ctx: ChangeContext): CaseRecord;
  saveDraft(input: DraftInput, ctx: ChangeContext): DraftResult;
  trash(id: string, ctx: ChangeContext): CaseSummary;
  restore(id: string, ctx: ChangeContext): CaseSummary;
  recordDecision(caseId: string, decision: 'cleared' | 'conflict', note: string, ctx: ChangeContext): void;
  get(id: string): CaseRecord | undefined;
  /** The case with this matter number (`2026-0001`), live or trashed. */
  byReference(reference: string): CaseRecord | undefined;
  getOrThrow(id: string, field?: string): CaseRecord;
  list(filter: ListFilter): { items: CaseSummary[]; total: number };
  audit(id: string): AuditView[];
};

/**
 * Clients and their cases, one aggregate: a case file carries its client, so both rows, the
 * search text and the audit rows are written in one transaction. SQL never leaves electron/db.
 */
export function createCaseRepo(db: Database, audit: AuditRepo, drafts: DraftRepo, search: SearchRepo): CaseRepo {
  const insertClient = db.prepare(
    `INSERT INTO clients (id, full_name, other_names, date_of_birth, citizenships, email, phone, created_at, updated_at)
     VALUES (@id, @fullName, @otherNames, @dateOfBirth, @citizenships, @email, @phone, @at, @at)`,
  );
  const updateClient = db.prepare(
    `UPDATE clients SET full_name = @fullName, other_names = @otherNames, date_of_birth = @dateOfBirth,
       citizenships = @citizenships, email = @email, phone = @phone, updated_at = @at WHERE id = @id`,
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, client_id, status, case_file, client_name, spouse_name, target_countries, created_at, updated_at)
     VALUES (@id, @reference, @clientId, @status, @caseFile, @clientName, @spouseName, @targetCountries, @at, @at)`,
  );
  const updateCase = db.prepare(
    `UPDATE cases SET status = @status, case_file = @caseFile, client_name = @clientName, spouse_name = @spouseName,
       target_countries = @targetCountries, revision = revision + 1, updated_at = @at
     WHERE id = @id AND revision = @expectedRevision`,
  );
  const setDeleted = db.prepare('UPDATE cases SET deleted_at = @deletedAt, updated_at = @at WHERE id = @id');
  // A range on the unique index, not LIKE, so numbering does not scan the whole table.
  const lastNumber = db.prepare<[string, string], number | null>(
    'SELECT MAX(CAST(substr(reference, 6) AS INTEGER)) FROM cases WHERE reference >= ? AND reference < ?',
  ).pluck();
  const idOfReference = db.prepare<[string], string>('SELECT id FROM cases WHERE reference = ?').pluck();
  const byId = db.prepare<[string], RecordRow>(
    `SELECT ${SUMMARY_COLUMNS}, k.case_file FROM cases k JOIN clients c ON c.id = k.client_id WHERE k.id = ?`,
  );

  const caseColumns = (file: CaseFile) => ({
    caseFile: JSON.stringify(file),
    clientName: file.client.fullName,
    spouseName: file.spouse?.fullName ?? null,
    targetCountries: JSON.stringify(file.goals?.targetCountries ?? []),
  });
  const clientParams = (id: string, file: CaseFile, at: string) => {
    const c = clientColumns(file);
    return { ...c, id, at, otherNames: JSON.stringify(c.otherNames), citizenships: JSON.stringify(c.citizenships) };
  };
  /** Matter numbers `YYYY-NNNN` continue from the year's highest, so none is ever reused. */
  const nextNumber = (year: string) => (lastNumber.get(`${year}-`, `${year}.`) ?? 0) + 1;

  function get(id: string): CaseRecord | undefined {
    const row = byId.get(id);
    return row && { ...toSummary(row), caseFile: JSON.parse(row.case_file) as CaseFile, draft: drafts.get(id) };
  }

  function getOrThrow(id: string, field = 'id'): CaseRecord {
    const found = get(id);
    if (!found) throw new AdvisorError('not-found', `There is no case with id ${id}.`, field);
    return found;
  }

  function checkRevision(current: CaseRecord, expected: number): void {
    if (current.revision !== expected) {
      throw new AdvisorError(
        'conflict',
        `Case ${current.reference} was changed elsewhere (now at revision ${String(current.revision)}, ` +
          `this edit was based on ${String(expected)}). Reload it and apply the edit again.`,
        'expectedRevision',
      );
    }
  }

  /**
   * Inserts one client and case with their audit rows; the caller holds the transaction and
   * indexes the case (search text, conflict keys) in it, one case or a whole import at once.
   */
  function insert(file: CaseFile, status: CaseStatus, reference: string, ctx: ChangeContext, note?: string | null): CaseSummary {
    const at = ctx.now.toISOString();
    const clientId = timeOrderedId(ctx.now);
    const caseId = timeOrderedId(ctx.now);
    const client = clientParams(clientId, file, at);
    const columns = caseColumns(file);
    insertClient.run(client);
    insertCase.run({ id: caseId, reference, clientId, status, at, ...columns });
    const base = { at, actor: ctx.actor, action: 'create', caseId, before: null, note: note ?? null } as const;
    audit.record({ ...base, entity: 'client', entityId: clientId, after: clientColumns(file) });
    audit.record({ ...base, entity: 'case', entityId: caseId, after: { reference, status, caseFile: file } });
    return {
      id: caseId,
      reference,
      status,
      clientId,
      clientName: file.client.fullName,
      otherNames: file.client.otherNames ?? [],
      dateOfBirth: client.dateOfBirth,
      citizenships: file.client.citizenships ?? [],
      targetCountries: file.goals?.targetCountries ?? [],
      revision: 1,
      spouseName: columns.spouseName,
      deletedAt: null,
      createdAt: at,
      updatedAt: at,
      // A new case has not been checked yet.
      conflicts: { unresolved: 0, conflict: 0 },
      updatedBy: ctx.actor,
    };
  }

  const createMany = writeTransaction(db, (items: readonly { caseFile: CaseFile; note: string | null }[], ctx: ChangeContext) => {
    const year = ctx.now.toISOString().slice(0, 4);
    let n = nextNumber(year);
    const created = items.map(({ caseFile, note }) => ({
      file: caseFile,
      summary: insert(caseFile, 'intake', `${year}-${String(n++).padStart(4, '0')}`, ctx, note),
    }));
    search.indexMany(created.map(c => ({ caseId: c.summary.id, file: c.file })));
    return created.map(c => c.summary);
  });

  const create = writeTransaction(db, (input: CreateInput, ctx: ChangeContext, note?: string | null): CaseRecord => {
    const year = ctx.now.toISOString().slice(0, 4);
    const reference = `${year}-${String(nextNumber(year)).padStart(4, '0')}`;
    const { id } = insert(input.caseFile, input.status, reference, ctx, note);
    search.index(id, input.caseFile);
    return getOrThrow(id);
  });

  /**
   * Replaces a case's file (and status), refusing a stale revision so two editors cannot silently
   * overwrite each other. The audit row keeps only the fields that changed; a save that changes
   * nothing writes nothing and keeps the revision. The client row follows the file's client section.
   */
  const update = writeTransaction(db, (input: UpdateInput, ctx: ChangeContext): CaseRecord => {
    const before = getOrThrow(input.id);
    checkRevision(before, input.expectedRevision);
    const status = input.status ?? before.status;
    const changes: FieldDiff[] = [
      ...(status === before.status ? [] : [{ field: 'status', before: before.status, after: status }]),
      ...diffFields(before.caseFile, input.caseFile),
    ];
    if (changes.length === 0) return before;
    const at = ctx.now.toISOString();
    updateCase.run({ id: input.id, expectedRevision: input.expectedRevision, status, at, ...caseColumns(input.caseFile) });
    search.index(input.id, input.caseFile);
    const base = { at, actor: ctx.actor, action: 'update', caseId: input.id, before: null, after: null } as const;
    const clientChanges = diffFields(clientColumns(before.caseFile), clientColumns(input.caseFile));
    if (clientChanges.length > 0) {
      updateClient.run(clientParams(before.clientId, input.caseFile, at));
      audit.record({ ...base, entity: 'client', entityId: before.clientId, changes: clientChanges });
    }
    audit.record({ ...base, entity: 'case', entityId: input.id, changes });
    return getOrThrow(input.id);
  });

  /**
   * The intake's autosave: a draft that validates becomes the case file (and any stored draft is
   * dropped); one that does not is kept as typed, with its problems, beside the unchanged case.
   */
  const saveDraft = writeTransaction(db, (input: DraftInput, ctx: ChangeContext): DraftResult => {
    const current = getOrThrow(input.id);
    checkRevision(current, input.expectedRevision);
    // With no date of birth after today, on the user's calendar, as for a case created or imported.
    const parsed = caseFileAsOf(localDate(ctx.now)).safeParse(input.draft);
    if (parsed.success) {
      drafts.remove(input.id);
      const record = update({ id: input.id, expectedRevision: input.expectedRevision, caseFile: parsed.data }, ctx);
      return { record: { ...record, draft: null }, valid: true, issues: [] };
    }
    const issues = toFieldIssues(parsed.error);
    const draft = drafts.save(input.id, input.draft, issues, ctx.now.toISOString());
    return { record: { ...current, draft }, valid: false, issues };
  });

  /** Moves a case in or out of the Trash, with its audit row; doing it twice changes nothing. */
  const setTrashed = writeTransaction(db, (id: string, trashed: boolean, ctx: ChangeContext): CaseRecord => {
    const current = getOrThrow(id);
    if ((current.deletedAt !== null) === trashed) return current;
    const at = ctx.now.toISOString();
    const deletedAt = trashed ? at : null;
    setDeleted.run({ id, deletedAt, at });
    audit.record({
      at,
      actor: ctx.actor,
      action: trashed ? 'delete' : 'restore',
      entity: 'case',
      entityId: id,
      caseId: id,
      before: null,
      after: null,
      changes: [{ field: 'deletedAt', before: current.deletedAt, after: deletedAt }],
    });
    return getOrThrow(id);
  });

  return {
    create,
    createMany,
    update,
    saveDraft(input, ctx) {
      // Checked before parsing or touching the database: a runaway draft is refused whole. Depth
      // first: JSON.stringify overflows the stack on deep nesting, and SQLite refuses over 1,000 levels.
      const shape = jsonDataProblem(input.draft);
      if (shape) {
        const field = formatPath(['draft', ...shape.path]);
        throw new AdvisorError('bad-input', `${field}: ${shape.message}`, field);
      }
      if (Buffer.byteLength(JSON.stringify(input.draft), 'utf8') > MAX_DRAFT_BYTES) {
        throw new AdvisorError('bad-input', `draft: too large to save (over ${String(MAX_DRAFT_BYTES / 1024 / 1024)} MB)`, 'draft');
      }
      return saveDraft(input, ctx);
    },
    // Parsing strips the case file and draft: these return a summary.
    trash: (id, ctx) => CaseSummary.parse(setTrashed(id, true, ctx)),
    restore: (id, ctx) => CaseSummary.parse(setTrashed(id, false, ctx)),
    recordDecision(caseId, decision, note, ctx) {
      getOrThrow(caseId, 'caseId');
      const text = note.trim();
      audit.record({
        at: ctx.now.toISOString(),
        actor: ctx.actor,
        action: 'conflict-decision',
        entity: 'case',
        entityId: caseId,
        caseId,
        before: null,
        after: null,
        note: text === '' ? decision : `${decision}: ${text}`,
        changes: [{ field: 'conflictCheck', before: null, after: decision }],
      });
    },
    get,
    byReference(reference) {
      const id = idOfReference.get(reference);
      return id === undefined ? undefined : get(id);
    },
    getOrThrow,
    list: filter => search.list(filter),
    audit(id) {
      const found = getOrThrow(id);
      return audit.view(found.id, found.clientId);
    },
  };
}
