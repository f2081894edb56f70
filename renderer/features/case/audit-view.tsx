import { useEffect, useState } from 'react';
import type { AuditView as AuditRow } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp } from '../../lib/format';
import { UserText } from '../cases/user-text';

/** A changed value longer than this (a 1 MB note) shows its beginning; the intake has it all. */
const SHOWN_CHARACTERS = 1000;

const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** The case's audit trail: who, when, what, and field by field before and after. */
export function AuditTrail({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    advisor('cases:audit', { id: caseId })
      .then(setRows)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [caseId, refreshKey]);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!rows) return <p>Loading the audit trail…</p>;
  return (
    <table className="audit">
      <caption className="visually-hidden">Audit trail, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(r => (
          <tr key={r.id}>
            <td>{formatTimestamp(r.at)}</td>
            <td>
              <UserText>{r.actor}</UserText>
            </td>
            <td>
              {r.action} {r.entity}
              {r.note && <UserText className="note" max={SHOWN_CHARACTERS}>{r.note}</UserText>}
            </td>
            <td>
              {r.changes.length === 0 ? (
                '—'
              ) : (
                <ul className="changes">
                  {r.changes.slice(0, 30).map(c => (
                    <li key={c.field}>
                      <code>
                        <UserText>{c.field}</UserText>
                      </code>
                      : <UserText max={SHOWN_CHARACTERS}>{show(c.before)}</UserText> → <UserText max={SHOWN_CHARACTERS}>{show(c.after)}</UserText>
                    </li>
                  ))}
                  {r.changes.length > 30 && <li>and {r.changes.length - 30} more</li>}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
