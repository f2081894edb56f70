import { useCallback, useEffect, useState } from 'react';
import type { MemoWithSections } from '../../../shared/contract';
import { routeEditKey } from '../../../shared/memo/types';
import { advisor, errorMessage } from '../../lib/advisor';
import { useDebouncedSave, type SaveState } from '../../lib/use-debounced-save';
import { SaveStatus } from '../case/save-status';
import { Notice } from '../shell/notice';
import { UserText } from '../cases/user-text';
import { MemoPreview } from './memo-preview';
import { RouteChooser } from './route-chooser';

/** What the attorney changes: the texts by section or `analysis:<route>`, and the routes discussed (null: not chosen yet). */
type Draft = { edits: Record<string, string>; discussed: string[] | null };

/** The attorney's texts as stored: every edited section and route analysis. */
function editsOf(m: MemoWithSections): Record<string, string> {
  const pairs: [string, string][] = [...m.sections.filter(s => s.edited).map((s): [string, string] => [s.id, s.text]), ...m.analyses.filter(a => a.edited).map((a): [string, string] => [routeEditKey(a.programId), a.text])];
  return Object.fromEntries(pairs);
}

/**
 * The memo editor: the routes discussed and their order, every prose section and each route's
 * analysis, saved as you type (each save audited on the case), beside a preview of the PDF as it
 * will print. Tables, charts, facts and sources come from the saved comparison and print as generated.
 */
export function MemoEditor({ id }: { id: string }) {
  const [memo, setMemo] = useState<MemoWithSections | null>(null);
  const [draft, setDraft] = useState<Draft>({ edits: {}, discussed: null });
  const [dirty, setDirty] = useState(false);
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    advisor('memos:get', { id })
      .then(m => {
        setMemo(m);
        setDraft({ edits: editsOf(m), discussed: null });
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [id]);

  const save = useCallback((d: Draft) => advisor('memos:update', { id, edits: d.edits, ...(d.discussed ? { discussed: d.discussed } : {}) }), [id]);
  const settle = useCallback((m: MemoWithSections): SaveState => {
    setMemo(m);
    setRevision(r => r + 1);
    return { kind: 'saved', at: new Date() };
  }, []);
  const saveState = useDebouncedSave(draft, dirty, save, settle);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!memo) return <p>Loading the memo…</p>;

  const change = (next: Partial<Draft>) => {
    setDraft(d => ({ ...d, ...next }));
    setDirty(true);
  };
  const setText = (key: string, text: string | null) => {
    const rest = Object.fromEntries(Object.entries(draft.edits).filter(([k]) => k !== key));
    change({ edits: text === null ? rest : { ...rest, [key]: text } });
  };
  const discussed = draft.discussed ?? memo.routes.filter(r => r.discussed).map(r => r.programId);
  const run = (method: 'memos:export-dialog' | 'memos:open-for-print', format: 'pdf' | 'docx' = 'pdf') =>
    (method === 'memos:export-dialog' ? advisor(method, { id, format }) : advisor(method, { id }))
      .then(r => setStatus('savedTo' in r ? `Saved to ${r.savedTo}` : 'opened' in r ? (r.opened ? 'Opened in your PDF viewer: use its Print command.' : 'Could not open a PDF viewer.') : null))
      .catch((err: unknown) => setStatus(errorMessage(err)));

  /** One editable text: a label, the text (the attorney's, else the generated one) and "Restore generated text". */
  const prose = (key: string, label: string, generated: string) => {
    const edited = draft.edits[key] !== undefined;
    return (
      <>
        <label htmlFor={`memo-text-${key}`} className="visually-hidden">
          {label}
        </label>
        <textarea
          id={`memo-text-${key}`}
          rows={Math.min(14, Math.max(3, (draft.edits[key] ?? generated).split('\n').length + 1))}
          value={draft.edits[key] ?? generated}
          onChange={e => setText(key, e.target.value)}
        />
        <button type="button" className="restore" disabled={!edited} onClick={() => setText(key, null)} aria-label={`Restore the generated text of ${label}`}>
          Restore generated text
        </button>
      </>
    );
  };

  return (
    <section aria-labelledby="view-title" className="memo-editor">
      <header className="view-header">
        <div>
          <h1 id="view-title">
            Memo v{memo.version}: <UserText>{memo.clientName}</UserText>
          </h1>
          <p className="subtitle">
            Matter <span className="mono">{memo.reference}</span> · dated {memo.date} · <a href={`#/compare/${memo.caseId}`}>the comparison</a>
          </p>
        </div>
        <div className="actions">
          <label htmlFor="engagement" className="visually-hidden">
            Engagement status
          </label>
          <select
            id="engagement"
            value={memo.engagement}
            onChange={e =>
              void advisor('memos:update', { id, engagement: e.target.value as MemoWithSections['engagement'] }).then(
                m => {
                  setMemo(m);
                  setRevision(r => r + 1);
                },
                (err: unknown) => setStatus(errorMessage(err)),
              )
            }
          >
            <option value="pre-engagement">Before engagement (general information)</option>
            <option value="engaged">Engaged (advice scoped to the matter)</option>
          </select>
          <button type="button" className="primary" onClick={() => void run('memos:export-dialog')}>
            Save as PDF…
          </button>
          <button type="button" onClick={() => void run('memos:export-dialog', 'docx')}>
            Save as Word…
          </button>
          <button type="button" onClick={() => void run('memos:open-for-print')}>
            Print…
          </button>
        </div>
      </header>
      <SaveStatus state={saveState} />
      <Notice>{status}</Notice>
      <div className="memo-workspace">
        <div className="memo-sections">
          <RouteChooser routes={memo.routes} discussed={discussed} onChange={next => change({ discussed: next })} />
          {memo.sections.map(s => (
            <section key={s.id} className="memo-section" aria-labelledby={`memo-${s.id}`}>
              <h2 id={`memo-${s.id}`}>
                {s.heading}
                {draft.edits[s.id] !== undefined && <span className="edited"> · edited</span>}
              </h2>
              {prose(s.id, s.heading, s.generated)}
              {s.id === 'analysis' &&
                memo.analyses.map(a => (
                  <section key={a.programId} className="memo-route" aria-labelledby={`memo-route-${a.programId}`}>
                    <h3 id={`memo-route-${a.programId}`}>
                      {a.heading}
                      {draft.edits[routeEditKey(a.programId)] !== undefined && <span className="edited"> · edited</span>}
                    </h3>
                    {prose(routeEditKey(a.programId), `the analysis of ${a.heading}`, a.generated)}
                    <p className="hint">Its criteria, figures, risks and sources print as generated from the comparison.</p>
                  </section>
                ))}
            </section>
          ))}
        </div>
        <MemoPreview id={id} revision={revision} />
      </div>
    </section>
  );
}
