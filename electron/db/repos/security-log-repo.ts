import type { SecurityEvent, SecurityEventName } from '../../../shared/contract-security';
import type { Database } from '../driver';
import type { ChangeContext } from './case-repo';

/** The append-only security log (migration 0005). */
export type SecurityLogRepo = {
  record(event: SecurityEventName, detail: string, ctx: ChangeContext): void;
  recent(limit: number): SecurityEvent[];
};

export function createSecurityLogRepo(db: Database): SecurityLogRepo {
  const insert = db.prepare('INSERT INTO security_log (at, actor, event, detail) VALUES (?, ?, ?, ?)');
  const select = db.prepare<[number], SecurityEvent>('SELECT at, actor, event, detail FROM security_log ORDER BY id DESC LIMIT ?');
  return {
    record(event, detail, ctx) {
      insert.run(ctx.now.toISOString(), ctx.actor, event, detail);
    },
    recent: limit => select.all(limit),
  };
}
