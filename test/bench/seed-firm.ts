/**
 * Seeds a data folder with a whole firm (by default 10,000 clients, 30,000 cases and 100,000 audit
 * rows) for `npm run bench`, deterministically from a seed.
 *
 * Clients have one or more cases (a renewal, a second route, the spouse's own petition), which the
 * app's import cannot make (it opens a new client per case), so clients and cases are written with
 * SQL here, in one transaction. Everything derived is written by the app's own code: the case
 * files are parsed by the case-file schema, the search text by the search repository, audit rows
 * by the audit repository with field changes from `diffFields`. seed-firm.test.ts checks the result
 * reads back through the dispatcher exactly as imported cases do.
 *
 * History: each case is created in intake, moves along the workflow to its current status, has
 * its notes edited and conflict checks decided, and a few are trashed (some restored); the audit
 * rows are written in time order, and revisions and timestamps agree with them.
 *
 * Also a command: `npx tsx --tsconfig tsconfig.run.json test/bench/seed-firm.ts DIR`.
 */
import { fileURLToPath } from 'node:url';
import { diffFields } from '../../shared/audit-diff';
import { CaseFile } from '../../shared/case-file';
import type { CaseStatus } from '../../shared/contract';
import { createAuditRepo, type AuditEntry } from '../../electron/db/repos/audit-repo';
import { clientColumns } from '../../electron/db/repos/case-repo';
import { createSearchRepo } from '../../electron/db/repos/search-repo';
import { createSettingsRepo } from '../../electron/db/repos/settings-repo';
import { writeTransaction } from '../../electron/db/write-transaction';
import { openDatabaseAt } from '../data-folder';
import { makeCaseFile, makeClient, NOTES, rng, type Rng } from './generated-cases';

/** How big a firm to seed. */
export type FirmSize = { clients: number; cases: number; auditRows: number };

/** The firm of issue 7: 10,000 clients, 30,000 cases, 100,000 audit rows. */
export const FIRM: FirmSize = { clients: 10_000, cases: 30_000, auditRows: 100_000 };

/** One seeded case as the generator meant it, for tests to compare with what the app reads back. */
export type SeededCase = {
  id: string;
  clientId: string;
  reference: string;
  status: CaseStatus;
  revision: number;
  deletedAt: string | null;
  caseFile: CaseFile;
  /** Rows on the case's own trail and its client's (what `cases:audit` shows). */
  trail: number;
};

/** What was seeded. */
export type SeededFirm = { size: FirmSize; seed: number; cases: SeededCase[]; ms: number };

const STATUSES: readonly CaseStatus[] = ['intake', 'consultation', 'advised', 'closed'];
const ACTORS = ['attorney.ann', 'paralegal.raj', 'Mei Chen', 'Daniel Okafor'];
const DECISION_NOTES = [
  '',
  'Different date of birth.',
  'Spouse of an existing client, same matter.',
  'Former employer only.',
];
const START = Date.parse('2019-01-02T09:00:00Z');
const END = Date.parse('2026-11-27T18:00:00Z');

/** A case being planned: `current` is its status as the history so far has it. */
type Plan = SeededCase & { createdAt: number; updatedAt: number; current: CaseStatus };

