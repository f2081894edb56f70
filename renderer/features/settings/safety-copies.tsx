import { useState } from 'react';
import type { SafetyCopy, SecuritySettings } from '../../../shared/contract-security';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp } from '../../lib/format';
import { Notice } from '../shell/notice';
import { ErrorAlert } from '../shell/field-frame';
import { FileTable, megabytes } from './file-table';

const keptOn = (c: SafetyCopy) => (c.keptAt ? formatTimestamp(c.keptAt) : 'Unknown (kept by an earlier version)');

/**
 * The safety copies restores kept in the data folder: when and how large. The app never deletes
 * one; removing it takes a second, explicit confirmation naming the copy.
 */
export function SafetyCopies({ copies, onChange }: { copies: SafetyCopy[]; onChange: (s: SecuritySettings) => void }) {
  const [confirming, setConfirming] = useState<SafetyCopy | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function remove(copy: SafetyCopy) {
    setBusy(true);
    setError(null);
    advisor('backups:remove-safety-copy', { name: copy.name })
      .then(settings => {
        setConfirming(null);
        setMessage(`Deleted the safety copy kept ${keptOn(copy)}.`);
        onChange(settings);
      })
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  }

  return (
    <div className="safety-copies">
      <h3>Safety copies</h3>
      <p>
        Each restore keeps the database it replaced in the data folder, under the time of the restore. They are never deleted
        automatically.
      </p>
      {copies.length === 0 ? (
        <p>None: no restore has replaced this database.</p>
      ) : (
        <FileTable caption="Safety copies kept by restores, newest first" columns={['Kept', 'Size', 'File']}>
          {copies.map(c => (
            <tr key={c.name}>
              <td>{keptOn(c)}</td>
              <td>{megabytes(c.bytes)}</td>
              <td className="mono">{c.name}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  disabled={busy}
                  onClick={() => {
                    setMessage(null);
                    setError(null);
                    setConfirming(c);
                  }}
                  aria-label={`Delete the safety copy kept ${keptOn(c)}…`}
                >
                  Delete…
                </button>
              </td>
            </tr>
          ))}
        </FileTable>
      )}
      {confirming && (
        <div className="panel restore-panel" role="region" aria-labelledby="delete-copy-title">
          <h4 id="delete-copy-title">Delete the safety copy kept {keptOn(confirming)}?</h4>
          <p className="warning-line" role="note">
            {confirming.name} is the database as it was before that restore. Once deleted it cannot be brought back, unless a
            backup holds the same data.
          </p>
          <ErrorAlert>{error}</ErrorAlert>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => remove(confirming)}>
              {busy ? 'Deleting…' : 'Delete this safety copy'}
            </button>
            {/* Focused first, so Enter alone never deletes. */}
            <button type="button" disabled={busy} onClick={() => setConfirming(null)} autoFocus>
              Keep it
            </button>
          </div>
        </div>
      )}
      <Notice>{message}</Notice>
    </div>
  );
}
