import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseFile } from '../../../shared/case-file';
import { applyPayerWhatIf, applyWhatIf, describeWhatIf, type WhatIf } from '../../../shared/compare/what-if';
import { rankAssessments, whatMovesTheNeedle } from '../../../shared/compare/index';
import type { CaseRecord } from '../../../shared/contract';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import type { AssumptionKey } from '../../../shared/programs/types';
import { defaultProgramIds } from '../../../shared/rules/defaults';
import { assumptionEffects } from '../../../shared/rules/assumption-effects';
import { evaluate } from '../../../shared/rules/evaluate';
import { advisor, errorMessage } from '../../lib/advisor';
import { useCatalogue, useCatalogueProblem } from '../../lib/use-catalogue';
import { Charts } from './charts';
import { Matrix, type ColumnExtras } from './matrix';
import { ProgramPicker } from './program-picker';
import { CaseMemos } from '../memos/case-memos';
import { Snapshots } from './snapshots';
import { useHoldPosition } from './use-hold-position';
import { ConfirmOlder, olderFacts, StaleBanner } from './stale-facts';
import { problemCount } from '../../../shared/compare/draft-problems';
import { formatSavedAt } from '../../lib/format';
import { rulesAsOf } from '../../../shared/memo/format';
import { WhatIfPanel } from './what-if-panel';
import { Notice } from '../shell/notice';
import { UserText } from '../cases/user-text';

const today = () => new Date().toISOString().slice(0, 10);

/** The client's target countries' programmes, with us-h1b and cn-k always among them. */
function initialProgrammes(file: CaseFile): string[] {
  return file.goals?.targetCountries?.length ? defaultProgramIds(file) : ['us-h1b', 'cn-k'];
}

/**
 * The comparison workspace for one case: the matrix, ranked by the client's priorities, with
 * what-ifs that never touch the saved case, a pinned recommendation, charts and saved snapshots.
 */
