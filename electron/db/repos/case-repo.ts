import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CaseFile } from '../../../shared/case-file';
import type { CaseRecord, CaseStatus, CaseSummary } from '../../../shared/contract';
import { AdvisorError } from '../../../shared/result';
import type { AuditRepo } from './audit-repo';

type SummaryRow = {
  id: string;
  reference: string;
  status: CaseStatus;
  client_id: string;
  client_name: string;
  other_names: string;
  date_of_birth: string | null;
  citizenships: string;
  target_countries: string;
  revision: number;
  created_at: string;
  updated_at: string;
};
type RecordRow = SummaryRow & { case_file: string };

/** Who made a change and when; supplied by the caller so tests can fix the clock. */
export type ChangeContext = { actor: string; now: Date };

/** The client columns extracted from a case file, also what the client's audit rows show. */
function clientColumns(file: CaseFile) {
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

const SUMMARY_COLUMNS = `k.id, k.reference, k.status, k.client_id, k.client_name, c.other_names,
  c.date_of_birth, c.citizenships, k.target_countries, k.revision, k.created_at, k.updated_at`;

function toSummary(r: SummaryRow): CaseSummary {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    clientId: r.client_id,
    clientName: r.client_name,
    otherNames: JSON.parse(r.other_names) as string[],
    dateOfBirth: r.date_of_birth,
    citizenships: JSON.parse(r.citizenships) as string[],
    targetCountries: JSON.parse(r.target_countries) as string[],
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

type CreateInput = { caseFile: CaseFile; status: CaseStatus };
type UpdateInput = { id: string; expectedRevision: number; caseFile: CaseFile; status?: CaseStatus | undefined };

/** Clients and their cases. */
export type CaseRepo = {
  create(input: CreateInput, ctx: ChangeContext): CaseRecord;
  update(input: UpdateInput, ctx: ChangeContext): CaseRecord;
  get(id: string): CaseRecord | undefined;
  getOrThrow(id: string): CaseRecord;
  list(filter: { status?: CaseStatus | undefined; limit: number; offset: number }): { items: CaseSummary[]; total: number };
};

/**
 * Clients and their cases, one aggregate: a case file carries its client, so both rows and their
 * audit rows are written in one transaction. SQL never leaves this file.
 */
export function createCaseRepo(db: Database, audit: AuditRepo): CaseRepo {
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
  const lastNumber = db.prepare<[string], { n: number | null }>(
    "SELECT MAX(CAST(substr(reference, 6) AS INTEGER)) AS n FROM cases WHERE reference LIKE ? || '-%'",
  );
  const byId = db.prepare<[string], RecordRow>(
    `SELECT ${SUMMARY_COLUMNS}, k.case_file FROM cases k JOIN clients c ON c.id = k.client_id WHERE k.id = ?`,
  );
  type PageParams = { status: CaseStatus | null; limit: number; offset: number };
  const page = db.prepare<[PageParams], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM cases k JOIN clients c ON c.id = k.client_id
     WHERE @status IS NULL OR k.status = @status ORDER BY k.updated_at DESC, k.reference DESC LIMIT @limit OFFSET @offset`,
  );
  const countAll = db.prepare<[{ status: CaseStatus | null }], { n: number }>(
    'SELECT COUNT(*) AS n FROM cases WHERE @status IS NULL OR status = @status',
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

  function get(id: string): CaseRecord | undefined {
    const row = byId.get(id);
    return row && { ...toSummary(row), caseFile: JSON.parse(row.case_file) as CaseFile };
  }

  /** The case, or a `not-found` error naming the id. */
  function getOrThrow(id: string): CaseRecord {
    const found = get(id);
    if (!found) throw new AdvisorError('not-found', `There is no case with id ${id}.`, 'id');
    return found;
  }

  /** Creates a client and their first case, with both audit rows, atomically. */
  const createTx = db.transaction(
    (input: CreateInput, ctx: ChangeContext): CaseRecord => {
      const at = ctx.now.toISOString();
      const year = at.slice(0, 4);
      const clientId = randomUUID();
      const caseId = randomUUID();
      const reference = `${year}-${String((lastNumber.get(year)?.n ?? 0) + 1).padStart(4, '0')}`;
      insertClient.run(clientParams(clientId, input.caseFile, at));
      insertCase.run({ id: caseId, reference, clientId, status: input.status, at, ...caseColumns(input.caseFile) });
      const base = { at, actor: ctx.actor, action: 'create', caseId, before: null } as const;
      audit.record({ ...base, entity: 'client', entityId: clientId, after: clientColumns(input.caseFile) });
      audit.record({
        ...base,
        entity: 'case',
        entityId: caseId,
        after: { reference, status: input.status, caseFile: input.caseFile },
      });
      return getOrThrow(caseId);
    },
  );

  /**
   * Replaces a case's file (and status), refusing a stale revision so two editors cannot silently
   * overwrite each other. The client row follows the case file's client section.
   */
  const updateTx = db.transaction(
    (input: UpdateInput, ctx: ChangeContext): CaseRecord => {
      const before = getOrThrow(input.id);
      if (before.revision !== input.expectedRevision) {
        throw new AdvisorError(
          'conflict',
          `Case ${before.reference} was changed elsewhere (now at revision ${String(before.revision)}, ` +
            `this edit was based on ${String(input.expectedRevision)}). Reload it and apply the edit again.`,
          'expectedRevision',
        );
      }
      const at = ctx.now.toISOString();
      const status = input.status ?? before.status;
      updateCase.run({ id: input.id, expectedRevision: input.expectedRevision, status, at, ...caseColumns(input.caseFile) });
      const base = { at, actor: ctx.actor, action: 'update', caseId: input.id } as const;
      const clientBefore = clientColumns(before.caseFile);
      const clientAfter = clientColumns(input.caseFile);
      if (JSON.stringify(clientBefore) !== JSON.stringify(clientAfter)) {
        updateClient.run(clientParams(before.clientId, input.caseFile, at));
        audit.record({ ...base, entity: 'client', entityId: before.clientId, before: clientBefore, after: clientAfter });
      }
      audit.record({
        ...base,
        entity: 'case',
        entityId: input.id,
        before: { status: before.status, caseFile: before.caseFile },
        after: { status, caseFile: input.caseFile },
      });
      return getOrThrow(input.id);
    },
  );

  return {
    create: createTx,
    update: updateTx,
    get,
    getOrThrow,
    /** A page of cases, most recently changed first, with the total for the filter. */
    list(filter) {
      const status = filter.status ?? null;
      return {
        items: page.all({ status, limit: filter.limit, offset: filter.offset }).map(toSummary),
        total: countAll.get({ status })?.n ?? 0,
      };
    },
  };
}
