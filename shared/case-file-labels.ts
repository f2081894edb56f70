/**
 * How each coded answer in the case file reads, as the intake offers it and the audit trail reports
 * it: one table per choice, so the form and the trail always use the same words.
 */
import type { EDUCATION_LEVELS, EMPLOYER_SIZES, GERMAN_RECOGNITION, MARITAL_STATUSES, OPT_KINDS, PRIORITIES, TIE_KINDS, UK_PAY_SCALE_ROLES } from './case-file';

export const LEVEL_LABELS: Record<(typeof EDUCATION_LEVELS)[number], string> = {
  none: 'None',
  secondary: 'Secondary school',
  'diploma-1yr': 'One-year diploma',
  'diploma-2yr': 'Two-year diploma',
  bachelor: "Bachelor's (3+ years)",
  'two-or-more': "Two or more credentials (one a bachelor's)",
  master: "Master's",
  professional: 'Professional degree (medicine, law…)',
  doctorate: 'Doctorate',
};

export const RECOGNITION_LABELS: Record<(typeof GERMAN_RECOGNITION)[number], string> = {
  full: 'Full equivalence (recognised in Germany)',
  partial: 'Partial equivalence (Defizitbescheid: adaptation measures needed)',
  none: 'None (no notice from a German recognition body)',
};

export const MARITAL_LABELS: Record<(typeof MARITAL_STATUSES)[number], string> = {
  single: 'Single',
  married: 'Married',
  'common-law': 'Common-law partner',
  divorced: 'Divorced',
  widowed: 'Widowed',
  separated: 'Separated',
};

export const EMPLOYER_SIZE_LABELS: Record<(typeof EMPLOYER_SIZES)[number], string> = {
  small: 'Small (25 or fewer FTE)',
  large: 'Large (more than 25 FTE)',
  nonprofit: 'Nonprofit',
  'cap-exempt': 'Cap-exempt (US university or research)',
};

export const PAY_SCALE_LABELS: Record<(typeof UK_PAY_SCALE_ROLES)[number], string> = {
  'health-care': 'Health or care job (Health and Care Worker visa)',
  education: 'Education job',
  none: 'Neither',
};

export const TIE_LABELS: Record<(typeof TIE_KINDS)[number], string> = {
  sibling: 'Sibling lives there',
  parent: 'Parent lives there',
  child: 'Child lives there',
  'spouse-citizen': 'Spouse is a citizen',
  'provincial-nomination': 'Provincial nomination',
  'trade-certificate': 'Trade certificate',
  'prior-study': 'Studied there before',
  'prior-stay-6-months': 'Stayed 6+ months before',
};

export const PRIORITY_LABELS: Record<(typeof PRIORITIES)[number], string> = {
  speed: 'Speed',
  'permanent-residence': 'Permanent residence',
  family: 'Family',
  cost: 'Cost',
};

export const OPT_KIND_LABELS: Record<(typeof OPT_KINDS)[number], string> = {
  'post-completion': 'Post-completion OPT',
  stem: 'STEM OPT extension',
};
