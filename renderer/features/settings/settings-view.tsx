import { useEffect, useState } from 'react';
import { FirmForm } from './firm-form';
import { ThemeForm } from './theme-form';
import { UserNameForm } from './user-name-form';
import type { AppInfo } from '../../../shared/contract';
import type { SecuritySettings } from '../../../shared/contract-security';
import { BackupsPanel } from './backups-panel';
import { SecurityForm } from './security-form';
import { ErrorAlert } from '../shell/field-frame';
import { advisor, errorMessage } from '../../lib/advisor';
import { DateFormatSetting } from '../../lib/date-format-setting';

/** Settings: the firm's letterhead, who is acting, appearance, security and backups, then the app's versions and paths. */
export function SettingsView() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [security, setSecurity] = useState<SecuritySettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    advisor('app:info', {})
      .then(setInfo)
      .catch((err: unknown) => setError(errorMessage(err)));
    advisor('security:get', {})
      .then(setSecurity)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);

  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Settings</h1>
      <ErrorAlert>{error}</ErrorAlert>
      {/* The firm and the person first; what the app is and where it keeps things last. */}
      <FirmForm />
      <UserNameForm />
      <section className="settings-section" aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance</h2>
        <ThemeForm />
        <DateFormatSetting />
      </section>
      {security && <SecurityForm settings={security} onSaved={setSecurity} />}
      {security && <BackupsPanel settings={security} onChange={setSecurity} />}
      {info && (
        <section className="settings-section" aria-labelledby="about-title">
          <h2 id="about-title">About this app</h2>
          <dl className="facts">
            <dt>App version</dt>
            <dd>{info.appVersion}</dd>
            <dt>Database schema version</dt>
            <dd>{info.schemaVersion ?? '—'}</dd>
            <dt>Case file format version</dt>
            <dd>{info.caseFileVersion}</dd>
            <dt>Data folder</dt>
            <dd className="mono">{info.dataDir}</dd>
            <dt>Database file</dt>
            <dd className="mono">{info.databaseFile}</dd>
            <dt>Network</dt>
            <dd>None. The app makes no network requests: no telemetry, no update checks, no remote fonts.</dd>
          </dl>
        </section>
      )}
    </section>
  );
}
