import { expect } from 'vitest';
import type { PointsResult } from '../../../../shared/rules/types';

/** The points of the first breakdown line whose factor starts with `prefix`. */
export const pointsOf = (r: PointsResult, prefix: string) => r.breakdown.find(l => l.factor.startsWith(prefix))?.points;

/** Every line within 0..max, the maxima adding up to the table's stated total, and total = sum of lines. */
export function expectConsistent(r: PointsResult, tableMaximum: number): void {
  for (const l of r.breakdown) {
    expect(l.points, l.factor).toBeGreaterThanOrEqual(0);
    expect(l.points, l.factor).toBeLessThanOrEqual(l.max);
  }
  expect(r.breakdown.reduce((s, l) => s + l.max, 0)).toBe(tableMaximum);
  expect(r.total).toBe(r.breakdown.reduce((s, l) => s + l.points, 0));
}
