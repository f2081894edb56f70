import { useEffect, useState } from 'react';
import { FirmForm } from './firm-form';
import { UserNameForm } from './user-name-form';
import type { AppInfo } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';

/** Settings: for now, where the data lives and which versions are running. */
export function SettingsView() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    advisor('app:info', {})
      .then(setInfo)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);

  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Settings</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {info && (
        <dl className="facts">
          <dt>Data folder</dt>
          <dd className="mono">{info.dataDir}</dd>
          <dt>Database file</dt>
          <dd className="mono">{info.databaseFile}</dd>
          <dt>Database schema version</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>Case file format version</dt>
          <dd>{info.caseFileVersion}</dd>
          <dt>App version</dt>
          <dd>{info.appVersion}</dd>
          <dt>Network</dt>
          <dd>None. The app makes no network requests: no telemetry, no update checks, no remote fonts.</dd>
        </dl>
      )}
      <UserNameForm />
      <FirmForm />
      <div className="coming-soon" role="note">
        <strong>Not available yet.</strong>
        <p>Encryption and backups will be set here.</p>
      </div>
    </section>
  );
}
