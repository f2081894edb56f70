import { useEffect, useState } from 'react';
import type { MemoSummary } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp } from '../../lib/format';
import { UserText } from '../cases/user-text';

/** The memos written for one case, newest version first, with their dates. */
export function CaseMemos({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const [memos, setMemos] = useState<MemoSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    advisor('memos:list', { caseId })
      .then(setMemos)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [caseId, refreshKey]);
  return (
    <section className="snapshots" aria-labelledby="case-memos-title">
      <h2 id="case-memos-title">Memos for this case</h2>
      {error && <p className="error" role="alert">{error}</p>}
      {memos?.length === 0 && <p className="muted">None yet: choose “Write memo” beside a saved comparison.</p>}
      {memos && memos.length > 0 && (
        <ul className="snapshot-list">
          {memos.map(m => (
            <li key={m.id}>
              <a href={`#/memo/${m.id}`}>Memo v{m.version}</a> · dated {m.date} · last edited {formatTimestamp(m.updatedAt)} by <UserText>{m.actor}</UserText> ·{' '}
              {m.engagement === 'engaged' ? 'engaged' : 'before engagement'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
