import { useEffect, useState } from 'react';
import type { MemoSummary } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp } from '../../lib/format';
import { UserText } from '../cases/user-text';

/** Recent memos across cases, newest first; a memo is written from a saved comparison. */
export function MemosView() {
  const [memos, setMemos] = useState<MemoSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    advisor('memos:list', {})
      .then(setMemos)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Memos</h1>
      <p className="lede">A memo is written from a saved comparison: open a case’s comparison and choose “Write memo” beside a saved one.</p>
      {error && <p className="error" role="alert">{error}</p>}
      {memos?.length === 0 && <p>No memos yet.</p>}
      {memos && memos.length > 0 && (
        <table className="audit">
          <caption className="visually-hidden">Memos</caption>
          <thead>
            <tr>
              <th scope="col">Matter</th>
              <th scope="col">Client</th>
              <th scope="col">Version</th>
              <th scope="col">Dated</th>
              <th scope="col">Last edited</th>
            </tr>
          </thead>
          <tbody>
            {memos.map(m => (
              <tr key={m.id}>
                <td className="mono">{m.reference}</td>
                <th scope="row">
                  <a href={`#/memo/${m.id}`}>
                    <UserText>{m.clientName}</UserText>
                  </a>
                </th>
                <td>v{m.version}</td>
                <td>{m.date}</td>
                <td>{formatTimestamp(m.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
