import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { UserText } from '../cases/user-text';

/** Compare without a case chosen: the most recent cases, each a way into its comparison. */
export function ComparePicker() {
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    advisor('cases:list', { limit: 20 })
      .then(r => setCases(r.items))
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Compare</h1>
      <p className="lede">Choose a case to compare its options. Recently changed cases:</p>
      {error && <p className="error" role="alert">{error}</p>}
      {cases?.length === 0 && <p>No cases yet: open one with New client first.</p>}
      <ul className="picker-list">
        {cases?.map(c => (
          <li key={c.id}>
            <a href={`#/compare/${c.id}`}>
              {c.reference} · <UserText>{c.clientName}</UserText>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
