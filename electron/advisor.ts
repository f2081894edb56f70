import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { CASE_FILE_VERSION } from '../shared/case-file';
import { DATABASE_FILE_NAME, openDatabase } from './db/connection';
import { schemaVersion } from './db/migrate';
import { createAuditRepo } from './db/repos/audit-repo';
import { createCaseRepo } from './db/repos/case-repo';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { createHandlers } from './handlers';

export type AdvisorOptions = DispatcherOptions & {
  dataDir: string;
  appVersion: string;
  /** The name written to the audit log; defaults to the operating-system user. */
  actor?: () => string;
  clock?: () => Date;
};

/** The running back end: one database connection and the dispatcher over it. */
export type Advisor = {
  dispatch: Dispatch;
  databaseFile: string;
  close: () => void;
};

/**
 * The composition root shared by the Electron main process, the CLI and the test bridge: opens
 * `advisor.sqlite` in the data folder, wires repositories into handlers and returns `dispatch`.
 */
export function openAdvisor(options: AdvisorOptions): Advisor {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const db = openDatabase(databaseFile);
  const actor = options.actor ?? (() => userInfo().username);
  const clock = options.clock ?? (() => new Date());
  const cases = createCaseRepo(db, createAuditRepo(db));
  const handlers = createHandlers({
    cases,
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
}
