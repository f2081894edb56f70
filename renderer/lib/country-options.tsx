import { memo } from 'react';
import { COUNTRY_OPTIONS } from './countries';

/**
 * One `<option>` per country, rendered once and never again: a form re-renders on every keystroke,
 * and re-rendering some 250 options per country box made typing in a form with several of them slow.
 */
export const CountryOptions = memo(function CountryOptions() {
  return COUNTRY_OPTIONS.map(c => (
    <option key={c.code} value={c.code}>
      {c.name}
    </option>
  ));
});