/** A random version-4 UUID from the seeded stream, so ids are the same on every run. */
function uuid(r: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'.charAt(r.int(0, 3))}${hex(3)}-${hex(12)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Fails with the field named when the sizes cannot make a firm. */
function checkSize(size: FirmSize): void {
  for (const [field, n] of Object.entries(size)) {
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${field}: expected a whole number of at least 1, got ${String(n)}`);
  }
  if (size.cases < size.clients)
    throw new Error(`cases: every client needs a case, so at least ${String(size.clients)}`);
}

type Step = { kind: 'status'; to: CaseStatus } | { kind: 'notes' } | { kind: 'decision' };

/** Edits and decisions shuffled among the status moves, the moves kept in workflow order. */
function shuffleKeepingMoves(r: Rng, steps: readonly Step[]): Step[] {
  const moves = steps.filter(s => s.kind === 'status');
  let m = 0;
  return steps
    .map(s => ({ s, key: r.next() }))
    .sort((a, b) => a.key - b.key)
    .map(({ s }) => (s.kind === 'status' ? moves[m++]! : s));
}

/**
 * A case's audit rows after its creation, at random times in order, applying each to the plan:
 * status moves and notes edits bump the revision (as `cases:update` does), a decision changes
 * nothing on the case, and the last `trash` rows move it to the Trash (and back, for two).
 */
function history(r: Rng, c: Plan, steps: readonly Step[], trash: number): AuditEntry[] {
  const all = [...steps, ...Array.from({ length: trash }, () => ({ kind: 'trash' }) as const)];
  const times = all
    .map(() => c.createdAt + 60_000 + Math.floor(r.next() * (END - c.createdAt - 60_000)))
    .sort((a, b) => a - b);
  return all.map((step, j): AuditEntry => {
    const time = times[j]!;
    const at = iso(time);
    const base = {
      at,
      actor: r.pick(ACTORS),
      entity: 'case',
      entityId: c.id,
      caseId: c.id,
      before: null,
      after: null,
    } as const;
    switch (step.kind) {
      case 'decision': {
        const decision = r.chance(0.9) ? 'cleared' : 'conflict';
        const text = r.pick(DECISION_NOTES);
        const changes = [{ field: 'conflictCheck', before: null, after: decision }];
        return {
          ...base,
          action: 'conflict-decision',
          note: text === '' ? decision : `${decision}: ${text}`,
          changes,
        };
      }
      case 'trash': {
        const deletedAt = c.deletedAt === null ? at : null;
        const changes = [{ field: 'deletedAt', before: c.deletedAt, after: deletedAt }];
        c.deletedAt = deletedAt;
        c.updatedAt = time;
        return { ...base, action: deletedAt ? 'delete' : 'restore', changes };
      }
      case 'status':
      case 'notes': {
        let changes;
        if (step.kind === 'status') {
          changes = [{ field: 'status', before: c.current, after: step.to }];
          c.current = step.to;
        } else {
          const next = {
            ...c.caseFile,
            notes: r.pick(NOTES.filter(n => n !== (c.caseFile.notes ?? ''))),
          };
          changes = diffFields(c.caseFile, next);
          c.caseFile = next;
        }
        c.revision++;
        c.updatedAt = time;
        return { ...base, action: 'update', changes };
      }
    }
  });
}

/** Clients, cases and their whole history, in memory, in time order. */
function plan(
  size: FirmSize,
  seed: number,
): {
  clients: { id: string; file: CaseFile; createdAt: number }[];
  cases: Plan[];
  events: AuditEntry[];
} {
  checkSize(size);
  const r = rng(seed);
  const sections = Array.from({ length: size.clients }, (_, i) => makeClient(r, i));
  // Every client has a case; the rest go to clients at random, so some have several.
  const owners = [
    ...sections.keys(),
    ...Array.from({ length: size.cases - size.clients }, () => r.int(0, size.clients - 1)),
  ];
  const drafts = owners
    .map(clientIndex => ({
      clientIndex,
      createdAt: START + Math.floor(r.next() * (END - START - 30 * 86_400_000)),
    }))
    .sort((a, b) => a.createdAt - b.createdAt);

  const perYear = new Map<string, number>();
  const clients: { id: string; file: CaseFile; createdAt: number }[] = [];
  const clientIds = new Map<number, string>();
  const events: AuditEntry[] = [];
  const cases: Plan[] = drafts.map(({ clientIndex, createdAt }, i) => {
    const first = CaseFile.parse(makeCaseFile(r, sections[clientIndex]!, i));
    const year = iso(createdAt).slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const id = uuid(r);
    let clientId = clientIds.get(clientIndex);
    const at = iso(createdAt);
    const base = {
      at,
      actor: r.pick(ACTORS),
      action: 'create',
      caseId: id,
      before: null,
      note: r.chance(0.2) ? 'Imported from a case file' : null,
    } as const;
    if (clientId === undefined) {
      clientIds.set(clientIndex, (clientId = uuid(r)));
      clients.push({ id: clientId, file: first, createdAt });
      events.push({ ...base, entity: 'client', entityId: clientId, after: clientColumns(first) });
    }
    const reference = `${year}-${String(n).padStart(4, '0')}`;
    events.push({
      ...base,
      entity: 'case',
      entityId: id,
      after: { reference, status: 'intake', caseFile: first },
    });
    const status = r.pick([
      'intake',
      'intake',
      'consultation',
      'consultation',
      'advised',
      'advised',
      'closed',
    ] as const);
    return {
      id,
      clientId,
      reference,
      status,
      current: 'intake',
      revision: 1,
      deletedAt: null,
      caseFile: first,
      trail: 0,
      createdAt,
      updatedAt: createdAt,
    };
  });

  // The workflow to each case's status, and the Trash, are fixed; edits and decisions fill the rest.
  const steps: Step[][] = cases.map(c =>
    STATUSES.slice(1, STATUSES.indexOf(c.status) + 1).map(to => ({ kind: 'status', to })),
  );
  const trashed = cases.map((): number => (r.chance(0.03) ? (r.chance(0.33) ? 2 : 1) : 0));
  const fixed =
    events.length + steps.reduce((n, k) => n + k.length, 0) + trashed.reduce((a, b) => a + b, 0);
  if (fixed > size.auditRows)
    throw new Error(`auditRows: this firm's creations and workflow alone need ${String(fixed)}`);
  for (let i = fixed; i < size.auditRows; i++)
    steps[r.int(0, cases.length - 1)]!.push({ kind: r.chance(0.7) ? 'notes' : 'decision' });
  cases.forEach((c, i) =>
    events.push(...history(r, c, shuffleKeepingMoves(r, steps[i]!), trashed[i]!)),
  );
  // ISO timestamps of one format sort as text; the sort is stable, so a client's row stays first.
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const trails = new Map<string, number>();
  for (const e of events) trails.set(e.entityId, (trails.get(e.entityId) ?? 0) + 1);
  for (const c of cases) c.trail = (trails.get(c.id) ?? 0) + (trails.get(c.clientId) ?? 0);
  return { clients, cases, events };
}

/**
 * Seeds `dataDir` (a new or empty data folder; its database is created encrypted with the test
 * passphrase) with a firm of `size`, the same for the same `seed`. All in one transaction.
 */
export function seedFirm(dataDir: string, size: FirmSize = FIRM, seed = 20261129): SeededFirm {
  const started = performance.now();
  const { clients, cases, events } = plan(size, seed);
  const db = openDatabaseAt(dataDir);
  try {
    const settings = createSettingsRepo(db);
    const search = createSearchRepo(db, settings);
    // Marks the (empty) index current, so opening the firm does not re-index 30,000 cases.
    search.refreshIfStale();
    const audit = createAuditRepo(db);
    const insertClient = db.prepare(
      `INSERT INTO clients (id, full_name, other_names, date_of_birth, citizenships, email, phone, created_at, updated_at)
       VALUES (@id, @fullName, @otherNames, @dateOfBirth, @citizenships, @email, @phone, @at, @at)`,
    );
    const insertCase = db.prepare(
      `INSERT INTO cases (id, reference, client_id, status, case_file, client_name, spouse_name, target_countries,
         revision, created_at, updated_at, deleted_at)
       VALUES (@id, @reference, @clientId, @status, @caseFile, @clientName, @spouseName, @targetCountries,
         @revision, @createdAt, @updatedAt, @deletedAt)`,
    );
    writeTransaction(db, () => {
      for (const c of clients) {
        const columns = clientColumns(c.file);
        insertClient.run({
          ...columns,
          id: c.id,
          at: iso(c.createdAt),
          otherNames: JSON.stringify(columns.otherNames),
          citizenships: JSON.stringify(columns.citizenships),
        });
      }
      for (const c of cases) {
        insertCase.run({
          id: c.id,
          reference: c.reference,
          clientId: c.clientId,
          status: c.status,
          caseFile: JSON.stringify(c.caseFile),
          clientName: c.caseFile.client.fullName,
          spouseName: c.caseFile.spouse?.fullName ?? null,
          targetCountries: JSON.stringify(c.caseFile.goals?.targetCountries ?? []),
          revision: c.revision,
          createdAt: iso(c.createdAt),
          updatedAt: iso(c.updatedAt),
          deletedAt: c.deletedAt,
        });
        search.index(c.id, c.caseFile);
      }
      for (const entry of events) audit.record(entry);
    })();
  } finally {
    db.close();
  }
  const seeded = cases.map(
    ({ id, clientId, reference, status, revision, deletedAt, caseFile, trail }) => ({
      id,
      clientId,
      reference,
      status,
      revision,
      deletedAt,
      caseFile,
      trail,
    }),
  );
  return { size, seed, cases: seeded, ms: performance.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir)
    throw new Error(
      'usage: seed-firm.ts DATA_DIR (a new folder; the database is encrypted with the test passphrase)',
    );
  const firm = seedFirm(dir);
  const { clients, cases, auditRows } = firm.size;
  process.stdout.write(
    `Seeded ${dir}: ${String(clients)} clients, ${String(cases)} cases, ${String(auditRows)} audit rows in ${(firm.ms / 1000).toFixed(1)} s\n`,
  );
}
