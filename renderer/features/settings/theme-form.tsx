import { useEffect, useState } from 'react';
import type { Theme } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';
import { applyTheme } from '../../lib/theme';

const CHOICES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System (follows the operating system)' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Appearance: follow the operating system's light or dark setting, or always one of them. */
export function ThemeForm() {
  const [theme, setTheme] = useState<Theme | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    advisor('settings:get-theme', {})
      .then(r => setTheme(r.theme))
      .catch((err: unknown) => setMessage(errorMessage(err)));
  }, []);
  const choose = (next: Theme) => {
    setTheme(next);
    applyTheme(next);
    advisor('settings:set-theme', { theme: next })
      .then(() => setMessage(null))
      .catch((err: unknown) => setMessage(`Not saved: ${errorMessage(err)}`));
  };
  return (
    <fieldset className="settings-section theme-form">
      <legend>Theme</legend>
      {CHOICES.map(c => (
        <label key={c.value} className="check">
          <input type="radio" name="theme" value={c.value} checked={theme === c.value} disabled={theme === null} onChange={() => choose(c.value)} /> {c.label}
        </label>
      ))}
      {message && <p role="alert" className="error">{message}</p>}
    </fieldset>
  );
}
