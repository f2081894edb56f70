import { useEffect, useRef, useState } from 'react';
import type { MemoWithSections } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { Notice } from '../shell/notice';
import { UserText } from '../cases/user-text';

/**
 * The memo editor: every generated section, editable where prose belongs, saved as you type. Tables,
 * charts and sources come from the saved comparison and print as generated.
 */
export function MemoEditor({ id }: { id: string }) {
  const [memo, setMemo] = useState<MemoWithSections | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    advisor('memos:get', { id })
      .then(setMemo)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [id]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!memo) return <p>Loading the memo…</p>;

  const edit = (section: string, text: string) => {
    const next = { ...edits, [section]: text };
    setEdits(next);
    setStatus('Saving…');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      advisor('memos:update', { id, edits: next })
        .then(m => {
          setMemo(m);
          setStatus(`Edits saved at ${new Date().toLocaleTimeString()}`);
        })
        .catch((err: unknown) => setStatus(`Not saved: ${errorMessage(err)}`));
    }, 500);
  };
  const run = (method: 'memos:export-dialog' | 'memos:open-for-print', format: 'pdf' | 'docx' = 'pdf') =>
    (method === 'memos:export-dialog' ? advisor(method, { id, format }) : advisor(method, { id }))
      .then(r => setStatus('savedTo' in r ? `Saved to ${r.savedTo}` : 'opened' in r ? (r.opened ? 'Opened in your PDF viewer: use its Print command.' : 'Could not open a PDF viewer.') : null))
      .catch((err: unknown) => setStatus(errorMessage(err)));

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
              void advisor('memos:update', { id, engagement: e.target.value as MemoWithSections['engagement'] }).then(setMemo, (err: unknown) => setStatus(errorMessage(err)))
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
      <Notice>{status}</Notice>
      <div className="memo-sections">
        {memo.sections.map(s => (
          <section key={s.id} className="memo-section" aria-labelledby={`memo-${s.id}`}>
            <h2 id={`memo-${s.id}`}>
              {s.heading}
              {s.edited && <span className="edited"> · edited</span>}
            </h2>
            {s.editable ? (
              <>
                <label htmlFor={`memo-text-${s.id}`} className="visually-hidden">
                  {s.heading}
                </label>
                <textarea id={`memo-text-${s.id}`} rows={Math.min(16, Math.max(4, s.text.split('\n').length + 1))} value={edits[s.id] ?? s.text} onChange={e => edit(s.id, e.target.value)} />
              </>
            ) : (
              <pre className="generated">{s.text}</pre>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
