import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../shared/case-file';
import { PROGRAM_IDS } from '../../../shared/programs/index';
import { evaluate } from '../../../shared/rules/evaluate';
import { CALCULATORS } from '../../../shared/rules/points/index';
import { caseFileArb } from './arbitrary-case';

const AS_OF = '2026-11-29';
// 150 or 200 random case files through the whole engine: the time is throughput, about 1 s on an idle
// machine and several times that on a loaded one, so vitest's default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

describe('engine properties (fast-check)', () => {
  it('evaluate never throws on a schema-valid case file, for all 24 programmes and every assumption', () => {
    fc.assert(
      fc.property(caseFileArb, fc.constantFrom('applies', 'vacated', 'unclear'), fc.constantFrom('weighted', 'random'), (file, payment, lottery) => {
        const results = evaluate(file, PROGRAM_IDS, { asOf: AS_OF, assumptions: { 'us-h1b-100k-payment': payment, 'us-h1b-weighted-selection': lottery } });
        expect(results).toHaveLength(PROGRAM_IDS.length);
        for (const a of results) {
          expect(['eligible', 'ineligible', 'needs-info']).toContain(a.status);
          if (a.odds.kind === 'probability') expect(a.odds.probability).toBeGreaterThanOrEqual(0);
          if (a.odds.kind === 'probability') expect(a.odds.probability).toBeLessThanOrEqual(1);
          // An odds state that waits on facts names them; a lottery route is never "no lottery".
          if (a.odds.kind === 'unknown') expect(a.odds.reason).not.toBe('');
          if (a.programId === 'us-h1b') expect(a.odds.kind).not.toBe('none');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('points never exceed their maxima, never go negative, and add up', () => {
    fc.assert(
      fc.property(caseFileArb, file => {
        for (const [id, calc] of Object.entries(CALCULATORS)) {
          const r = calc(file, AS_OF);
          for (const line of r.breakdown) {
            expect(line.points, `${id} ${line.factor}`).toBeGreaterThanOrEqual(0);
            expect(line.points, `${id} ${line.factor}`).toBeLessThanOrEqual(line.max);
          }
          expect(r.total).toBe(r.breakdown.reduce((s, l) => s + l.points, 0));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('points never fall when a language score rises', () => {
    const raised = (file: CaseFile, index: number, skill: 'listening' | 'reading' | 'writing' | 'speaking'): CaseFile | null => {
      const l = file.languages?.[index];
      if (!l?.test || l[skill] == null) return null;
      const step = l.test.startsWith('IELTS') ? 0.5 : 1;
      const oldTef = (l.testDate ?? '') < '2023-12-11';
      const tef = !oldTef ? 699 : skill === 'reading' ? 300 : skill === 'listening' ? 360 : 450;
      const caps: Record<string, number> = { 'IELTS-GT': 9, 'IELTS-A': 9, 'CELPIP-G': 12, 'PTE-Core': 90, TEF: tef, TCF: skill === 'writing' || skill === 'speaking' ? 20 : 699 };
      const cap = caps[l.test];
      if (cap === undefined || (l[skill] ?? 0) + step > cap) return null;
      const languages = file.languages?.map((x, i) => (i === index ? { ...x, [skill]: (x[skill] ?? 0) + step } : x)) ?? null;
      return { ...file, languages };
    };
    fc.assert(
      fc.property(caseFileArb, fc.nat(2), fc.constantFrom('listening', 'reading', 'writing', 'speaking' as const), (file, index, skill) => {
        const better = raised(file, index, skill);
        if (better === null) return; // no score to raise in this file
        for (const [id, calc] of Object.entries(CALCULATORS)) {
          expect(calc(better, AS_OF).total, id).toBeGreaterThanOrEqual(calc(file, AS_OF).total);
        }
      }),
      { numRuns: 300 },
    );
  });
});
