import { useState, type SyntheticEvent } from 'react';
import type { VaultStatus } from '../../../shared/contract-security';
import { advisor, errorMessage } from '../../lib/advisor';
import { PassphraseField } from './passphrase-field';
import { RememberBox } from './remember-box';

/** The lock screen: the passphrase, and nothing about any client. */
export function UnlockScreen({ status, onDone }: { status: VaultStatus; onDone: (s: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(status.remembered);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function submit(e: SyntheticEvent) {
    e.preventDefault();
    if (passphrase === '') {
      setError('Enter the passphrase.');
      return;
    }
    setBusy(true);
    advisor('vault:unlock', { passphrase, ...(status.canRemember ? { remember } : {}) })
      .then(onDone)
      .catch((err: unknown) => {
        setBusy(false);
        setPassphrase('');
        setError(errorMessage(err));
      });
  }

  return (
    <main className="lock-screen">
      <form className="lock-card form" onSubmit={submit} noValidate aria-labelledby="lock-title">
        <h1 id="lock-title">Immigration Advisor is locked</h1>
        <p className="lede">The case database is encrypted. Enter the firm’s passphrase to open it.</p>
        <PassphraseField label="Passphrase" value={passphrase} onChange={setPassphrase} error={error} autoComplete="current-password" autoFocus />
        {status.canRemember && <RememberBox checked={remember} onChange={setRemember} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
        </div>
      </form>
    </main>
  );
}
