import { useState } from 'react';
import { BACKUP_KEEP, type SecuritySettings } from '../../../shared/contract-security';
import { advisor, errorMessage } from '../../lib/advisor';
import { formatTimestamp } from '../../lib/format';
import { Notice } from '../shell/notice';
import { ErrorAlert } from '../shell/field-frame';
import { FileTable, megabytes } from './file-table';
import { RestoreFlow, type RestorePick } from './restore-flow';
import { SafetyCopies } from './safety-copies';

/** Where automatic backups go, how many are kept, the list of them, and restoring one. */
export function BackupsPanel({ settings, onChange }: { settings: SecuritySettings; onChange: (s: SecuritySettings) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pick, setPick] = useState<RestorePick | null>(null);

  const run = <T,>(work: Promise<T>, then: (value: T) => void) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    work
      .then(then)
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };
  // Not through run(): the message just shown must stay.
  const reload = () => {
    advisor('security:get', {})
      .then(onChange)
      .catch((err: unknown) => setError(errorMessage(err)));
  };
  const chooseRestore = (name?: string) =>
    run(advisor('backups:choose-restore', name === undefined ? {} : { name }), r => {
      if (!('cancelled' in r)) setPick(r);
    });

  return (
    <section className="settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p className="lede">
        Once a day the app copies the database into the folder you choose, while it runs (SQLite’s online backup), encrypted
        under the same passphrase. Choose a folder on another drive, or one your firm backs up.
      </p>
      <dl className="facts">
        <dt>Backup folder</dt>
        <dd className="mono">{settings.backupFolder ?? <span className="unknown">None chosen: no automatic backups are being made.</span>}</dd>
      </dl>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(advisor('backups:choose-folder', {}), r => {
              if ('cancelled' in r) return;
              onChange(r);
              setMessage('Backups now go to this folder. The first one was made just now.');
            })
          }
        >
          {settings.backupFolder ? 'Change folder…' : 'Choose folder…'}
        </button>
        <label className="check" htmlFor="backup-keep">
          Keep the newest
        </label>
        <input
          id="backup-keep"
          type="number"
          min={BACKUP_KEEP.min}
          max={BACKUP_KEEP.max}
          value={settings.backupKeep}
          className="short-number"
          onChange={e => {
            const keep = Number(e.target.value);
            if (!Number.isInteger(keep) || keep < BACKUP_KEEP.min || keep > BACKUP_KEEP.max) return;
            run(advisor('security:set', { autoLockMinutes: settings.autoLockMinutes, backupKeep: keep }), onChange);
          }}
        />
        <span>backups</span>
        <button
          type="button"
          disabled={busy || !settings.backupFolder}
          onClick={() =>
            run(advisor('backups:run', {}), made => {
              setMessage(`Backed up to ${made.name} (${megabytes(made.bytes)}).`);
              reload();
            })
          }
        >
          Back up now
        </button>
      </div>
      {settings.lastBackupError && (
        <p className="error" role="alert">
          The last automatic backup failed: {settings.lastBackupError}
        </p>
      )}
      {settings.backups.length > 0 && (
        <FileTable caption="Backups in the folder, newest first" columns={['Made', 'Size']}>
          {settings.backups.map(b => (
            <tr key={b.name}>
              <td>{formatTimestamp(b.madeAt)}</td>
              <td>{megabytes(b.bytes)}</td>
              <td>
                <button type="button" className="link" disabled={busy} onClick={() => chooseRestore(b.name)} aria-label={`Restore the backup made ${formatTimestamp(b.madeAt)}…`}>
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </FileTable>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => chooseRestore()}>
          Restore from backup…
        </button>
      </div>
      {pick && (
        <RestoreFlow
          pick={pick}
          onCancel={() => setPick(null)}
          onRestored={text => {
            setPick(null);
            setMessage(text);
            reload();
          }}
        />
      )}
      <Notice>{message}</Notice>
      <ErrorAlert>{error}</ErrorAlert>
      <SafetyCopies copies={settings.safetyCopies} onChange={onChange} />
    </section>
  );
}
