/**
 * The one-line verdict on a route, the same on screen, in the command line and in memos. A route
 * whose decidable criteria are all met but which leaves a legal standard to the attorney is only
 * "Likely eligible", with the number of those questions: a bare "Eligible" would overstate it.
 */
import type { Assessment, GateResult } from './types';

export type HeadlineKind = 'eligible' | 'likely' | 'needs-info' | 'ineligible';

export type Headline = {
  kind: HeadlineKind;
  /** "Eligible", "Likely eligible — 2 questions for you", "Needs information", "Not eligible". */
  text: string;
  /** Open questions for the attorney: criteria left to judgement. */
  questions: number;
};

/** The criteria left to the attorney: legal standards the case file cannot decide. */
export function openQuestions(a: Pick<Assessment, 'gates'>): GateResult[] {
  return a.gates.filter(g => g.judgement && g.status === 'unknown');
}

/** `1 question for you`, `3 questions for you`. */
export function questionsForYou(n: number): string {
  return `${String(n)} ${n === 1 ? 'question' : 'questions'} for you`;
}

/** The headline of an assessment. Unknown facts give "Needs information", never a yes or a no. */
export function headline(a: Pick<Assessment, 'status' | 'gates'>): Headline {
  const questions = openQuestions(a).length;
  const asked = questions ? ` — ${questionsForYou(questions)}` : '';
  switch (a.status) {
    case 'eligible':
      return questions ? { kind: 'likely', text: `Likely eligible${asked}`, questions } : { kind: 'eligible', text: 'Eligible', questions };
    case 'needs-info':
      return { kind: 'needs-info', text: `Needs information${asked}`, questions };
    case 'ineligible':
      return { kind: 'ineligible', text: 'Not eligible', questions };
  }
}
