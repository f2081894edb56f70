/** Builds the repositories over a real database file, as openAdvisor does, for the repo tests. */
import { join } from 'node:path';
import type { Database } from '../../electron/db/driver';
import { openDatabase } from '../../electron/db/connection';
import { createAuditRepo, type AuditRepo } from '../../electron/db/repos/audit-repo';
import { createCaseRepo, type CaseRepo } from '../../electron/db/repos/case-repo';
import { createDraftRepo } from '../../electron/db/repos/draft-repo';
import { createSearchRepo, type ListFilter, type SearchRepo } from '../../electron/db/repos/search-repo';
import { createSettingsRepo, type SettingsRepo } from '../../electron/db/repos/settings-repo';
import { TEST_PASSPHRASE } from '../fixtures';

export type Repos = { db: Database; repo: CaseRepo; audit: AuditRepo; search: SearchRepo; settings: SettingsRepo };

/** Opens (creating or migrating) `advisor.sqlite` in `dir` and wires the repositories over it. */
export function openRepos(dir: string): Repos {
  const db = openDatabase(join(dir, 'advisor.sqlite'), TEST_PASSPHRASE);
  const settings = createSettingsRepo(db);
  const search = createSearchRepo(db, settings);
  search.refreshIfStale();
  const audit = createAuditRepo(db);
  return { db, repo: createCaseRepo(db, audit, createDraftRepo(db), search), audit, search, settings };
}

/** The list filter with the contract's defaults, overridden by `f`. */
export function filter(f: Partial<ListFilter> = {}): ListFilter {
  return { query: '', sort: 'updated', direction: 'desc', trash: false, limit: 200, offset: 0, ...f };
}
