import { useEffect, useMemo, useState } from 'react';
import { changesSince, valueInWords } from '../../../shared/compare/changes-since';
import { rankAssessments } from '../../../shared/compare/index';
import type { CaseRecord, Snapshot } from '../../../shared/contract';
import { ASSUMPTIONS } from '../../../shared/programs/assumptions';
import { factLabel } from '../../../shared/rules/fact-labels';
import { advisor, errorMessage } from '../../lib/advisor';
import { useCatalogue } from '../../lib/use-catalogue';
import { formatSavedAt, formatTimestamp } from '../../lib/format';
import { UserText } from '../cases/user-text';
import { Matrix, type ColumnExtras } from './matrix';
import { WriteMemo } from './snapshots';
import { olderFacts, StaleBanner } from './stale-facts';
import { rulesAsOf, rulesChange } from '../../../shared/memo/format';

const today = () => new Date().toISOString().slice(0, 10);

/** An assumption's value as the what-if panel words it. */
function assumptionText(key: string, value: string): string {
  const a = ASSUMPTIONS.find(x => x.key === key);
  return `${a?.label ?? 'An assumption no longer in the catalogue'}: ${a?.options.find(o => o.value === value)?.label ?? value}`;
}

/**
 * One saved comparison, read-only: the matrix with the ranks as saved, the recommendation, the
 * assumptions and what-ifs it used, and what has changed since against today's facts and rules.
 */
export function SavedComparisonView({ caseId, snapshotId }: { caseId: string; snapshotId: string }) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asOf] = useState(today);
  const catalogue = useCatalogue();

  useEffect(() => {
    Promise.all([advisor('snapshots:get', { id: snapshotId }), advisor('cases:get', { id: caseId })])
      .then(([s, r]) => {
        if (s.caseId !== caseId) throw new Error('This saved comparison belongs to another case.');
        setSnapshot(s);
        setRecord(r);
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [caseId, snapshotId]);

  // Stored ranks when the comparison kept them; older ones are ranked from their saved results
  // and the saved client's priorities, so the Rank row is never blank.
  const extras = useMemo(() => {
    const out: Record<string, ColumnExtras> = {};
    if (!snapshot) return out;
    for (const r of snapshot.ranks ?? rankAssessments(snapshot.results, snapshot.caseFile.goals?.priorities)) out[r.programId] = { rank: r };
    return out;
  }, [snapshot]);
  const since = useMemo(() => (snapshot && record ? changesSince(snapshot, record.caseFile, asOf, catalogue) : null), [snapshot, record, asOf, catalogue]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!snapshot || !record || !since) return <p>Loading the saved comparison…</p>;
  const facts = olderFacts(record);
  const pinned = snapshot.recommendation.programId;
  // The firm's label: a pack moves it; the firm's own figures keep the label of the figures they are laid over.
  const rulesMoved = snapshot.rulesVersion !== catalogue.version;
  const nothing = !rulesMoved && since.facts.length === 0 && since.routes.length === 0;

  return (
    <section aria-labelledby="view-title" className="compare-view saved-view">
      <header className="view-header">
        <div>
          <h1 id="view-title">
            Saved comparison: <UserText>{snapshot.caseFile.client.fullName}</UserText>
          </h1>
          <p className="subtitle">
            Matter <span className="mono">{record.reference}</span> · saved {formatTimestamp(snapshot.createdAt)} by <UserText>{snapshot.actor}</UserText> ·{' '}
            {rulesAsOf(snapshot.rulesVersion)} · assessed as of {snapshot.asOf} · {snapshot.currency} · <a href={`#/compare/${caseId}`}>back to the live comparison</a>
          </p>
        </div>
        <div className="actions">
          <WriteMemo caseId={caseId} snapshotId={snapshot.id} facts={facts} onError={setError} />
        </div>
      </header>
      <p className="read-only-note">Read-only: the comparison exactly as it was saved. Open the live comparison to change anything.</p>
      {snapshot.olderVersion && (
        <section className="stale-banner" aria-label="Made from an older version">
          <p>
            <strong>Made from an older version of the case</strong>, as saved at {formatSavedAt(snapshot.olderVersion.caseSavedAt)}: the intake then had{' '}
            {snapshot.olderVersion.problems.length === 1 ? 'a problem' : 'problems'} ({snapshot.olderVersion.problems.join('; ')}), and the lawyer chose to save
            it anyway.
          </p>
        </section>
      )}
      <StaleBanner facts={facts} subject="Today’s facts below are" />

      <section className="panel recommendation" aria-labelledby="saved-recommendation">
        <h2 id="saved-recommendation">Recommendation</h2>
        <p>{pinned ? <strong>{catalogue.programById(pinned)?.name ?? snapshot.results.find(a => a.programId === pinned)?.programName}</strong> : 'No option was pinned.'}</p>
        {snapshot.recommendation.rationale && (
          <p className="rationale">
            Rationale: <UserText>{snapshot.recommendation.rationale}</UserText>
          </p>
        )}
        <p className="muted">
          Assumptions: {Object.entries(snapshot.assumptions).map(([k, v]) => assumptionText(k, v)).join('; ')}.
          {snapshot.whatIf.length > 0 && (
            <> What-ifs, not the saved case: {snapshot.whatIf.map(d => `${factLabel(d.field, snapshot.caseFile)} ${valueInWords(d.before, d.field)} → ${valueInWords(d.after, d.field)}`).join('; ')}.</>
          )}
        </p>
      </section>

      <Matrix assessments={snapshot.results} extras={extras} recommended={pinned} />

      <section className="panel changes-since" aria-labelledby="changes-since-title">
        <h2 id="changes-since-title">What changed since {formatTimestamp(snapshot.createdAt)}</h2>
        <p className="muted">Against today ({asOf}): the case as now saved and today’s rules, with the assumptions and currency this comparison used.</p>
        {nothing && <p>Nothing: today’s facts and rules give the same results.</p>}
        {rulesMoved && (
          <p>{rulesChange(snapshot.rulesVersion, catalogue.version)}</p>
        )}
        {since.facts.length > 0 && (
          <>
            <h3>The client’s facts</h3>
            <ul>{since.facts.map(f => <li key={f}><UserText>{f}</UserText></li>)}</ul>
          </>
        )}
        {since.routes.length > 0 && (
          <>
            <h3>The results</h3>
            {since.routes.map(r => (
              <div key={r.programName}>
                <h4>{r.programName}</h4>
                <ul>{r.lines.map(l => <li key={l}>{l}</li>)}</ul>
              </div>
            ))}
          </>
        )}
      </section>
    </section>
  );
}
