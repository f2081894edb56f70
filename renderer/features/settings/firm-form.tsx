import { useEffect, useState } from 'react';
import type { FirmSettings } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { SaveStatus } from '../case/save-status';
import { useDebouncedSave } from '../../lib/use-debounced-save';
import { ErrorAlert, FieldFrame } from '../shell/field-frame';
import { fieldError, savedNow, statusWithLabels } from './settings-save';

type Editable = Omit<FirmSettings, 'logo'>;

/** Each field's words, for its label and for a message about it. */
const LABELS: Readonly<Record<string, string>> = {
  name: 'Firm name',
  attorneyName: 'Attorney',
  barAdmission: 'Bar admission',
  paper: 'Paper size',
  address: 'Address',
  'disclaimers.preEngagement': 'Disclaimer before engagement',
  'disclaimers.engaged': 'Disclaimer once engaged',
};

/**
 * The firm's letterhead and memo defaults: name, address, attorney, bar admission, logo, paper,
 * disclaimers. Saved after a pause in typing, as the intake is; the logo is chosen with a button.
 */
export function FirmForm() {
  const [firm, setFirm] = useState<Editable | null>(null);
  const [logo, setLogo] = useState<FirmSettings['logo']>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    advisor('firm:get', {})
      .then(({ logo: l, ...rest }) => {
        setFirm(rest);
        setLogo(l);
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);
  const state = useDebouncedSave(firm, dirty && firm !== null, f => advisor('firm:set', f as Editable), savedNow);
  if (!firm) return <ErrorAlert>{error}</ErrorAlert>;

  const edit = (next: Editable) => {
    setFirm(next);
    setDirty(true);
  };
  const text = (key: 'name' | 'attorneyName' | 'barAdmission', max: number) => (
    <FieldFrame id={`firm-${key}`} label={LABELS[key] ?? key} error={fieldError(state, key)}>
      {aria => <input {...aria} value={firm[key]} maxLength={max} onChange={e => edit({ ...firm, [key]: e.target.value })} />}
    </FieldFrame>
  );
  const disclaimer = (key: 'preEngagement' | 'engaged', id: string, label: string) => (
    <FieldFrame id={id} label={label} wide error={fieldError(state, `disclaimers.${key}`)}>
      {aria => <textarea {...aria} rows={4} maxLength={20_000} value={firm.disclaimers[key]} onChange={e => edit({ ...firm, disclaimers: { ...firm.disclaimers, [key]: e.target.value } })} />}
    </FieldFrame>
  );
  // The logo is stored by its own request; only the logo is taken from the answer.
  const changeLogo = (method: 'firm:choose-logo' | 'firm:clear-logo') =>
    advisor(method, {})
      .then(r => 'cancelled' in r || setLogo(r.logo))
      .catch((err: unknown) => setError(errorMessage(err)));

  return (
    <section className="settings-section firm-form" aria-labelledby="firm-title">
      <h2 id="firm-title">Firm details for memos</h2>
      <p className="hint">New memos use these details; existing memos keep the details they were written with.</p>
      <form className="form" noValidate onSubmit={e => e.preventDefault()} aria-labelledby="firm-title">
        <fieldset>
          <legend>Letterhead</legend>
          {text('name', 200)}
          {text('attorneyName', 200)}
          {text('barAdmission', 300)}
          <FieldFrame id="firm-paper" label="Paper size" error={fieldError(state, 'paper')}>
            {aria => (
              <select {...aria} value={firm.paper} onChange={e => edit({ ...firm, paper: e.target.value as FirmSettings['paper'] })}>
                <option value="a4">A4</option>
                <option value="letter">US Letter</option>
              </select>
            )}
          </FieldFrame>
          <FieldFrame id="firm-address" label="Address" wide error={fieldError(state, 'address')}>
            {aria => <textarea {...aria} rows={3} maxLength={1000} value={firm.address} onChange={e => edit({ ...firm, address: e.target.value })} />}
          </FieldFrame>
          <div className="field wide logo-field">
            <span className="label">Logo</span>
            {logo ? <img src={`data:image/${logo.type};base64,${logo.bytes}`} alt="The firm’s logo" className="logo-preview" /> : <span className="muted">No logo</span>}
            <span className="actions">
              <button type="button" onClick={() => void changeLogo('firm:choose-logo')}>
                Choose PNG or JPEG…
              </button>
              {logo && (
                <button type="button" onClick={() => void changeLogo('firm:clear-logo')}>
                  Remove logo
                </button>
              )}
            </span>
          </div>
        </fieldset>
        <fieldset>
          <legend>Disclaimers</legend>
          {disclaimer('preEngagement', 'firm-pre', 'Before engagement')}
          {disclaimer('engaged', 'firm-engaged', 'Once engaged')}
        </fieldset>
      </form>
      <SaveStatus state={statusWithLabels(state, LABELS)} />
      <ErrorAlert>{error}</ErrorAlert>
    </section>
  );
}
