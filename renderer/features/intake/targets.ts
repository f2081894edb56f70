/**
 * Where in the intake a missing fact is entered, so "Still missing" links to it: the field's own
 * control, the Add button of its list, or the question that makes the field appear (the spouse's
 * questions appear once the marital status says married or common-law).
 */
import { fieldId, getPath } from './paths';

/** Lists whose entries are added with an Add button. */
const LISTS = new Set(['education', 'work', 'languages', 'ties', 'children', 'registrations', 'spouse.education', 'spouse.work', 'spouse.languages']);

/** The control a whole list entry (`languages[0]`) is asked through. */
const ENTRY_CONTROL: Readonly<Record<string, string>> = {
  education: 'level',
  work: 'country',
  languages: 'test',
  children: 'dateOfBirth',
  registrations: 'requiredYears',
};

/** The DOM id of the control where `path` is entered, given the draft the intake shows. */
export function fieldTarget(path: string, draft: unknown): string {
  const marital = getPath(draft, 'client.maritalStatus');
  const partnered = marital === 'married' || marital === 'common-law';
  if ((path === 'spouse' || path.startsWith('spouse.')) && !partnered) return fieldId('client.maritalStatus');
  if (path === 'spouse') return fieldId('spouse.accompanying');
  if (path === 'jobOffer') return 'f-jobOffer';
  if (path === 'achievements') return fieldId('achievements.publications');
  if (path === 'client.currentStatus') return fieldId('client.currentStatus.country');
  if (LISTS.has(path)) return `${fieldId(path)}-add`;
  const entry = /^((?:spouse\.)?(\w+)\[\d+\])$/.exec(path);
  if (entry?.[1] && entry[2]) return fieldId(`${entry[1]}.${ENTRY_CONTROL[entry[2]] ?? ''}`);
  return fieldId(path);
}
