/** Plain names for the case-file paths (and calculator questions) the engine reports as missing. */
import { DE_SHORTAGE_OCCUPATION_KEY } from '../rules/points/de-opportunity-card';
import { NZ_REGISTRATION_KEY } from '../rules/points/nz-smc';
import type { Odds } from '../rules/types';
import { capital } from './format';

const PATH_LABELS: Record<string, string> = {
  'client.dateOfBirth': 'Date of birth',
  'client.citizenships': 'Citizenship',
  'client.residenceCountry': 'Country of residence',
  'client.currentStatus': 'Current immigration status',
  'client.maritalStatus': 'Marital status',
  education: 'Education',
  work: 'Work experience',
  languages: 'Language test results',
  jobOffer: 'Whether there is a job offer',
  ties: 'Family and legal ties to other countries',
  funds: 'Funds available',
  achievements: 'Achievements',
  'client.h1bHistory.capCounted': 'Whether the client was counted against the H-1B cap in the last six years',
  'client.h1bHistory.countedOn': 'When the client was counted against the H-1B cap',
  'jobOffer.usWageLevel': "The offer's US wage level (I to IV)",
  'jobOffer.employerSize': "The employer's size (or whether it is cap-exempt)",
  // Questions no case-file field answers; the calculators flag them for the attorney to check.
  [DE_SHORTAGE_OCCUPATION_KEY]: 'Whether the qualification is in a German shortage occupation (Engpassberuf)',
  [NZ_REGISTRATION_KEY]: 'New Zealand occupational registration',
};

/** `jobOffer.annualSalary` → `Job offer · annual salary`; `spouse.de.shortageOccupation` → `Spouse: whether …`. */
export function factLabel(path: string): string {
  const label = PATH_LABELS[path];
  if (label) return label;
  if (path.startsWith('spouse.') && PATH_LABELS[path.slice('spouse.'.length)]) {
    const own = PATH_LABELS[path.slice('spouse.'.length)] ?? '';
    return `Spouse: ${own.charAt(0).toLowerCase()}${own.slice(1)}`;
  }
  return capital(path.replace(/\[(\d+)\]/g, ' $1').replace(/\./g, ' · ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

/** `Needs: The offer's US wage level (I to IV).` when the odds wait on facts; empty otherwise. */
export function oddsNeeds(o: Odds): string {
  return o.kind === 'unknown' && o.missing.length ? `Needs: ${o.missing.map(factLabel).join('; ')}.` : '';
}
