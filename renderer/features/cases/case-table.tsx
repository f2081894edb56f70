import type { CaseSummary } from '../../../shared/contract';
import { countryName } from '../../lib/countries';
import { formatTimestamp, STATUS_LABELS } from '../../lib/format';

/** The list of cases as a real table, most recently changed first. */
export function CaseTable({ cases }: { cases: readonly CaseSummary[] }) {
  return (
    <table className="case-table">
      <caption className="visually-hidden">Cases, most recently changed first</caption>
      <thead>
        <tr>
          <th scope="col">Matter</th>
          <th scope="col">Client</th>
          <th scope="col">Date of birth</th>
          <th scope="col">Citizenship</th>
          <th scope="col">Status</th>
          <th scope="col">Last changed</th>
        </tr>
      </thead>
      <tbody>
        {cases.map(c => (
          <tr key={c.id}>
            <td className="mono">{c.reference}</td>
            <th scope="row">
              {c.clientName}
              {c.otherNames.length > 0 && <span className="other-names">{c.otherNames.join(' · ')}</span>}
            </th>
            <td>{c.dateOfBirth ?? <span className="unknown">unknown</span>}</td>
            <td>
              {c.citizenships.length > 0 ? (
                c.citizenships.map(countryName).join(', ')
              ) : (
                <span className="unknown">unknown</span>
              )}
            </td>
            <td>
              <span className={`status status-${c.status}`}>{STATUS_LABELS[c.status]}</span>
            </td>
            <td>{formatTimestamp(c.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
