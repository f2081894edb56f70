import { useCallback, useEffect, useState } from 'react';
import type { CaseFile } from '../../../shared/case-file';
import { conflictQueryFor } from '../../../shared/conflicts/query';
import type { ConflictMatch } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { UserText } from '../cases/user-text';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; matches: ConflictMatch[] } | { kind: 'error'; message: string };

/**
 * Conflict check against every other client, spouse and employer. Runs by itself when a client is
 * created, and on demand; the attorney's decision goes into the case's audit trail.
 */
export function ConflictPanel({ caseId, caseFile, autoRun }: { caseId: string; caseFile: CaseFile; autoRun: boolean }) {
  const [state, setState] = useState<State>(autoRun ? { kind: 'running' } : { kind: 'idle' });
  const [decision, setDecision] = useState<'cleared' | 'conflict' | ''>('');
  const [note, setNote] = useState('');
  const [recorded, setRecorded] = useState<string | null>(null);

  const check = useCallback(
    () =>
      advisor('conflicts:check', { ...conflictQueryFor(caseFile), excludeCaseId: caseId })
        .then(r => setState({ kind: 'done', matches: r.matches }))
        .catch((err: unknown) => setState({ kind: 'error', message: errorMessage(err) })),
    [caseFile, caseId],
  );
  const run = () => {
    setState({ kind: 'running' });
    setRecorded(null);
    void check();
  };

  useEffect(() => {
    if (autoRun) void check();
    // Only on first show of a new client; later runs are on demand.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoRun]);

  const record = async () => {
    if (!decision) return;
    try {
      await advisor('conflicts:decide', { caseId, decision, note });
      setRecorded(`Recorded: ${decision === 'cleared' ? 'cleared' : 'conflict'}, in the audit trail.`);
    } catch (err) {
      setRecorded(`Not recorded: ${errorMessage(err)}`);
    }
  };

  return (
    <section className="panel" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Conflict check</h2>
      <button type="button" onClick={run} disabled={state.kind === 'running'}>
        {state.kind === 'running' ? 'Checking…' : 'Run conflict check'}
      </button>
      {state.kind === 'error' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <div role="status">
          {state.matches.length === 0 ? (
            <p>No existing client, spouse or employer matches.</p>
          ) : (
            <>
              <p>
                <strong>{state.matches.length === 1 ? '1 possible conflict' : `${String(state.matches.length)} possible conflicts`}</strong>
              </p>
              <ul className="matches">
                {state.matches.map(m => (
                  <li key={`${m.caseId}-${m.role}-${m.matchedName}`}>
                    <a href={`#/case/${m.caseId}`}>{m.reference}</a> · {m.role} <strong>
                      <UserText>{m.matchedName}</UserText>
                    </strong>{' '}
                    <span className={`confidence confidence-${m.confidence}`}>{m.confidence}</span>
                    <ul>
                      {m.reasons.map(r => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          <fieldset className="decision">
            <legend>Attorney’s decision</legend>
            <label>
              <input type="radio" name="decision" value="cleared" checked={decision === 'cleared'} onChange={() => setDecision('cleared')} /> Cleared
            </label>
            <label>
              <input type="radio" name="decision" value="conflict" checked={decision === 'conflict'} onChange={() => setDecision('conflict')} /> Conflict
            </label>
            <label htmlFor="conflict-note">Note</label>
            <textarea id="conflict-note" rows={2} value={note} onChange={e => setNote(e.target.value)} />
            <button type="button" onClick={() => void record()} disabled={!decision}>
              Record decision
            </button>
            {recorded && <p role="status">{recorded}</p>}
          </fieldset>
        </div>
      )}
    </section>
  );
}
