import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { caseFileAsOf } from '../../../shared/case-file';
import { localDate } from '../../../shared/dates';
import { CASE_STATUSES, type CaseRecord, type CaseStatus } from '../../../shared/contract';
import { toFieldIssues } from '../../../shared/validation';
import { advisor, errorMessage } from '../../lib/advisor';
import { STATUS_LABELS } from '../../lib/format';
import { setPath } from '../intake/paths';
import { IntakeSteps } from '../intake/intake-steps';
import { goToField } from '../intake/steps';
import { AuditTrail } from './audit-view';
import { CompletenessPanel } from './completeness';
import { ConflictPanel } from './conflict-panel';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { Notice } from '../shell/notice';
import { UserText } from '../cases/user-text';

/** One case: the guided intake with autosave, what is still missing, conflicts, and the audit trail. */
export function CaseView({ id, autoConflictCheck, notice, focusField }: { id: string; autoConflictCheck: boolean; notice: ReactNode; /** A control to bring into view, e.g. from Compare’s banner. */ focusField?: string | undefined }) {
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [draft, setDraft] = useState<Record<string, unknown>>({});
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<'intake' | 'audit'>('intake');
  // The matter line's place for a conflict check with nothing to decide (ConflictPanel's quietSlot).
  const [conflictSlot, setConflictSlot] = useState<HTMLSpanElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [auditKey, setAuditKey] = useState(0);
  const [message, setMessage] = useState<ReactNode>(notice);

  // The parent keys this view by case id, so a different case starts from fresh state.
  useEffect(() => {
    advisor('cases:get', { id })
      .then(r => {
        setRecord(r);
        // A newer draft (with problems) wins over the last complete version: nothing typed is lost.
        setDraft((r.draft?.data as Record<string, unknown> | undefined) ?? r.caseFile);
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [id]);

  // Opened from a link to one field (Compare's list of the draft's problems): show it, ready to type.
  const loaded = record !== null;
  useEffect(() => {
    // The intake (mounted in the same render, so already listening) opens the field's step and focuses it.
    if (loaded && focusField) goToField(focusField);
  }, [loaded, focusField]);

  const onSaved = useCallback((r: CaseRecord) => {
    setRecord(r);
    setAuditKey(k => k + 1);
  }, []);
  const save = useAutosave(record ?? ({ id, revision: 1 } as CaseRecord), draft, dirty && record !== null, onSaved);

  // Checked as main will check it, with no date of birth after today.
  const parsed = useMemo(() => caseFileAsOf(localDate(new Date())).safeParse(draft), [draft]);
  const errors = useMemo(() => {
    const map = new Map<string, string>();
    if (!parsed.success) for (const i of toFieldIssues(parsed.error)) if (!map.has(i.field)) map.set(i.field, i.message);
    return map;
  }, [parsed]);
  const form = useMemo(
    () => ({
      draft,
      errors,
      set: (path: string, value: unknown) => {
        setDraft(d => setPath(d, path, value));
        setDirty(true);
      },
    }),
    [draft, errors],
  );

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!record) return <p>Loading the case…</p>;
  const current = parsed.success ? parsed.data : record.caseFile;

  const changeStatus = async (status: CaseStatus) => {
    try {
      onSaved(await advisor('cases:update', { id, expectedRevision: record.revision, caseFile: record.caseFile, status }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const trashOrRestore = async () => {
    try {
      await advisor(record.deletedAt ? 'cases:restore' : 'cases:trash', { id });
      setRecord(await advisor('cases:get', { id }));
      setAuditKey(k => k + 1);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const exportCase = async () => {
    try {
      const r = await advisor('cases:export-dialog', { ids: [id] });
      if ('savedTo' in r) setMessage(`Exported to ${r.savedTo}`);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section aria-labelledby="view-title" className="case-view">
      <header className="view-header">
        <div>
          <h1 id="view-title">
            <UserText>{current.client.fullName}</UserText>
          </h1>
          <p className="subtitle">
            Matter <span className="mono">{record.reference}</span>
            {record.deletedAt && <strong className="trashed"> · In the Trash</strong>}
            <span ref={setConflictSlot} />
          </p>
        </div>
        <div className="actions">
          <label htmlFor="case-status" className="visually-hidden">
            Case status
          </label>
          <select id="case-status" value={record.status} onChange={e => void changeStatus(e.target.value as CaseStatus)}>
            {CASE_STATUSES.map(s => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <a className="button primary" href={`#/compare/${id}`}>
            Compare options
          </a>
          <button type="button" onClick={() => void exportCase()}>
            Export
          </button>
          <button type="button" onClick={() => void trashOrRestore()}>
            {record.deletedAt ? 'Restore from Trash' : 'Move to Trash'}
          </button>
        </div>
      </header>
      <Notice>{message}</Notice>
      <ConflictPanel
        caseId={id}
        reference={record.reference}
        autoRun={autoConflictCheck}
        quietSlot={conflictSlot}
        onMoved={() => {
          setAuditKey(k => k + 1);
          void advisor('cases:get', { id }).then(setRecord, (err: unknown) => setError(errorMessage(err)));
        }}
      />
      <div className="tabs" role="tablist" aria-label="Case">
        <button type="button" role="tab" aria-selected={tab === 'intake'} onClick={() => setTab('intake')}>
          Intake
        </button>
        <button type="button" role="tab" aria-selected={tab === 'audit'} onClick={() => setTab('audit')}>
          Audit trail
        </button>
      </div>
      {tab === 'audit' ? (
        <AuditTrail caseId={id} refreshKey={auditKey} />
      ) : (
        <div className="case-layout">
          <IntakeSteps form={form} caseFile={current} status={<SaveStatus state={save} />} />
          <aside className="case-aside">
            <CompletenessPanel caseFile={current} />
          </aside>
        </div>
      )}
    </section>
  );
}
