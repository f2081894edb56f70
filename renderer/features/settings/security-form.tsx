import { useEffect, useState, type SyntheticEvent } from 'react';
import { AUTO_LOCK_MINUTES, type SecurityEvent, type SecuritySettings, type VaultStatus } from '../../../shared/contract-security';
import { formatTimestamp } from '../../lib/format';
import { UserText } from '../cases/user-text';
import { advisor, AdvisorCallError, errorMessage } from '../../lib/advisor';
import { PassphraseField } from '../lock/passphrase-field';
import { useVault } from '../lock/vault-gate';
import { ErrorAlert } from '../shell/field-frame';
import { Notice } from '../shell/notice';

const LOCK_CHOICES = [1, 5, 10, 15, 30, 60, 120, 240, 480] as const;

/** Auto-lock time, "remember on this computer", and changing the passphrase. */
export function SecurityForm({ settings, onSaved }: { settings: SecuritySettings; onSaved: (s: SecuritySettings) => void }) {
  const { refresh } = useVault();
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    advisor('vault:status', {})
      .then(setStatus)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);

  const setMinutes = (minutes: number) => {
    advisor('security:set', { autoLockMinutes: minutes, backupKeep: settings.backupKeep })
      .then(s => {
        onSaved(s);
        refresh();
        setMessage(`The app now locks after ${String(minutes)} minute${minutes === 1 ? '' : 's'} without use.`);
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  };
  const forget = () => {
    advisor('vault:forget', {})
      .then(s => {
        setStatus(s);
        setMessage('This computer no longer remembers the passphrase; it is asked for at every start.');
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  };

  return (
    <section className="settings-section" aria-labelledby="security-title">
      <h2 id="security-title">Security</h2>
      <p className="lede">
        The case database is encrypted with SQLCipher (AES-256; the key is derived from your passphrase with 256,000 rounds of
        PBKDF2-HMAC-SHA512). The app locks itself when nobody uses it, and whenever this computer’s screen locks or it goes to sleep.
      </p>
      <div className="field narrow">
        <label htmlFor="auto-lock">Lock after this long without use</label>
        <select
          id="auto-lock"
          value={settings.autoLockMinutes}
          onChange={e => setMinutes(Number(e.target.value))}
        >
          {LOCK_CHOICES.filter(m => m >= AUTO_LOCK_MINUTES.min && m <= AUTO_LOCK_MINUTES.max).map(m => (
            <option key={m} value={m}>
              {m < 60 ? `${String(m)} minute${m === 1 ? '' : 's'}` : `${String(m / 60)} hour${m === 60 ? '' : 's'}`}
            </option>
          ))}
        </select>
      </div>
      {status?.canRemember && (
        <p>
          {status.remembered ? 'This computer remembers the passphrase, so the app opens without asking. ' : 'The passphrase is asked for at every start. '}
          {status.remembered && (
            <button type="button" className="link" onClick={forget}>
              Forget it on this computer
            </button>
          )}
        </p>
      )}
      <ChangePassphrase
        onChanged={() => {
          setMessage('Passphrase changed. The database was re-encrypted under the new one; older backups still open with the old one.');
          advisor('security:get', {})
            .then(onSaved)
            .catch((err: unknown) => setError(errorMessage(err)));
        }}
      />
      <SecurityLog events={settings.events} />
      <Notice>{message}</Notice>
      <ErrorAlert>{error}</ErrorAlert>
    </section>
  );
}

const EVENT_LABELS: Record<SecurityEvent['event'], string> = {
  'database-created': 'Database created',
  'database-encrypted': 'Database encrypted',
  'passphrase-changed': 'Passphrase changed',
  'backup-folder-set': 'Backup folder chosen',
  'backup-restored': 'Backup restored',
};

/** The latest entries of the security log, newest first. */
function SecurityLog({ events }: { events: SecurityEvent[] }) {
  if (events.length === 0) return null;
  return (
    <table className="case-table security-log">
      <caption>Security log (latest {events.length})</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          <tr key={`${e.at}-${String(i)}`}>
            <td>{formatTimestamp(e.at)}</td>
            <td>
              <UserText>{e.actor}</UserText>
            </td>
            <td>
              <strong>{EVENT_LABELS[e.event]}</strong>
              {e.detail && <span className="other-names">{e.detail}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangePassphrase({ onChanged }: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string; confirm?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  function submit(e: SyntheticEvent) {
    e.preventDefault();
    if (next !== confirm) {
      setErrors({ confirm: 'The two entries differ. Type the new passphrase twice.' });
      return;
    }
    setBusy(true);
    setErrors({});
    advisor('vault:change-passphrase', { current, next })
      .then(() => {
        setBusy(false);
        setCurrent('');
        setNext('');
        setConfirm('');
        onChanged();
      })
      .catch((err: unknown) => {
        setBusy(false);
        const field = err instanceof AdvisorCallError ? err.field : undefined;
        if (field === 'current' || field === 'next') setErrors({ [field]: err instanceof Error ? err.message.replace(/^next: /, '') : '' });
        else setErrors({ form: errorMessage(err) });
      });
  }

  return (
    <form className="form settings-form" onSubmit={submit} noValidate aria-labelledby="change-title">
      <h3 id="change-title">Change the passphrase</h3>
      <PassphraseField label="Current passphrase" value={current} onChange={setCurrent} error={errors.current} autoComplete="current-password" />
      <PassphraseField label="New passphrase" value={next} onChange={setNext} error={errors.next} autoComplete="new-password" hint="At least 10 characters." />
      <PassphraseField label="Type the new one again" value={confirm} onChange={setConfirm} error={errors.confirm} autoComplete="new-password" />
      <ErrorAlert>{errors.form}</ErrorAlert>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Re-encrypting…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  );
}
