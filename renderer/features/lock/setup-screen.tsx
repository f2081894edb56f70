import { useState, type SyntheticEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH, type VaultStatus } from '../../../shared/contract-security';
import { advisor, AdvisorCallError, errorMessage } from '../../lib/advisor';
import { PassphraseField } from './passphrase-field';
import { ErrorAlert } from '../shell/field-frame';
import { RememberBox } from './remember-box';

/**
 * First run (no database yet), or a database from before encryption: the firm chooses the passphrase
 * that encrypts it. Said plainly that a lost passphrase means lost data, because it does.
 */
export function SetupScreen({ status, onDone }: { status: VaultStatus; onDone: (s: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [remember, setRemember] = useState(false);
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const encrypting = status.state === 'unencrypted';

  function submit(e: SyntheticEvent) {
    e.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
      setErrors({ passphrase: `Use at least ${String(MIN_PASSPHRASE_LENGTH)} characters; a few unrelated words are easiest to remember.` });
      return;
    }
    if (confirm !== passphrase) {
      setErrors({ confirm: 'The two entries differ. Type the same passphrase twice.' });
      return;
    }
    setBusy(true);
    setErrors({});
    advisor('vault:setup', { passphrase, ...(status.canRemember ? { remember } : {}) })
      .then(onDone)
      .catch((err: unknown) => {
        setBusy(false);
        if (err instanceof AdvisorCallError && err.field === 'passphrase') setErrors({ passphrase: err.message });
        else setErrors({ form: errorMessage(err) });
      });
  }

  return (
    <main className="lock-screen">
      <form className="lock-card form" onSubmit={submit} noValidate aria-labelledby="lock-title">
        <h1 id="lock-title">{encrypting ? 'Encrypt this computer’s case database' : 'Protect the case database'}</h1>
        <p className="lede">
          {encrypting
            ? 'The cases on this computer were stored before encryption existed. Choose a passphrase and they are encrypted now; nothing is lost.'
            : 'Client files are encrypted on this computer (SQLCipher, AES-256) with a passphrase that only your firm knows.'}
        </p>
        <p className="warning-line" role="note">
          If the passphrase is lost, the cases cannot be recovered, by anyone. Keep it in your firm’s password manager.
        </p>
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          error={errors.passphrase}
          hint={`At least ${String(MIN_PASSPHRASE_LENGTH)} characters.`}
          autoComplete="new-password"
          autoFocus
        />
        <PassphraseField label="Type it again" value={confirm} onChange={setConfirm} error={errors.confirm} autoComplete="new-password" />
        {status.canRemember && <RememberBox checked={remember} onChange={setRemember} />}
        <ErrorAlert>{errors.form}</ErrorAlert>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Encrypting…' : encrypting ? 'Encrypt and open' : 'Create the encrypted database'}
          </button>
        </div>
      </form>
    </main>
  );
}
