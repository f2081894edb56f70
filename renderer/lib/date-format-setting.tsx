import { useState } from 'react';
import { DATE_FORMAT_LABELS, DATE_FORMATS, setDateFormat, useDateFormat } from './date-format';

/**
 * Settings: how dates are shown and typed across the app. Kept on this computer at once, as the
 * intake saves; dates written YYYY-MM-DD are accepted whichever is chosen.
 */
export function DateFormatSetting() {
  const format = useDateFormat();
  const [saved, setSaved] = useState(false);
  return (
    <fieldset className="form settings-form date-format-setting">
      <legend>Dates</legend>
      <p className="hint">How dates are shown and typed. A date typed as YYYY-MM-DD (2026-12-03) is always understood.</p>
      {DATE_FORMATS.map(f => (
        <label key={f} className="check">
          <input
            type="radio"
            name="date-format"
            value={f}
            checked={format === f}
            onChange={() => {
              setDateFormat(f);
              setSaved(true);
            }}
          />
          {DATE_FORMAT_LABELS[f]}
        </label>
      ))}
      <p role="status" className="hint">
        {saved ? 'Saved on this computer.' : ''}
      </p>
    </fieldset>
  );
}
