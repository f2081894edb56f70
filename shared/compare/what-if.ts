/**
 * What-ifs: changes to a copy of the client's facts, and one change to who pays, for exploring
 * options in a consultation. The saved case file is never touched; a saved comparison records the
 * changes it used.
 */
import type { CaseFile } from '../case-file';
import { educationRank, highestEducation } from '../rules/facts';
import type { Assessment } from '../rules/types';

export type WhatIf = {
  /** +1 band on every IELTS skill (to 9 at most), +1 level on every CELPIP skill (to 12). */
  languagePlusOne?: boolean | undefined;
  /** The client completes a master's degree (STEM if their best degree is). */
  completesMasters?: boolean | undefined;
  /** The offer's US wage level (1-4). */
  wageLevel?: 1 | 2 | 3 | 4 | undefined;
  /** The client files from their country of citizenship instead of inside their current country. */
  filesFromAbroad?: boolean | undefined;
  /** The employer covers every fee the client would pay. */
  employerPays?: boolean | undefined;
};

/** Plain sentences for what is switched on, for the screen and the saved comparison. */
export function describeWhatIf(w: WhatIf): string[] {
  return [
    w.languagePlusOne ? 'Language: one band higher on every IELTS/CELPIP skill' : '',
    w.completesMasters ? "Education: completes a master's degree" : '',
    w.wageLevel ? `Job offer at US wage level ${['I', 'II', 'III', 'IV'][w.wageLevel - 1] ?? ''}` : '',
    w.filesFromAbroad ? 'Files from the country of citizenship' : '',
    w.employerPays ? "Employer covers the client's fees" : '',
  ].filter(Boolean);
}

/** A copy of the case file with the fact-changing what-ifs applied. */
export function applyWhatIf(file: CaseFile, w: WhatIf, asOf: string): CaseFile {
  // A deep copy through JSON: a case file is plain JSON by definition.
  let next = JSON.parse(JSON.stringify(file)) as CaseFile;
  if (w.languagePlusOne && next.languages) {
    next = {
      ...next,
      languages: next.languages.map(l => {
        const step = l.test === 'IELTS-GT' || l.test === 'IELTS-A' ? { by: 1, max: 9 } : l.test === 'CELPIP-G' ? { by: 1, max: 12 } : null;
        if (!step) return l;
        const up = (v: number | null | undefined) => (v == null ? v : Math.min(step.max, v + step.by));
        return { ...l, listening: up(l.listening), reading: up(l.reading), writing: up(l.writing), speaking: up(l.speaking) };
      }),
    };
  }
  if (w.completesMasters) {
    const highest = highestEducation(next, asOf);
    if (highest === null || educationRank(highest) < educationRank('master')) {
      const stem = (next.education ?? []).some(e => e.stem === true) ? true : null;
      next = { ...next, education: [...(next.education ?? []), { level: 'master', completed: asOf.slice(0, 7), stem, field: 'What-if', institution: null }] };
    }
  }
  if (w.wageLevel && next.jobOffer) next = { ...next, jobOffer: { ...next.jobOffer, usWageLevel: w.wageLevel } };
  if (w.filesFromAbroad) {
    const home = next.client.citizenships?.[0];
    if (home) next = { ...next, client: { ...next.client, residenceCountry: home, currentStatus: { country: home, type: 'none' } } };
  }
  return next;
}

/** Moves every cost the client would pay to the employer, when that what-if is on. */
export function applyPayerWhatIf(assessments: Assessment[], w: WhatIf): Assessment[] {
  if (!w.employerPays) return assessments;
  return assessments.map(a => {
    const items = a.costs.items.map(i => ({ ...i, payer: 'employer' as const }));
    const unknown = a.costs.unknown.map(u => ({ ...u, payer: 'employer' as const }));
    const conditional = a.costs.conditional.map(c => ({ ...c, payer: 'employer' as const }));
    const employer = { amount: a.costs.totals.employer.amount + a.costs.totals.applicant.amount, currency: a.costs.currency };
    return { ...a, costs: { ...a.costs, items, unknown, conditional, totals: { applicant: { amount: 0, currency: a.costs.currency }, employer } } };
  });
}
