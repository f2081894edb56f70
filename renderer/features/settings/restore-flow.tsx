import { useState, type SyntheticEvent } from 'react';
import type { BackupPreview } from '../../../shared/contract-security';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp } from '../../lib/format';
import { ErrorAlert } from '../shell/field-frame';
import { PassphraseField } from '../lock/passphrase-field';

export type RestorePick = { token: string; name: string; preview: BackupPreview | null };

/**
 * Restoring, in two deliberate steps: see what the backup holds (asking for the passphrase it was
 * made under, if that differs), then confirm. Nothing is replaced before the confirmation.
 */
export function RestoreFlow({ pick, onCancel, onRestored }: { pick: RestorePick; onCancel: () => void; onRestored: (message: string) => void }) {
  const [preview, setPreview] = useState(pick.preview);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function unlockBackup(e: SyntheticEvent) {
    e.preventDefault();
    setBusy(true);
    advisor('backups:preview', { token: pick.token, passphrase })
      .then(p => {
        setPreview(p);
        setError(null);
      })
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  }
  function restore() {
    setBusy(true);
    advisor('backups:restore', { token: pick.token })
      .then(r => onRestored(`Restored ${r.restored.name}: ${String(r.restored.cases)} cases. The database it replaced is kept at ${r.keptAside}.`))
      .catch((err: unknown) => {
        setBusy(false);
        setError(errorMessage(err));
      });
  }

  return (
    <div className="panel restore-panel" role="region" aria-labelledby="restore-title">
      <h3 id="restore-title">Restore {pick.name}</h3>
      {!preview ? (
        <form className="form" onSubmit={unlockBackup} noValidate>
          <p>This backup was made under an earlier passphrase. Enter that passphrase to see what it holds.</p>
          <PassphraseField label="The backup’s passphrase" value={passphrase} onChange={setPassphrase} error={error} autoComplete="current-password" autoFocus />
          <div className="actions">
            <button type="submit" disabled={busy}>
              Show what it holds
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="facts">
            <dt>Backup made</dt>
            <dd>{preview.madeAt ? formatTimestamp(preview.madeAt) : 'Unknown (not made by the app’s backup)'}</dd>
            <dt>Clients</dt>
            <dd>{preview.clients}</dd>
            <dt>Cases</dt>
            <dd>{preview.cases}</dd>
            <dt>Last change in it</dt>
            <dd>{preview.lastChangeAt ? formatTimestamp(preview.lastChangeAt) : 'None recorded'}</dd>
          </dl>
          <p className="warning-line" role="note">
            Restoring replaces every client and case in the app with this backup’s. The current database is kept as a safety
            copy (listed below), and put back if the restore fails.
          </p>
          <ErrorAlert>{error}</ErrorAlert>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={restore}>
              {busy ? 'Restoring…' : 'Replace with this backup'}
            </button>
            <button type="button" onClick={onCancel} disabled={busy}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}
