/**
 * 0005: the security log. Who created or encrypted the database, changed its passphrase, chose the
 * backup folder or restored a backup, and when: what a firm's IT person asks first. Append-only,
 * enforced by triggers, like the audit trail it sits beside. Shipped migrations are never edited;
 * add 0006 instead.
 */
export const sql = `
CREATE TABLE security_log (
  id     INTEGER PRIMARY KEY,
  at     TEXT NOT NULL,
  actor  TEXT NOT NULL,
  event  TEXT NOT NULL CHECK (event IN ('database-created', 'database-encrypted', 'passphrase-changed', 'backup-folder-set', 'backup-restored')),
  detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TRIGGER security_log_no_update BEFORE UPDATE ON security_log
BEGIN SELECT RAISE(ABORT, 'the security log is append-only'); END;
CREATE TRIGGER security_log_no_delete BEFORE DELETE ON security_log
BEGIN SELECT RAISE(ABORT, 'the security log is append-only'); END;
`;
