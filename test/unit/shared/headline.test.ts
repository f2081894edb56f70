/** Headlines never overstate: an open question for the attorney makes a route "Likely eligible". */
import { describe, expect, it } from 'vitest';
import { headline } from '../../../shared/rules/headline';
import type { GateResult } from '../../../shared/rules/types';

const gate = (status: GateResult['status'], judgement = false): GateResult => ({ id: 'g', label: 'G', sourceId: 's', reason: 'r', status, judgement });

describe('headline', () => {
  it('says "Eligible" only when nothing is left to judge', () => {
    expect(headline({ status: 'eligible', gates: [gate('met'), gate('met')] })).toEqual({ kind: 'eligible', text: 'Eligible', questions: 0 });
  });

  it('says "Likely eligible — N questions for you" with one per open judgement gate', () => {
    expect(headline({ status: 'eligible', gates: [gate('met'), gate('unknown', true)] }).text).toBe('Likely eligible — 1 question for you');
    expect(headline({ status: 'eligible', gates: [gate('unknown', true), gate('met'), gate('unknown', true)] })).toEqual({
      kind: 'likely',
      text: 'Likely eligible — 2 questions for you',
      questions: 2,
    });
  });

  it('keeps needs-information and not-eligible as they are, counting questions where facts are also missing', () => {
    expect(headline({ status: 'needs-info', gates: [gate('unknown')] }).text).toBe('Needs information');
    expect(headline({ status: 'needs-info', gates: [gate('unknown'), gate('unknown', true)] }).text).toBe('Needs information — 1 question for you');
    expect(headline({ status: 'ineligible', gates: [gate('not-met'), gate('unknown', true)] })).toEqual({ kind: 'ineligible', text: 'Not eligible', questions: 1 });
  });
});
