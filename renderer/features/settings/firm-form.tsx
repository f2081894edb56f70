import { useEffect, useState } from 'react';
import type { FirmSettings } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';

/** The firm's letterhead and memo defaults: name, address, attorney, bar admission, logo, paper, disclaimers. */
export function FirmForm() {
  const [firm, setFirm] = useState<FirmSettings | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    advisor('firm:get', {})
      .then(setFirm)
      .catch((err: unknown) => setMessage(errorMessage(err)));
  }, []);
  if (!firm) return message ? <p className="error" role="alert">{message}</p> : null;

  const field = (key: 'name' | 'attorneyName' | 'barAdmission', label: string) => (
    <div className="field">
      <label htmlFor={`firm-${key}`}>{label}</label>
      <input id={`firm-${key}`} value={firm[key]} onChange={e => setFirm({ ...firm, [key]: e.target.value })} />
    </div>
  );
  const save = () => {
    advisor('firm:set', { name: firm.name, address: firm.address, attorneyName: firm.attorneyName, barAdmission: firm.barAdmission, paper: firm.paper, disclaimers: firm.disclaimers })
      .then(f => {
        setFirm(f);
        setMessage('Firm details saved. New memos use them; existing memos keep the details they were written with.');
      })
      .catch((err: unknown) => setMessage(errorMessage(err)));
  };
  // Only the logo is taken from the answer: the other fields may hold edits not saved yet.
  const logo = (method: 'firm:choose-logo' | 'firm:clear-logo') =>
    advisor(method, {})
      .then(r => 'cancelled' in r || setFirm(f => (f ? { ...f, logo: r.logo } : r)))
      .catch((err: unknown) => setMessage(errorMessage(err)));

  return (
    <form
      className="form firm-form"
      aria-labelledby="firm-title"
      onSubmit={e => {
        e.preventDefault();
        save();
      }}
    >
      <h2 id="firm-title">Firm details for memos</h2>
      <fieldset>
        <legend>Letterhead</legend>
        {field('name', 'Firm name')}
        {field('attorneyName', 'Attorney')}
        {field('barAdmission', 'Bar admission')}
        <div className="field">
          <label htmlFor="firm-paper">Paper size</label>
          <select id="firm-paper" value={firm.paper} onChange={e => setFirm({ ...firm, paper: e.target.value as FirmSettings['paper'] })}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </div>
        <div className="field wide">
          <label htmlFor="firm-address">Address</label>
          <textarea id="firm-address" rows={3} value={firm.address} onChange={e => setFirm({ ...firm, address: e.target.value })} />
        </div>
        <div className="field wide logo-field">
          <span className="label">Logo</span>
          {firm.logo ? <img src={`data:image/${firm.logo.type};base64,${firm.logo.bytes}`} alt="The firm’s logo" className="logo-preview" /> : <span className="muted">No logo</span>}
          <span className="actions">
            <button type="button" onClick={() => void logo('firm:choose-logo')}>
              Choose PNG or JPEG…
            </button>
            {firm.logo && (
              <button type="button" onClick={() => void logo('firm:clear-logo')}>
                Remove logo
              </button>
            )}
          </span>
        </div>
      </fieldset>
      <fieldset>
        <legend>Disclaimers</legend>
        <div className="field wide">
          <label htmlFor="firm-pre">Before engagement</label>
          <textarea id="firm-pre" rows={4} value={firm.disclaimers.preEngagement} onChange={e => setFirm({ ...firm, disclaimers: { ...firm.disclaimers, preEngagement: e.target.value } })} />
        </div>
        <div className="field wide">
          <label htmlFor="firm-engaged">Once engaged</label>
          <textarea id="firm-engaged" rows={4} value={firm.disclaimers.engaged} onChange={e => setFirm({ ...firm, disclaimers: { ...firm.disclaimers, engaged: e.target.value } })} />
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          Save firm details
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
