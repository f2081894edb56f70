import { resolve } from 'node:path';
import { CASE_FILE_VERSION } from '../shared/case-file';
import type { Method } from '../shared/contract';
import type { securityContract } from '../shared/contract-security';
import { DEFAULT_DISCLAIMERS } from '../shared/memo/disclaimers';
import type { Database } from './db/driver';
import { schemaVersion } from './db/migrate';
import { createAuditRepo } from './db/repos/audit-repo';
import { createCaseRepo } from './db/repos/case-repo';
import { createConflictRepo } from './db/repos/conflict-repo';
import { createConflictHitsRepo } from './db/repos/conflict-hits-repo';
import { createDraftRepo } from './db/repos/draft-repo';
import { createMemoRepo } from './db/repos/memo-repo';
import { createSearchRepo } from './db/repos/search-repo';
import { createSettingsRepo, type SettingsRepo } from './db/repos/settings-repo';
import { createSecurityLogRepo, type SecurityLogRepo } from './db/repos/security-log-repo';
import { catalogueRules, createSnapshotRepo } from './db/repos/snapshot-repo';
import { createAffectedList } from './rules/affected';
import { figuresUnchangedSince } from './rules/route-facts';
import { firmFacts } from './rules/firm-data-set';
import type { ChangeContext } from './db/repos/case-repo';
import type { Clock } from './clock';
import type { Dialogs } from './dialogs';
import type { HandlersFor } from './dispatcher';
import { createFirmService } from './firm';
import { createHandlers } from './handlers';
import { createCaseImport } from './case-import';
import { createImportRepo } from './db/repos/import-repo';
import { createMemoService } from './memo-service';

/** The methods an unlocked database answers; the vault answers the security ones itself. */
export type SessionMethod = Exclude<Method, keyof typeof securityContract>;

export type SessionOptions = {
  appVersion: string;
  dataDir: string;
  databaseFile: string;
  /** Who acts when Settings has no user name. */
  actor: () => string;
  clock: Clock;
  dialogs: Dialogs;
  fontsDir?: string;
};

/** One unlocked database: its connection, its settings and the handlers over it. */
export type Session = {
  db: Database;
  settings: SettingsRepo;
  securityLog: SecurityLogRepo;
  /** Who is acting (the Settings name, else the OS user) and when. */
  context: () => ChangeContext;
  handlers: HandlersFor<SessionMethod>;
};

/** Wires the repositories of an open, keyed and migrated connection into handlers. */
export function openSession(db: Database, options: SessionOptions): Session {
  const settings = createSettingsRepo(db);
  const search = createSearchRepo(db, settings);
  // After an upgrade, adds what SQL alone could not index (Latin spellings of names, conflict keys).
  search.refreshIfStale();
  const audit = createAuditRepo(db);
  const cases = createCaseRepo(db, audit, createDraftRepo(db), search);
  // The name set in Settings wins, so a shared computer account still says who acted.
  const actor = () => settings.get('userName') ?? options.actor();
  const context = (): ChangeContext => ({ actor: actor(), now: options.clock() });
  // Saved comparisons are made and re-checked with the firm's facts: the applied pack and the firm's own figures.
  const snapshots = createSnapshotRepo(db, cases, audit, () => {
    const facts = firmFacts(db);
    return { ...catalogueRules(facts.catalogue, facts.dataSet), unchangedSince: figuresUnchangedSince(db, facts.catalogue) };
  });
  const firm = createFirmService(settings, DEFAULT_DISCLAIMERS);
  const memos = createMemoRepo(db, audit);
  const handlers = createHandlers({
    cases,
    imports: createCaseImport({ cases, imports: createImportRepo(db) }),
    conflicts: createConflictRepo(db, search.conflicts),
    conflictHits: createConflictHitsRepo(db, cases, audit),
    settings,
    snapshots,
    firm,
    memos: createMemoService({
      memos,
      snapshots,
      firm,
      dialogs: options.dialogs,
      fontsDir: options.fontsDir ?? resolve('resources', 'fonts'),
    }),
    memoList: caseId => memos.list(caseId),
    dialogs: options.dialogs,
    context,
    facts: () => firmFacts(db),
    affected: createAffectedList(db, cases, snapshots, () => firmFacts(db).catalogue),
    info: () => ({
      appVersion: options.appVersion,
      dataDir: options.dataDir,
      databaseFile: options.databaseFile,
      schemaVersion: schemaVersion(db),
      caseFileVersion: CASE_FILE_VERSION,
    }),
  });
  return { db, settings, securityLog: createSecurityLogRepo(db), context, handlers };
}
