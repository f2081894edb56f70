import { useEffect, useState } from 'react';
import { problemCount } from '../../../shared/compare/draft-problems';
import type { SnapshotSummary } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { useCatalogue } from '../../lib/use-catalogue';
import { formatSavedAt, formatTimestamp } from '../../lib/format';
import { UserText } from '../cases/user-text';
import { ConfirmOlder, type OlderFacts } from './stale-facts';
import { rulesAsOf } from '../../../shared/memo/format';

/** The address of a saved comparison's own view. */
export const savedHref = (caseId: string, snapshotId: string) => `#/compare/${caseId}/saved/${snapshotId}`;

/**
 * Writes a memo from a saved comparison and opens it. While the intake holds a draft with
 * problems, it asks first: the memo would not carry the facts typed since the case was saved.
 */
export function WriteMemo({ caseId, snapshotId, facts, onError }: { caseId: string; snapshotId: string; facts: OlderFacts | null; onError: (message: string) => void }) {
  const [asking, setAsking] = useState(false);
  const write = () =>
    void advisor('memos:create', { caseId, snapshotId }).then(
      m => (window.location.hash = `#/memo/${m.id}`),
      (err: unknown) => onError(errorMessage(err)),
    );
  return (
    <>
      <button type="button" onClick={() => (facts ? setAsking(true) : write())}>
        Write memo
      </button>
      {asking && facts && (
        <ConfirmOlder confirmLabel="Write the memo anyway" onConfirm={write} onCancel={() => setAsking(false)}>
          The intake has {problemCount(facts.problems.length)}, so its newest facts are in no comparison. The memo will be written from this saved
          comparison; the case was last saved whole at {formatSavedAt(facts.caseSavedAt)}.
        </ConfirmOlder>
      )}
    </>
  );
}

/** The case's saved comparisons, newest first, each a link to its own read-only view. */
export function Snapshots({ caseId, refreshKey, facts }: { caseId: string; refreshKey: number; facts: OlderFacts | null }) {
  const catalogue = useCatalogue();
  const [list, setList] = useState<SnapshotSummary[] | null>(null);
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
              <a href={savedHref(caseId, s.id)}>{formatTimestamp(s.createdAt)}</a> by <UserText>{s.actor}</UserText> · {rulesAsOf(s.rulesVersion)} ·{' '}
              {s.programIds.length} programmes
              {s.recommendation.programId && <> · recommended: {catalogue.programById(s.recommendation.programId)?.name ?? 'a programme no longer in the catalogue'}</>}
              {s.whatIf.length > 0 && <> · with what-ifs</>}
              {s.olderVersion && <strong className="older-mark"> · made from an older version of the case</strong>}
              {s.stale && <strong className="stale-mark"> · today’s rules give different results</strong>}{' '}
              <WriteMemo caseId={caseId} snapshotId={s.id} facts={facts} onError={setError} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
