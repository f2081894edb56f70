import { sql as init } from './0001-init';
import { sql as intakeSearch } from './0002-intake-search';
import { sql as snapshots } from './0003-snapshots';
import { sql as memos } from './0004-memos';
import { sql as securityLog } from './0005-security-log';
import { sql as importedFiles } from './0006-imported-files';
import { sql as snapshotRanks } from './0007-snapshot-ranks-older-version';
import { sql as conflictResolutions } from './0008-conflict-resolutions';
import { sql as conflictIndex } from './0009-conflict-index';
import { sql as searchByCaseRowid } from './0010-search-by-case-rowid';
import { sql as factOverrides } from './0011-fact-overrides';
import { sql as rulePacks } from './0011-rule-packs';
import { sql as shortWordIndex } from './0012-short-word-index';

/** One schema step: applied once, in order, inside its own transaction. */
export type Migration = { version: number; name: string; sql: string };

/**
 * Every migration, in order. Append only: a shipped migration is never edited or removed,
 * because databases in the field have already run it.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-init', sql: init },
  { version: 2, name: '0002-intake-search', sql: intakeSearch },
  { version: 3, name: '0003-snapshots', sql: snapshots },
  { version: 4, name: '0004-memos', sql: memos },
  { version: 5, name: '0005-security-log', sql: securityLog },
  { version: 6, name: '0006-imported-files', sql: importedFiles },
  { version: 7, name: '0007-snapshot-ranks-older-version', sql: snapshotRanks },
  { version: 8, name: '0008-conflict-resolutions', sql: conflictResolutions },
  { version: 9, name: '0009-conflict-index', sql: conflictIndex },
  { version: 10, name: '0010-search-by-case-rowid', sql: searchByCaseRowid },
  // Issue 17's two parts, written apart and released together: one schema step.
  { version: 11, name: '0011-rule-packs-and-firm-figures', sql: `${rulePacks}\n${factOverrides}` },
  { version: 12, name: '0012-short-word-index', sql: shortWordIndex },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
