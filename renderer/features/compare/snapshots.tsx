import { useEffect, useState } from 'react';
import type { Snapshot, SnapshotSummary } from '../../../shared/contract';
import { programById } from '../../../shared/programs/index';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp } from '../../lib/format';
import { Matrix } from './matrix';
import { UserText } from '../cases/user-text';

/** The case's saved comparisons, newest first; a stale one says what would now differ. */
export function Snapshots({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const [list, setList] = useState<SnapshotSummary[] | null>(null);
  const [open, setOpen] = useState<Snapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    advisor('snapshots:list', { caseId })
      .then(setList)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [caseId, refreshKey]);

  return (
    <section className="snapshots" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">Saved comparisons</h2>
      {error && <p className="error" role="alert">{error}</p>}
      {list?.length === 0 && <p className="muted">None saved yet.</p>}
      {list && list.length > 0 && (
        <ul className="snapshot-list">
          {list.map(s => (
            <li key={s.id}>
              <button type="button" className="link" onClick={() => void advisor('snapshots:get', { id: s.id }).then(setOpen, (err: unknown) => setError(errorMessage(err)))}>
                {formatTimestamp(s.createdAt)}
              </button>{' '}
              by <UserText>{s.actor}</UserText> · rules {s.rulesVersion} · {s.programIds.length} programmes
              {s.recommendation.programId && <> · recommended: {programById(s.recommendation.programId)?.name ?? s.recommendation.programId}</>}
              {s.whatIf.length > 0 && <> · with what-ifs</>}{' '}
              <button
                type="button"
                onClick={() =>
                  void advisor('memos:create', { caseId, snapshotId: s.id }).then(
                    m => (window.location.hash = `#/memo/${m.id}`),
                    (err: unknown) => setError(errorMessage(err)),
                  )
                }
              >
                Write memo
              </button>
              {s.stale && (
                <details className="stale">
                  <summary>Stale: today’s rules give different results</summary>
                  <ul>{s.staleChanges.map(c => <li key={c}>{c}</li>)}</ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div className="snapshot-view">
          <h3>
            Saved {formatTimestamp(open.createdAt)} (rules {open.rulesVersion}, as of {open.asOf}){' '}
            <button type="button" onClick={() => setOpen(null)}>
              Close
            </button>
          </h3>
          {open.recommendation.rationale && <p className="rationale">Rationale: <UserText>{open.recommendation.rationale}</UserText></p>}
          <Matrix assessments={open.results} extras={{}} recommended={open.recommendation.programId} />
        </div>
      )}
    </section>
  );
}
