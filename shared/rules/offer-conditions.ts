/**
 * Conditions on facts of the job offer that only some countries ask: a German shortage occupation,
 * registration with a professional body, and whether a UK job is paid on a national pay scale.
 * A missing offer (`jobOffer` absent) is unknown; `jobOffer: null` means there is none.
 */
import type { CaseFile, UK_PAY_SCALE_ROLES } from '../case-file';
import { HEALTH_CARE_PAY_SCALE_SOC } from '../programs/gb-tables';
import type { Verdict } from './types';

type Flag = 'shortageOccupation' | 'professionalRegistration';
type PayScaleRole = (typeof UK_PAY_SCALE_ROLES)[number];

const FLAG_TEXT: Record<Flag, { what: string; yes: string; no: string }> = {
  shortageOccupation: {
    what: 'whether the job is in a German shortage occupation (Engpassberuf)',
    yes: 'The job is in a German shortage occupation.',
    no: 'The job is not in a German shortage occupation.',
  },
  professionalRegistration: {
    what: 'registration with the professional body the job requires (e.g. the NMC for nurses)',
    yes: 'Registered with the professional body the job requires.',
    no: 'Not registered with the professional body the job requires.',
  },
};

/** A yes/no fact of the job offer. */
export function offerFlag(flag: Flag, file: CaseFile): Verdict {
  const t = FLAG_TEXT[flag];
  const offer = file.jobOffer;
  if (offer === undefined) return { status: 'unknown', reason: `Job offer not recorded (needs ${t.what}).`, missing: ['jobOffer'] };
  if (offer === null) return { status: 'not-met', reason: `No job offer, so not ${t.what}.` };
  const value = offer[flag];
  if (value == null) return { status: 'unknown', reason: `Not recorded: ${t.what}.`, missing: [`jobOffer.${flag}`] };
  return { status: value ? 'met' : 'not-met', reason: value ? t.yes : t.no };
}

const ROLE_TEXT: Record<PayScaleRole, string> = {
  'health-care': 'a health or care job on a UK national pay scale (Health and Care Worker visa)',
  education: 'an education job on a UK national pay scale',
  none: 'not on a UK national pay scale',
};
const NEED_TEXT: Record<PayScaleRole, string> = {
  'health-care': 'health or care jobs on a UK national pay scale',
  education: 'education jobs on a UK national pay scale',
  none: 'jobs not on a UK national pay scale',
};

/** Whom a list of roles covers, in words: every role but health and care reads as "other jobs". */
function needText(roles: readonly PayScaleRole[]): string {
  if (roles.length === 2 && !roles.includes('health-care')) return 'jobs other than health or care jobs on a UK national pay scale';
  return roles.map(r => NEED_TEXT[r]).join(' or ');
}

/**
 * The offer's pay-scale role: as the case file states it, or from an occupation code known to be a
 * health and care pay-scale job (SOC 2231, nurses); any other code decides nothing by itself.
 */
function roleOf(offer: NonNullable<CaseFile['jobOffer']>): PayScaleRole | null {
  if (offer.nationalPayScale != null) return offer.nationalPayScale;
  if (offer.socCode && HEALTH_CARE_PAY_SCALE_SOC.value?.includes(offer.socCode)) return 'health-care';
  return null;
}

/** Whether the UK offer's pay-scale role is one of `roles`. */
export function payScale(roles: readonly PayScaleRole[], file: CaseFile): Verdict {
  const need = needText(roles);
  const offer = file.jobOffer;
  if (offer === undefined) return { status: 'unknown', reason: `Job offer not recorded (applies to ${need}).`, missing: ['jobOffer'] };
  if (offer === null) return { status: 'not-met', reason: `No job offer (applies to ${need}).` };
  const role = roleOf(offer);
  if (role === null) {
    const code = offer.socCode ? ` (occupation code ${offer.socCode})` : '';
    return { status: 'unknown', reason: `Not recorded whether the job${code} is paid on a UK national pay scale (applies to ${need}).`, missing: ['jobOffer.nationalPayScale'] };
  }
  const from = offer.nationalPayScale == null && offer.socCode ? ` (occupation code ${offer.socCode})` : '';
  if (roles.includes(role)) return { status: 'met', reason: `The job${from} is ${ROLE_TEXT[role]}.` };
  return { status: 'not-met', reason: `The job${from} is ${ROLE_TEXT[role]} (this applies to ${need}).` };
}
