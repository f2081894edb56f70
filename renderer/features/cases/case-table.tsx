import { Fragment, useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../../shared/contract';
import { countryName } from '../../lib/countries';
import { formatDate, useDateFormat } from '../../lib/date-format';
import { formatTimestamp, STATUS_LABELS } from '../../lib/format';
import { UserText } from './user-text';

export type SortKey = 'updated' | 'reference' | 'client' | 'status';

/** Row height in pixels; fixed so only the rows in view need to exist in the page. */
export const ROW_HEIGHT = 56;
const OVERSCAN = 10;

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'reference', label: 'Matter' },
  { key: 'client', label: 'Client' },
  { key: null, label: 'Date of birth' },
  { key: null, label: 'Citizenship' },
  { key: 'status', label: 'Status' },
  { key: 'updated', label: 'Last changed' },
];

type Props = {
  total: number;
  row: (index: number) => CaseSummary | undefined;
  sort: { key: SortKey; direction: 'asc' | 'desc' };
  onSort: (key: SortKey) => void;
};

/**
 * The case list as a real table, virtualised: only the rows in view (plus a margin) are rendered,
 * with spacer rows standing in for the rest, so 10,000 cases scroll smoothly.
 */
export function CaseTable({ total, row, sort, onSort }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView({ top: el.scrollTop, height: el.clientHeight });
    update();
    el.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      el.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const indexes = Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);

  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} aria-label="Case list, scrollable">
      <table className="case-table" aria-rowcount={total + 1}>
        <caption className="visually-hidden">Cases</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map(c => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {c.key ? (
                  <button type="button" className="sort" onClick={() => onSort(c.key as SortKey)}>
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
          {indexes.map(i => {
            const c = row(i);
            return (
              <tr key={c?.id ?? `loading-${String(i)}`} aria-rowindex={i + 2} style={{ height: ROW_HEIGHT }}>
                {c ? <CaseCells c={c} /> : <td colSpan={6} className="unknown">Loading…</td>}
              </tr>
            );
          })}
          {last < total && <tr aria-hidden="true" style={{ height: (total - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  );
}

function CaseCells({ c }: { c: CaseSummary }) {
  const format = useDateFormat();
  return (
    <>
      <td className="mono">{c.reference}</td>
      <th scope="row">
        <a href={`#/case/${c.id}`}>
          <UserText>{c.clientName}</UserText>
        </a>
        {c.otherNames.length > 0 && (
          <span className="other-names">
            {c.otherNames.map((n, i) => (
              <Fragment key={i}>
                {i > 0 && ' · '}
                <UserText>{n}</UserText>
              </Fragment>
            ))}
          </span>
        )}
      </th>
      <td>{c.dateOfBirth ? formatDate(c.dateOfBirth, format) : <span className="unknown">unknown</span>}</td>
      <td>{c.citizenships.length > 0 ? c.citizenships.map(countryName).join(', ') : <span className="unknown">unknown</span>}</td>
      <td>
        <span className={`status status-${c.status}`}>{STATUS_LABELS[c.status]}</span>
        <ConflictBadge counts={c.conflicts} />
      </td>
      <td>
        {formatTimestamp(c.updatedAt)}
        {c.updatedBy !== null && (
          <span className="changed-by">
            by <UserText>{c.updatedBy}</UserText>
          </span>
        )}
      </td>
    </>
  );
}

/** Conflict checks still to decide (amber), or a conflict recorded (red): a case the attorney must look at. */
function ConflictBadge({ counts }: { counts: CaseSummary['conflicts'] }) {
  if (counts.conflict > 0) return <span className="conflict-badge conflict-stands">Conflict</span>;
  if (counts.unresolved === 0) return null;
  return <span className="conflict-badge">{counts.unresolved === 1 ? 'Conflict check to decide' : `${String(counts.unresolved)} conflict checks to decide`}</span>;
}
