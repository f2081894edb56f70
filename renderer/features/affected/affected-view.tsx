/**
 * "Affected by rule changes" (issue 17, item 4): every case whose saved comparison the firm's facts
 * (the applied rule pack and the firm's own figures) now answer differently, what changed in
 * words, and one click to answer the same question again with today's facts. The old comparison is
 * kept, as every saved comparison is.
 */
import { useEffect, useState } from 'react';
import type { AffectedCase, AffectedComparison } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp, STATUS_LABELS } from '../../lib/format';
import { savedHref } from '../compare/snapshots';
import { UserText } from '../cases/user-text';
import { AFFECTED_CHANGED } from './affected-link';

type Made = { id: string; asOf: string } | { error: string };

function Comparison({ caseId, c }: { caseId: string; c: AffectedComparison }) {
  const [made, setMade] = useState<Made | null>(null);
  const [busy, setBusy] = useState(false);
  const make = () => {
    setBusy(true);
    advisor('rules:fresh-comparison', { snapshotId: c.snapshotId })
      .then(
        s => {
          setMade({ id: s.id, asOf: s.asOf });
          window.dispatchEvent(new Event(AFFECTED_CHANGED));
        },
        (err: unknown) => setMade({ error: errorMessage(err) }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <li className="affected-comparison">
      <p>
        <a href={savedHref(caseId, c.snapshotId)}>Comparison saved {formatTimestamp(c.createdAt)}</a>, assessed as of {c.asOf}: {c.routes.join(', ')}
      </p>
      {c.rulesChange && <p className="muted">{c.rulesChange}</p>}
      <ul className="affected-changes">
        {c.changes.map(r => (
          <li key={r.route}>
            <strong>{r.route}</strong>: {r.lines.join('; ')}
          </li>
        ))}
      </ul>
      {made && 'id' in made ? (
        <p className="notice" role="status">
          Fresh comparison made, as of {made.asOf}: <a href={savedHref(caseId, made.id)}>open it</a>. The comparison above is kept.
        </p>
      ) : (
        <p>
          <button type="button" className="primary" disabled={busy} onClick={make}>
            Make a fresh comparison
          </button>
        </p>
      )}
      {made && 'error' in made && (
        <p className="error" role="alert">
          {made.error}
        </p>
      )}
    </li>
  );
}

export function AffectedView() {
  const [openOnly, setOpenOnly] = useState(false);
  const [cases, setCases] = useState<AffectedCase[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    advisor('rules:affected', { openOnly })
      .then(r => {
        if (!live) return;
        setCases(r.cases);
        setError(null);
      })
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [openOnly]);

  return (
    <section aria-labelledby="view-title" className="affected-view">
      <header className="view-header">
        <h1 id="view-title">Affected by rule changes</h1>
      </header>
      <p className="lede">
        Saved comparisons that the firm’s figures now answer differently (a rule pack applied, a firm figure entered or reverted). A fresh comparison
        uses the case as now saved, the same routes, assumptions and currency, and today’s figures, as of today (or the comparison’s own date when it
        is later). It carries no recommendation: review it against the new figures. The old comparison is kept.
      </p>
      <label className="affected-filter">
        <input type="checkbox" checked={openOnly} onChange={e => setOpenOnly(e.target.checked)} /> Open cases only
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!error && cases === null && <p>Checking saved comparisons…</p>}
      {cases?.length === 0 && <p>No saved comparison would come out differently with today’s figures{openOnly ? ' among open cases' : ''}.</p>}
      {cases && cases.length > 0 && (
        <>
          <p className="count">
            {cases.length} {cases.length === 1 ? 'case' : 'cases'}
          </p>
          <ul className="affected-list">
            {cases.map(k => (
              <li key={k.caseId} className="panel">
                <h2>
                  <a href={`#/case/${k.caseId}`}>
                    <span className="mono">{k.reference}</span> · <UserText>{k.clientName}</UserText>
                  </a>{' '}
                  <span className="muted">({STATUS_LABELS[k.status]})</span>
                </h2>
                <ul>
                  {k.comparisons.map(c => (
                    <Comparison key={c.snapshotId} caseId={k.caseId} c={c} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
