import { useEffect, useRef, useState } from 'react';
import type { CaseRecord, ConflictHit } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { countryName } from '../../lib/countries';
import { formatDate, useDateFormat } from '../../lib/date-format';
import { UserText } from '../cases/user-text';

type Props = { hit: ConflictHit; reference: string; onMove: (note: string) => void; onCancel: () => void };

/**
 * "Same person": shows the existing client, so the attorney can compare, and asks before moving
 * this matter to them; the duplicate client record then goes to the Trash.
 */
export function SamePersonDialog({ hit, reference, onMove, onCancel }: Props) {
  const [existing, setExisting] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const format = useDateFormat();
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    advisor('cases:get', { id: hit.caseId })
      .then(setExisting)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [hit.caseId]);
  useEffect(() => {
    if (existing) first.current?.focus();
  }, [existing]);

  const client = existing?.caseFile.client;
  return (
    <div className="confirm same-person" role="alertdialog" aria-labelledby="same-person-title" aria-describedby="same-person-what" onKeyDown={e => e.key === 'Escape' && onCancel()}>
      <h3 id="same-person-title">Same person as an existing client?</h3>
      {error && <p className="error">The existing client could not be opened: {error}</p>}
      {!existing && !error && <p>Opening the existing client…</p>}
      {existing && client && (
        <>
          <dl className="existing-client">
            <dt>Existing client</dt>
            <dd>
              <UserText>{existing.clientName}</UserText>
              {(client.otherNames ?? []).map(n => (
                <span key={n} className="other-names">
                  <UserText>{n}</UserText>
                </span>
              ))}
            </dd>
            <dt>Date of birth</dt>
            <dd>{client.dateOfBirth ? formatDate(client.dateOfBirth, format) : <span className="unknown">unknown</span>}</dd>
            <dt>Citizenship</dt>
            <dd>{(client.citizenships ?? []).length > 0 ? (client.citizenships ?? []).map(countryName).join(', ') : <span className="unknown">unknown</span>}</dd>
            <dt>Matter</dt>
            <dd>
              <a href={`#/case/${existing.id}`}>{existing.reference}</a>
            </dd>
          </dl>
          <p id="same-person-what">
            Matter {reference} will move to <UserText>{existing.clientName}</UserText>. The duplicate client record made for it goes to the Trash; this
            matter’s intake stays as it is. The move is recorded in the audit trail of both clients.
          </p>
          <label htmlFor="same-person-note">Note (optional)</label>
          <textarea id="same-person-note" rows={1} value={note} onChange={e => setNote(e.target.value)} />
        </>
      )}
      <div className="actions">
        <button
          ref={first}
          type="button"
          className="primary"
          disabled={!existing || busy}
          onClick={() => {
            setBusy(true);
            onMove(note);
          }}
        >
          Move this matter to the existing client
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
