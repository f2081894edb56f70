import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ConflictHit, ConflictReport } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { ConflictHitView, useWhen } from './conflict-hit';
import { SamePersonDialog } from './same-person-dialog';

type State = { kind: 'loading' } | { kind: 'running'; last: ConflictReport | null } | { kind: 'done'; report: ConflictReport } | { kind: 'error'; message: string; last: ConflictReport | null };

/**
 * The case's conflict check, at the top of the case. A possible match nobody has decided is a
 * warning that stays until an attorney chooses Cleared, Conflict or Same person; the check runs by
 * itself when a client is created, and again on demand. Every decision goes into the audit trail.
 */
export function ConflictPanel({
  caseId,
  reference,
  autoRun,
  onMoved,
  quietSlot = null,
}: {
  caseId: string;
  reference: string;
  autoRun: boolean;
  /** The matter moved to another client. */
  onMoved: () => void;
  /**
   * Where a check with nothing to show (never run, or no matches) is written as one line, beside the
   * matter number: the intake's steps keep their room, and a panel appears only when there is
   * something to decide.
   */
  quietSlot?: HTMLElement | null;
}) {
  const [state, setState] = useState<State>(autoRun ? { kind: 'running', last: null } : { kind: 'loading' });
  const [samePerson, setSamePerson] = useState<ConflictHit | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const when = useWhen();
  const last = state.kind === 'done' ? state.report : state.kind === 'loading' ? null : state.last;

  const load = useCallback(
    (method: 'conflicts:run' | 'conflicts:report') =>
      advisor(method, { caseId })
        .then(report => setState({ kind: 'done', report }))
        .catch((err: unknown) => setState(s => ({ kind: 'error', message: errorMessage(err), last: s.kind === 'done' ? s.report : null }))),
    [caseId],
  );
  useEffect(() => {
    // Run by itself only on first show of a new client; otherwise show the check as stored.
    void load(autoRun ? 'conflicts:run' : 'conflicts:report');
  }, [load, autoRun]);

  const run = () => {
    setMessage(null);
    setState({ kind: 'running', last });
    void load('conflicts:run');
  };
  const decide = async (hit: ConflictHit, resolution: 'cleared' | 'conflict' | 'unresolved', note: string) => {
    try {
      setMessage(null);
      setState({ kind: 'done', report: await advisor('conflicts:resolve', { caseId, hitId: hit.id, resolution, note }) });
    } catch (err) {
      setMessage(`Not recorded: ${errorMessage(err)}`);
    }
  };
  const move = async (hit: ConflictHit, note: string) => {
    try {
      const r = await advisor('conflicts:same-person', { caseId, hitId: hit.id, note });
      setSamePerson(null);
      setState({ kind: 'done', report: r.report });
      setMessage(
        `Matter ${reference} now belongs to ${r.clientName}.${r.duplicateTrashed ? ' The duplicate client record is in the Trash.' : ''}`,
      );
      onMoved();
    } catch (err) {
      setSamePerson(null);
      setMessage(`Not moved: ${errorMessage(err)}`);
    }
  };

  const open = last?.hits.filter(h => h.resolution === 'unresolved' && h.current) ?? [];
  const conflicts = last?.hits.filter(h => h.resolution === 'conflict') ?? [];
  const tone = open.length > 0 ? 'warning' : conflicts.length > 0 ? 'danger' : 'quiet';

  if (quietSlot && state.kind === 'done' && last && last.hits.length === 0 && !message) {
    return createPortal(
      <span className="conflict-line" role="region" aria-label="Conflict check">
        {' · '}
        {/* Short, so the matter line stays one line and the intake's steps keep their room. */}
        {last.checkedAt === null ? (
          <strong className="conflict-unchecked">Conflict check not run yet</strong>
        ) : (
          <span role="status" title={`Checked by ${last.checkedBy ?? 'someone'}: no existing client, spouse or employer matches.`}>
            No conflict matches on {when(last.checkedAt)}
          </span>
        )}
        {' · '}
        <button type="button" className="link-button" onClick={run}>
          {last.checkedAt ? 'Run again' : 'Run it now'}
        </button>
      </span>,
      quietSlot,
    );
  }

  return (
    <section className={`conflict-panel conflict-${tone}`} aria-labelledby="conflicts-title">
      <div className="conflict-head">
        <h2 id="conflicts-title">Conflict check</h2>
        <button type="button" onClick={run} disabled={state.kind === 'running'}>
          {state.kind === 'running' ? 'Checking…' : last?.checkedAt ? 'Run conflict check again' : 'Run conflict check'}
        </button>
      </div>
      {state.kind === 'loading' && <p>Loading the conflict check…</p>}
      {state.kind === 'error' && (
        <p className="error" role="alert">
          The conflict check could not be run: {state.message}
        </p>
      )}
      {last && last.checkedAt === null && state.kind !== 'running' && <p>Not checked yet. Run the check before advising this client.</p>}
      {last?.checkedAt && (
        <>
          {open.length > 0 ? (
            <p className="conflict-summary" role="alert">
              <strong>{open.length === 1 ? '1 possible conflict to decide' : `${String(open.length)} possible conflicts to decide`}</strong>: for each, choose Cleared,
              Conflict or Same person.
            </p>
          ) : last.hits.every(h => !h.current) ? (
            <p role="status">No existing client, spouse or employer matches.</p>
          ) : null}
          <p className="checked-at">
            Checked by {last.checkedBy} on {when(last.checkedAt)}.
          </p>
          {last.hits.length > 0 && (
            <ul className="conflict-hits">
              {last.hits.map(h => (
                <ConflictHitView key={h.id} hit={h} onDecide={(resolution, note) => void decide(h, resolution, note)} onSamePerson={() => setSamePerson(h)} />
              ))}
            </ul>
          )}
        </>
      )}
      {message && <p role="status">{message}</p>}
      {samePerson && <SamePersonDialog hit={samePerson} reference={reference} onMove={note => void move(samePerson, note)} onCancel={() => setSamePerson(null)} />}
    </section>
  );
}
