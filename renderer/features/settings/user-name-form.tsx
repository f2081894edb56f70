import { useEffect, useState } from 'react';
import { advisor, errorMessage } from '../../lib/advisor';

/** The name written into the audit trail for every change made on this computer. */
export function UserNameForm() {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    advisor('settings:get', {})
      .then(s => setName(s.userName ?? ''))
      .catch((err: unknown) => setMessage(errorMessage(err)));
  }, []);
  return (
    <form
      className="form settings-form"
      onSubmit={e => {
        e.preventDefault();
        advisor('settings:set', { userName: name })
          .then(() => setMessage('Saved. Changes from now on are recorded under this name.'))
          .catch((err: unknown) => setMessage(errorMessage(err)));
      }}
    >
      <div className="field">
        <label htmlFor="user-name">Your name, as recorded in the audit trail</label>
        <input id="user-name" value={name} onChange={e => setName(e.target.value)} placeholder="e.g. Jane Doe, paralegal" />
      </div>
      <div className="actions">
        <button type="submit">Save name</button>
      </div>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
