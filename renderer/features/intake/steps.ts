/**
 * The intake's steps, and which step each field is on: so the rail can count a step's missing facts
 * and problems, and a link from "Still missing" or from the error summary can open the right step
 * before it moves focus to the field.
 */
import { fieldId } from './paths';

export const STEPS = [
  ['client', 'Client'],
  ['status', 'Status'],
  ['family', 'Family'],
  ['education', 'Education'],
  ['work', 'Work'],
  ['languages', 'Languages'],
  ['offer', 'Job offer'],
  ['achievements', 'Achievements'],
  ['ties', 'Ties'],
  ['goals', 'Goals'],
  ['notes', 'Notes'],
] as const;
export type StepId = (typeof STEPS)[number][0];

/** The first part of a control's id (after `f-`) → its step; longer prefixes first. */
const BY_PREFIX: readonly [string, StepId][] = [
  ['client-currentStatus', 'status'],
  ['client-h1bHistory', 'status'],
  ['client', 'client'],
  ['spouse', 'family'],
  ['children', 'family'],
  ['education', 'education'],
  ['work', 'work'],
  ['registrations', 'work'],
  ['languages', 'languages'],
  ['jobOffer', 'offer'],
  ['achievements', 'achievements'],
  ['ties', 'ties'],
  ['goals', 'goals'],
  ['funds', 'goals'],
  ['notes', 'notes'],
];

/** The step holding the control with DOM id `id` (`f-education-1-level` → education). */
export function stepOfTarget(id: string): StepId {
  const rest = id.replace(/^f-/, '');
  return BY_PREFIX.find(([prefix]) => rest === prefix || rest.startsWith(`${prefix}-`))?.[1] ?? 'client';
}

/** The step where the fact at case-file `path` is entered. */
export function stepOfPath(path: string): StepId {
  return stepOfTarget(fieldId(path.replace(/^caseFile\./, '')));
}

const GO_TO = 'advisor:intake-go-to';

/** Asks the intake on screen to open the step holding control `id` and focus it. */
export function goToField(id: string): void {
  window.dispatchEvent(new CustomEvent(GO_TO, { detail: id }));
}

/** Listens for goToField; returns the unsubscribe. */
export function onGoToField(listener: (id: string) => void): () => void {
  const handler = (e: Event) => listener(String((e as CustomEvent).detail));
  window.addEventListener(GO_TO, handler);
  return () => window.removeEventListener(GO_TO, handler);
}

/**
 * The control for `id`, or for the nearest enclosing path when `id` names a part the form asks as one
 * (`f-client-citizenships-1` → the citizenships box, `f-goals-budget-amount` → the budget).
 */
export function findControl(id: string): HTMLElement | null {
  for (let cur = id; cur.includes('-'); cur = cur.slice(0, cur.lastIndexOf('-'))) {
    const el = document.getElementById(cur);
    if (el) return el;
  }
  return null;
}