export function CompareView({ caseId }: { caseId: string }) {
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [assumptions, setAssumptions] = useState<Partial<Record<AssumptionKey, string>>>({});
  const [whatIf, setWhatIf] = useState<WhatIf>({});
  const [currency, setCurrency] = useState('USD');
  const [pinned, setPinned] = useState<string | null>(null);
  const [rationale, setRationale] = useState('');
  const [saved, setSaved] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [asOf] = useState(today);
  const [confirming, setConfirming] = useState(false);
  const chosen = useRef(false);
  // The firm's figures (applied pack + its own), so the matrix agrees with the saved comparison and the memo.
  const catalogue = useCatalogue();
  const catalogueProblem = useCatalogueProblem();

  // Read on opening and again whenever the window regains focus (the intake may be open in
  // another window): a draft made valid there is the case at once, and its facts are used here.
  useEffect(() => {
    const load = () => {
      void advisor('cases:get', { id: caseId })
        .then(r => {
          setRecord(r);
          // The programmes are chosen once; reloading the facts keeps the lawyer's choice.
          if (!chosen.current) setSelected(initialProgrammes(r.caseFile));
          chosen.current = true;
        })
        .catch((err: unknown) => setError(errorMessage(err)));
    };
    load();
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, [caseId]);
  const older = useMemo(() => (record ? olderFacts(record) : null), [record]);

  const file = useMemo(() => (record ? applyWhatIf(record.caseFile, whatIf, asOf) : null), [record, whatIf, asOf]);
  const assessments = useMemo(() => {
    if (!file) return [];
    const ordered = catalogue.programs.map(p => p.id).filter(id => selected.includes(id));
    return applyPayerWhatIf(evaluate(file, ordered, { asOf, assumptions, currency }, catalogue), whatIf);
  }, [file, selected, assumptions, currency, asOf, whatIf, catalogue]);
  // What moves the points depends only on the client's facts, so toggling a policy assumption or
  // the currency does not pay for it again.
  const needles = useMemo(() => {
    const out = new Map<string, ReturnType<typeof whatMovesTheNeedle>>();
    if (!file) return out;
    for (const id of selected) if (catalogue.programById(id)?.points) out.set(id, whatMovesTheNeedle(file, id, asOf, { catalogue }));
    return out;
  }, [file, selected, asOf, catalogue]);
  const extras = useMemo(() => {
    const out: Record<string, ColumnExtras> = {};
    if (!file) return out;
    for (const r of rankAssessments(assessments, file.goals?.priorities)) out[r.programId] = { rank: r };
    for (const [id, moves] of needles) (out[id] ??= {}).needle = moves;
    for (const [id, effects] of Object.entries(assumptionEffects(file, assessments, { asOf, assumptions, currency }, catalogue))) (out[id] ??= {}).assumptions = effects;
    return out;
  }, [assessments, file, needles, asOf, assumptions, currency, catalogue]);

  const controls = useRef<HTMLDivElement>(null);
  // Changing an assumption re-draws the matrix above the panel; the panel stays put on screen.
  const held = useHoldPosition(controls, assessments);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!record || !file) return <p>Loading the case…</p>;

  const save = async () => {
    setConfirming(false);
    try {
      const s = await advisor('snapshots:save', {
        caseId,
        caseFile: file,
        programIds: assessments.map(a => a.programId),
        assumptions: resolveAssumptions(assumptions, asOf),
        asOf,
        currency,
        recommendation: { programId: pinned, rationale },
        // Only ever true after the lawyer confirmed below; main refuses an unconfirmed save too.
        confirmOlderVersion: older !== null,
      });
      const version = s.olderVersion ? `, from the older version of the case saved at ${formatSavedAt(s.olderVersion.caseSavedAt)}` : '';
      setMessage(`Comparison saved ${new Date(s.createdAt).toLocaleString()} (${rulesAsOf(s.rulesVersion)}${version}).`);
      setSaved(n => n + 1);
    } catch (err) {
      setMessage(`Not saved: ${errorMessage(err)}`);
    }
  };

  return (
    <section aria-labelledby="view-title" className="compare-view">
      <header className="view-header">
        <div>
          <h1 id="view-title">
            Compare: <UserText>{record.caseFile.client.fullName}</UserText>
          </h1>
          <p className="subtitle">
            Matter <span className="mono">{record.reference}</span> · assessed as of {asOf} ·{' '}
            <a href={`#/case/${caseId}`}>back to the intake</a>
          </p>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => (older ? setConfirming(true) : void save())}>
            Save comparison
          </button>
        </div>
      </header>
      <StaleBanner facts={older} />
      {confirming && older && (
        <ConfirmOlder confirmLabel="Save from the older version" onConfirm={() => void save()} onCancel={() => setConfirming(false)}>
          Save this comparison from the case as saved at {formatSavedAt(older.caseSavedAt)}? The intake has {problemCount(older.problems.length)}, so
          its newest facts are not in it; the saved comparison will say it was made from an older version.
        </ConfirmOlder>
      )}
      <Notice>{message}</Notice>
      {catalogueProblem && (
        <p className="error" role="alert">
          The firm’s own figures could not be read ({catalogueProblem}); the matrix below uses the figures shipped with the app.
        </p>
      )}
      {assessments.length === 0 ? (
        <p>Choose at least one programme to compare.</p>
      ) : (
        <Matrix assessments={assessments} extras={extras} recommended={pinned} />
      )}
      {/* Below the matrix: nothing changed here can move it, and scroll anchoring keeps this panel still as the matrix changes. */}
      {describeWhatIf(whatIf).length > 0 && (
        <p className="whatif-banner" role="note">
          What-if, not the saved case: {describeWhatIf(whatIf).join('; ')}.
          {whatIf.employerPays ? ' (Who pays is a view only: saved comparisons keep the fees’ real payers.)' : ''}
        </p>
      )}
      <div className="compare-controls" ref={controls}>
        <ProgramPicker selected={selected} onChange={setSelected} />
        <WhatIfPanel
          assumptions={assumptions}
          onAssumptions={held(setAssumptions)}
          asOf={asOf}
          whatIf={whatIf}
          onWhatIf={held(setWhatIf)}
          currency={currency}
          onCurrency={held(setCurrency)}
          hasOffer={!!record.caseFile.jobOffer}
        />
        <fieldset className="recommend">
          <legend>Recommendation</legend>
          <label htmlFor="pin">Recommended option</label>
          <select id="pin" value={pinned ?? ''} onChange={e => setPinned(e.target.value || null)}>
            <option value="">None pinned</option>
            {assessments.map(a => (
              <option key={a.programId} value={a.programId}>
                {a.programName}
              </option>
            ))}
          </select>
          <label htmlFor="rationale">Rationale</label>
          <textarea id="rationale" rows={3} value={rationale} onChange={e => setRationale(e.target.value)} />
        </fieldset>
      </div>
      {assessments.length > 0 && <Charts assessments={assessments} currency={currency} />}
      <Snapshots caseId={caseId} refreshKey={saved} facts={older} />
      <CaseMemos caseId={caseId} refreshKey={saved} />
    </section>
  );
}
