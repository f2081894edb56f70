import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { CaseTable } from './case-table';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; items: CaseSummary[]; total: number };

/** The Cases view: every case in the database, and the way to open a new one. */
export function CasesView({ notice, onNewClient }: { notice: string | null; onNewClient: () => void }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    advisor('cases:list', {})
      .then(page => live && setState({ kind: 'loaded', items: page.items, total: page.total }))
      .catch((err: unknown) => live && setState({ kind: 'error', message: errorMessage(err) }));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Cases</h1>
        <button type="button" className="primary" onClick={onNewClient}>
          New client
        </button>
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {state.kind === 'loading' && <p aria-live="polite">Loading cases…</p>}
      {state.kind === 'error' && (
        <p className="error" role="alert">
          The cases could not be loaded: {state.message}
        </p>
      )}
      {state.kind === 'loaded' && state.items.length === 0 && (
        <div className="empty">
          <p>No cases yet.</p>
          <p>Open the first one with <strong>New client</strong>.</p>
        </div>
      )}
      {state.kind === 'loaded' && state.items.length > 0 && (
        <>
          <p className="count">
            {state.total === 1 ? '1 case' : `${String(state.total)} cases`}
            {state.total > state.items.length && `, showing the ${String(state.items.length)} most recent`}
          </p>
          <CaseTable cases={state.items} />
        </>
      )}
    </section>
  );
}
