import { useEffect, useState } from 'react';
import { advisor, errorMessage } from '../../lib/advisor';
import { SaveStatus } from '../case/save-status';
import { useDebouncedSave } from '../../lib/use-debounced-save';
import { ErrorAlert, FieldFrame } from '../shell/field-frame';
import { fieldError, savedNow, statusWithLabels } from './settings-save';

const LABEL = 'Your name, as recorded in the audit trail';

/** The name written into the audit trail for every change made on this computer; saved as it is typed. */
export function UserNameForm() {
  const [name, setName] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    advisor('settings:get', {})
      .then(s => setName(s.userName ?? ''))
      .catch((err: unknown) => setLoadError(errorMessage(err)));
  }, []);
  const state = useDebouncedSave(name ?? '', dirty, userName => advisor('settings:set', { userName }), savedNow);
  if (name === null) return <ErrorAlert>{loadError}</ErrorAlert>;
  return (
    <section className="settings-section" aria-labelledby="user-title">
      <h2 id="user-title">Your name</h2>
      <FieldFrame id="user-name" label={LABEL} hint="e.g. Jane Doe, paralegal. Changes from now on are recorded under this name." error={fieldError(state, 'userName')}>
        {aria => (
          <input
            {...aria}
            value={name}
            maxLength={100}
            onChange={e => {
              setName(e.target.value);
              setDirty(true);
            }}
          />
        )}
      </FieldFrame>
      <SaveStatus state={statusWithLabels(state, { userName: 'Your name' })} />
    </section>
  );
}
