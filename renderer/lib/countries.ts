import { COUNTRY_CODES } from '../../shared/countries';

const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English name of an ISO country code, falling back to the code itself. */
export function countryName(code: string): string {
  return names.of(code) ?? code;
}

/** Every country as `{ code, name }`, sorted by name, for select boxes. */
export const COUNTRY_OPTIONS: readonly { code: string; name: string }[] = COUNTRY_CODES.map(code => ({
  code,
  name: countryName(code),
})).sort((a, b) => a.name.localeCompare(b.name));
