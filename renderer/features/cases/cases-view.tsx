import { useEffect, useRef, useState } from 'react';
import { CASE_STATUSES, type CaseStatus, type PreviousImport } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { STATUS_LABELS } from '../../lib/format';
import { AlreadyImported } from './already-imported';
import { CaseTable, type SortKey } from './case-table';
import { useCasePages, type ListQuery } from './use-case-pages';
import { Notice } from '../shell/notice';

/** The Cases view: search as you type, filter, sort, Trash, import; and the way to a new client. */
export function CasesView({ notice, onNewClient }: { notice: string | null; onNewClient: () => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [trash, setTrash] = useState(false);
  const [unresolvedConflicts, setUnresolvedConflicts] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'updated', direction: 'desc' });
  const [refresh, setRefresh] = useState(0);
  const [message, setMessage] = useState<string | null>(notice);
  const [importError, setImportError] = useState<string | null>(null);
  const [alreadyImported, setAlreadyImported] = useState<{ token: string; previous: PreviousImport[] } | null>(null);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Results as you type, without a request per keystroke.
  useEffect(() => {
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => setQuery(text.trim()), 120);
    return () => clearTimeout(debounce.current);
  }, [text]);

  const listQuery: ListQuery = { query, trash, unresolvedConflicts, sort: sort.key, direction: sort.direction, ...(status ? { status } : {}) };
  const { total, error, row } = useCasePages(listQuery, refresh);

  // `again`: the token of files found imported before, which the user chose to import anyway.
  const importFiles = async (again?: string) => {
    setAlreadyImported(null);
    try {
      const r = await advisor('cases:import-dialog', again === undefined ? {} : { again });
      setImportError(null);
      if ('imported' in r) {
        setMessage(r.imported.length === 1 ? `Imported 1 case (${r.imported[0]?.reference ?? ''}).` : `Imported ${String(r.imported.length)} cases.`);
        setRefresh(n => n + 1);
      } else if ('alreadyImported' in r) {
        setMessage(null);
        setAlreadyImported(r.alreadyImported);
      }
    } catch (err) {
      setMessage(null);
      setImportError(errorMessage(err));
    }
  };
  return (
    <section aria-labelledby="view-title" className="cases-view">
      <header className="view-header">
        <h1 id="view-title">{trash ? 'Trash' : 'Cases'}</h1>
        <div className="actions">
          <button type="button" onClick={() => void importFiles()}>
            Import…
          </button>
          <button type="button" className="primary" onClick={onNewClient}>
            New client
          </button>
        </div>
      </header>
      <Notice>{message}</Notice>
      {alreadyImported && (
        <AlreadyImported
          previous={alreadyImported.previous}
          onImportAgain={() => void importFiles(alreadyImported.token)}
          onCancel={() => setAlreadyImported(null)}
        />
      )}
      {importError && (
        <p className="error" role="alert">
          Nothing was imported. {importError}
        </p>
      )}
      <div className="filters" role="search">
        <label htmlFor="case-search">Search</label>
        <input
          id="case-search"
          type="search"
          value={text}
          placeholder="Name in any script, employer, notes…"
          onChange={e => setText(e.target.value)}
        />
        <label htmlFor="case-status-filter">Status</label>
        <select id="case-status-filter" value={status} onChange={e => setStatus(e.target.value as CaseStatus | '')}>
          <option value="">All</option>
          {CASE_STATUSES.map(s => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={unresolvedConflicts} onChange={e => setUnresolvedConflicts(e.target.checked)} /> Unresolved conflict checks
        </label>
        <label className="check">
          <input type="checkbox" checked={trash} onChange={e => setTrash(e.target.checked)} /> Show Trash
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          The cases could not be loaded: {error}
        </p>
      )}
      {total === null && !error && <p aria-live="polite">Loading cases…</p>}
      {total === 0 && (
        <div className="empty">
          {query || status || unresolvedConflicts ? <p>No case matches.</p> : trash ? <p>The Trash is empty.</p> : (
            <>
              <p>No cases yet.</p>
              <p>Open the first one with <strong>New client</strong>.</p>
            </>
          )}
        </div>
      )}
      {total !== null && total > 0 && (
        <>
          <p className="count" aria-live="polite">
            {total === 1 ? '1 case' : `${String(total)} cases`}
          </p>
          <CaseTable
            total={total}
            row={row}
            sort={sort}
            onSort={key => setSort(s => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }))}
          />
        </>
      )}
    </section>
  );
}
