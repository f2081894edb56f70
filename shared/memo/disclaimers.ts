/**
 * The default notices printed at the end of every memo, one per engagement status. Firms replace
 * them with their own wording in the firm settings; these are the fallback. They describe the
 * memo's status and limits only and say nothing about the law of any country.
 */
import type { Engagement, Firm } from './types';

/** The standard wording, kept as data so the firm settings and the memo agree. */
export const DEFAULT_DISCLAIMERS: Firm['disclaimers'] = {
  preEngagement: [
    'This memo is general information prepared for an initial consultation. It is not legal advice, and it does not create an attorney-client relationship. No such relationship exists until both you and the firm have signed an engagement letter.',
    'The comparison rests on the facts you have given us so far, which we have not verified, and on published sources as of the dates shown. Immigration rules, fees and processing times change often, sometimes without notice. Figures marked as reported or unconfirmed, and facts listed as unknown, should not be relied on until they are confirmed.',
    'Please do not act, or decide not to act, on the basis of this memo without first obtaining advice on your particular circumstances. Anything you tell us before an engagement is agreed will be kept confidential, but it may not be protected by attorney-client privilege.',
  ].join('\n\n'),
  engaged: [
    'This memo is provided to our client under the terms of our engagement letter, for the matter named above only. It is confidential and may be protected by attorney-client privilege; please do not forward it to anyone else without speaking to us first.',
    'Our advice rests on the facts recorded in the case file as of the date of this memo and on published sources as of the dates shown. If any fact is wrong or changes, or if you learn of a development not mentioned here, please tell us, because our advice may change. Immigration rules, fees and processing times change often; figures marked as reported or unconfirmed, and facts listed as unknown, are open points we will confirm before any filing.',
    'This memo does not address the law of any country, or any question, beyond those set out in it, and it does not cover tax, employment or criminal-law consequences unless stated.',
  ].join('\n\n'),
};

/** The firm's notice for the engagement status, or the default one when the firm's is blank. */
export function disclaimerFor(firm: Pick<Firm, 'disclaimers'>, engagement: Engagement): string {
  const key = engagement === 'engaged' ? 'engaged' : 'preEngagement';
  const own = firm.disclaimers[key].trim();
  return own === '' ? DEFAULT_DISCLAIMERS[key] : own;
}
