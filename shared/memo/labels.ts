/** Plain names for the case-file paths (and calculator questions) the engine reports as missing. */
import { DE_SHORTAGE_OCCUPATION_KEY } from '../rules/points/de-opportunity-card';
import { NZ_REGISTRATION_KEY } from '../rules/points/nz-smc';
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
  // Questions no case-file field answers; the calculators flag them for the attorney to check.
  [DE_SHORTAGE_OCCUPATION_KEY]: 'Whether the qualification is in a German shortage occupation (Engpassberuf)',
  [NZ_REGISTRATION_KEY]: 'New Zealand occupational registration',
  // Job-offer facts only some countries ask (issue 13).
  'jobOffer.shortageOccupation': 'Job offer: whether it is in a German shortage occupation (Engpassberuf)',
  'jobOffer.socCode': 'Job offer: UK occupation code (SOC 2020)',
  'jobOffer.nationalPayScale': 'Job offer: whether it is a UK national pay scale job (health and care, or education)',
  'jobOffer.professionalRegistration': 'Job offer: registration with the professional body the job needs (e.g. the NMC for nurses)',
};

/** Plain names of fields inside a list entry, for paths such as `education[0].credentialAssessed`. */
const ENTRY_FIELDS: Record<string, string> = {
  credentialAssessed: 'credential assessment on file (ECA for Canada, ZAB statement for Germany)',
  germanRecognition: 'German recognition notice (full or partial equivalence, or none)',
  taughtInEnglish: 'whether it was taught in English',
  testDate: 'test date',
  ukSelt: 'whether it was taken as IELTS for UKVI',
};
const LISTS: Record<string, string> = { education: 'Education', work: 'Job', languages: 'Language result' };
const ENTRY_PATH = /^(spouse\.)?(education|work|languages)\[(\d+)\]\.(\w+)$/;

/** `jobOffer.annualSalary` → `Job offer · annual salary`; `spouse.de.shortageOccupation` → `Spouse: whether …`. */
export function factLabel(path: string): string {
  const label = PATH_LABELS[path];
  if (label) return label;
  const entry = ENTRY_PATH.exec(path);
  const field = entry?.[4] ? ENTRY_FIELDS[entry[4]] : undefined;
  if (entry && field) {
    return `${entry[1] ? 'Spouse: ' : ''}${LISTS[entry[2] ?? ''] ?? ''} ${String(Number(entry[3]) + 1)}: ${field}`;
  }
  if (path.startsWith('spouse.') && PATH_LABELS[path.slice('spouse.'.length)]) {
    const own = PATH_LABELS[path.slice('spouse.'.length)] ?? '';
    return `Spouse: ${own.charAt(0).toLowerCase()}${own.slice(1)}`;
  }
  return capital(path.replace(/\[(\d+)\]/g, ' $1').replace(/\./g, ' · ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}
