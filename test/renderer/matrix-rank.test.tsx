// The Rank row's cell: the rank with its mark, the fit only where it agrees with the rank, the
// reasons in words, and an assumption that cannot change the route saying why.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Matrix, type ColumnExtras } from '../../renderer/features/compare/matrix';
import { CaseFile } from '../../shared/case-file';
import { rankAssessments } from '../../shared/compare/index';
import { assumptionEffects } from '../../shared/rules/assumption-effects';
import { evaluate } from '../../shared/rules/evaluate';
import { loadFixture } from '../fixtures';

const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const options = { asOf: '2026-11-29' };

function extrasFor(ids: string[]) {
  const assessments = evaluate(file, ids, options);
  const extras: Record<string, ColumnExtras> = {};
  for (const r of rankAssessments(assessments, file.goals?.priorities)) extras[r.programId] = { rank: r };
  for (const [id, effects] of Object.entries(assumptionEffects(file, assessments, options))) (extras[id] ??= {}).assumptions = effects;
  return { assessments, extras };
}

const rankCells = () => Array.from(screen.getByRole('rowheader', { name: 'Rank for this client' }).closest('tr')?.querySelectorAll('td') ?? []);

describe('the Rank row', () => {
  it('shows the mark, hides a fit that disagrees with the rank, and says why the $100,000 payment does not apply', () => {
    const { assessments, extras } = extrasFor(['us-h1b', 'us-o1a', 'us-l1', 'cn-k']);
    render(<Matrix assessments={assessments} extras={extras} recommended={null} />);
    const text = rankCells().map(td => td.querySelector('summary')?.textContent);
    // Columns come in rank order: each is matched to its route by the name in its header.
    const headers = screen.getAllByRole('columnheader').slice(1).map(th => th.textContent);
    const idOfColumn = headers.map(h => assessments.find(a => h.includes(a.programName))?.programId ?? '');
    const byId = Object.fromEntries(idOfColumn.map((id, i) => [id, text[i]]));
    expect(byId['us-l1']).toBe('#4 · not eligible');
    expect(byId['cn-k']).toBe('#3 · figures mostly unknown');
    // The L-1 outscores the routes above it, so no fit is shown anywhere it would contradict the order.
    for (const [id, summary] of Object.entries(byId)) {
      const r = extras[id]?.rank;
      expect(summary?.includes('fit '), id).toBe(r?.scoreMatchesRank === true);
    }
    const cellOf = (id: string) => rankCells()[idOfColumn.indexOf(id)];
    expect(cellOf('us-h1b')?.querySelector('.assumption-idle')?.textContent).toBe(
      'The $100,000 payment does not apply: change of status or extension inside the US',
    );
    expect(cellOf('cn-k')?.querySelector('.assumption-idle')).toBeNull();
    expect(cellOf('us-h1b')?.textContent).toContain("Speed, the client's 1st priority (40 of 100), gave");
  });

  it('shows the fit beside the rank when it agrees with it', () => {
    const { assessments, extras } = extrasFor(['us-o1a', 'us-eb1a']);
    render(<Matrix assessments={assessments} extras={extras} recommended={null} />);
    for (const td of rankCells()) expect(td.querySelector('summary')?.textContent).toMatch(/^#\d · fit \d+ of 100$/);
  });
});
