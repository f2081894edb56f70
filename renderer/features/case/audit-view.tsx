import { useEffect, useState } from 'react';
import { auditAction, auditLines, type AuditWordsOptions } from '../../../shared/audit-words';
import type { AuditView as AuditRow } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatDate, useDateFormat } from '../../lib/date-format';
import { formatTimestamp } from '../../lib/format';
import { UserText } from '../cases/user-text';

/** A changed value longer than this (a 1 MB note) shows its beginning; the intake has it all. */
const SHOWN_CHARACTERS = 1000;
/** Raw values in the technical detail are shorter still: the words above have the value. */
const TECHNICAL_CHARACTERS = 200;
/** Lines shown per row; a whole imported case file is summed up after this many. */
const SHOWN_LINES = 30;

const json = (v: unknown) => (v === undefined || v === null ? 'null' : JSON.stringify(v));

/** The case's audit trail: who, when, what, and each change in words, with the raw record folded away. */
export function AuditTrail({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const format = useDateFormat();
  useEffect(() => {
    advisor('cases:audit', { id: caseId })
      .then(setRows)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [caseId, refreshKey]);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!rows) return <p>Loading the audit trail…</p>;
  const words: AuditWordsOptions = { date: iso => formatDate(iso, format) };
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
          <AuditRowView key={r.id} row={r} words={words} />
        ))}
      </tbody>
    </table>
  );
}

function AuditRowView({ row, words }: { row: AuditRow; words: AuditWordsOptions }) {
  const action = auditAction(row);
  const lines = auditLines(row, row.changes, words);
  return (
    <tr>
      <td>{formatTimestamp(row.at)}</td>
      <td>
        <UserText>{row.actor}</UserText>
      </td>
      <td>
        {action.title}
        {action.note && (
          <UserText className="note" max={SHOWN_CHARACTERS}>
            {action.note}
          </UserText>
        )}
      </td>
      <td>
        {lines.length > 0 && (
          <ul className="changes">
            {lines.slice(0, SHOWN_LINES).map((l, i) => (
              <li key={i}>
                <UserText max={SHOWN_CHARACTERS}>{l.text}</UserText>
                {l.details.length > 0 && (
                  <ul>
                    {l.details.map((d, j) => (
                      <li key={j}>
                        <UserText max={SHOWN_CHARACTERS}>{d}</UserText>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
            {lines.length > SHOWN_LINES && <li>and {lines.length - SHOWN_LINES} more</li>}
          </ul>
        )}
        <details className="technical">
          <summary>Technical detail</summary>
          {row.note && (
            <p>
              Note: <UserText max={SHOWN_CHARACTERS}>{row.note}</UserText>
            </p>
          )}
          <ul>
            <li>
              <code>
                {row.action} {row.entity}
              </code>
            </li>
            {row.changes.slice(0, SHOWN_LINES).map(c => (
              <li key={c.field}>
                <code>
                  <UserText>{c.field}</UserText>: <UserText max={TECHNICAL_CHARACTERS}>{json(c.before)}</UserText> → <UserText max={TECHNICAL_CHARACTERS}>{json(c.after)}</UserText>
                </code>
              </li>
            ))}
            {row.changes.length > SHOWN_LINES && <li>and {row.changes.length - SHOWN_LINES} more</li>}
          </ul>
        </details>
      </td>
    </tr>
  );
}
