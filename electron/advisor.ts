import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { CASE_FILE_VERSION } from '../shared/case-file';
import { DATABASE_FILE_NAME, openDatabase } from './db/connection';
import { schemaVersion } from './db/migrate';
import { createAuditRepo } from './db/repos/audit-repo';
import { createCaseRepo } from './db/repos/case-repo';
import { createConflictRepo } from './db/repos/conflict-repo';
import { createDraftRepo } from './db/repos/draft-repo';
import { createSearchRepo } from './db/repos/search-repo';
import { createSettingsRepo } from './db/repos/settings-repo';
import { createSnapshotRepo } from './db/repos/snapshot-repo';
import { CANCELLED_DIALOGS, type Dialogs } from './dialogs';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { createHandlers } from './handlers';
import { DEFAULT_DISCLAIMERS } from '../shared/memo/disclaimers';
import { createMemoRepo } from './db/repos/memo-repo';
import { createFirmService } from './firm';
import { createMemoService } from './memo-service';

export type AdvisorOptions = DispatcherOptions & {
  dataDir: string;
  appVersion: string;
  /**
   * The name written to the audit log when Settings has no user name; defaults to the
   * operating-system user.
   */
  actor?: () => string;
  clock?: () => Date;
  /** Open and save dialogs; without them (CLI, tests) every dialog answers "cancelled". */
  dialogs?: Dialogs;
  /** Where the memo fonts are; defaults to resources/fonts under the working directory (CLI, tests). */
  fontsDir?: string;
};

/** The running back end: one database connection and the dispatcher over it. */
export type Advisor = {
  dispatch: Dispatch;
  databaseFile: string;
  close: () => void;
};

/** The operating-system user, or a plain label where the system cannot say (no passwd entry). */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/**
 * The composition root shared by the Electron main process, the CLI and the test bridge: opens
 * `advisor.sqlite` in the data folder, wires repositories into handlers and returns `dispatch`.
 */
export function openAdvisor(options: AdvisorOptions): Advisor {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const db = openDatabase(databaseFile);
  try {
    const settings = createSettingsRepo(db);
    const search = createSearchRepo(db, settings);
    // After an upgrade, adds what SQL alone could not index (Latin spellings of names).
    search.refreshIfStale();
    const audit = createAuditRepo(db);
    const cases = createCaseRepo(db, audit, createDraftRepo(db), search);
    const fallbackActor = options.actor ?? osUser;
    // The name set in Settings wins, so a shared computer account still says who acted.
    const actor = () => settings.get('userName') ?? fallbackActor();
    const clock = options.clock ?? (() => new Date());
    const snapshots = createSnapshotRepo(db, cases, audit);
    const firm = createFirmService(settings, DEFAULT_DISCLAIMERS);
    const memos = createMemoRepo(db);
    const dialogs = options.dialogs ?? CANCELLED_DIALOGS;
    const handlers = createHandlers({
      cases,
      conflicts: createConflictRepo(db),
      settings,
      snapshots,
      firm,
      memos: createMemoService({ memos, snapshots, firm, dialogs, fontsDir: options.fontsDir ?? resolve('resources', 'fonts') }),
      memoList: caseId => memos.list(caseId),
      dialogs,
      context: () => ({ actor: actor(), now: clock() }),
      info: () => ({
        appVersion: options.appVersion,
        dataDir: options.dataDir,
        databaseFile,
        schemaVersion: schemaVersion(db),
        caseFileVersion: CASE_FILE_VERSION,
      }),
    });
    const dispatchOptions = options.onInternalError ? { onInternalError: options.onInternalError } : {};
    return { dispatch: createDispatcher(handlers, dispatchOptions), databaseFile, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}
