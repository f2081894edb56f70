import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Matrix, type ColumnExtras } from '../../renderer/features/compare/matrix';
import { arrangeColumns } from '../../renderer/features/compare/matrix-columns';
import { rankAssessments } from '../../shared/compare/index';
import { CaseFile } from '../../shared/case-file';
import { evaluate } from '../../shared/rules/evaluate';
import { loadFixture } from '../fixtures';

const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const IDS = ['us-h1b', 'cn-k', 'ca-express-entry', 'de-opportunity-card', 'us-l1', 'gb-skilled-worker'];
const assessments = evaluate(file, IDS, { asOf: '2026-11-29' });
const ranked = rankAssessments(assessments, file.goals?.priorities);
const extras: Record<string, ColumnExtras> = Object.fromEntries(ranked.map(r => [r.programId, { rank: r }]));
const names = (ids: string[]) => ids.map(id => assessments.find(a => a.programId === id)?.programName);

/** The route names heading the columns, left to right. */
const columns = () => Array.from(document.querySelectorAll('table.matrix thead .program-name')).map(e => e.textContent);

describe('matrix view controls', () => {
  it('shows the columns in rankAssessments’ order by default, and in catalogue order on request', () => {
    render(<Matrix assessments={assessments} extras={extras} recommended={null} />);
    expect(columns()).toEqual(names(ranked.map(r => r.programId)));
    // The fixture's ranking differs from the catalogue's order, so the toggle is seen to do something.
    expect(columns()).not.toEqual(names(IDS));
    fireEvent.change(screen.getByLabelText('Order:'), { target: { value: 'catalogue' } });
    expect(columns()).toEqual(assessments.map(a => a.programName));
  });

  it('"viable routes" hides exactly the routes that are not eligible and says how many', () => {
    const ruledOut = assessments.filter(a => a.status === 'ineligible');
    expect(ruledOut.length).toBeGreaterThan(0);
    render(<Matrix assessments={assessments} extras={extras} recommended={null} />);
    fireEvent.click(screen.getByRole('radio', { name: 'viable routes' }));
    expect(columns()).toEqual(names(ranked.map(r => r.programId).filter(id => !ruledOut.some(a => a.programId === id))));
    expect(screen.getByRole('status').textContent).toContain(`${String(ruledOut.length)} not eligible`);
    fireEvent.click(screen.getByRole('radio', { name: 'all routes' }));
    expect(columns()).toHaveLength(assessments.length);
  });

  it('keeps a pinned column next to the first whatever the order, until unpinned', () => {
    render(<Matrix assessments={assessments} extras={extras} recommended={null} />);
    const last = columns().at(-1) ?? '';
    fireEvent.click(screen.getByRole('button', { name: `Pin ${last} next to the first column` }));
    expect(columns()[0]).toBe(last);
    expect(screen.getByRole('button', { name: `Unpin ${last} next to the first column` }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(screen.getByLabelText('Order:'), { target: { value: 'catalogue' } });
    expect(columns()[0]).toBe(last);
    fireEvent.click(screen.getByRole('button', { name: `Unpin ${last} next to the first column` }));
    expect(columns()).toEqual(assessments.map(a => a.programName));
  });

  it('expands a group for every route at once with a button that says whether it is open', () => {
    render(<Matrix assessments={assessments} extras={extras} recommended={null} />);
    const family = screen.getByRole('button', { name: 'Family' });
    expect(family.getAttribute('aria-expanded')).toBe('false');
    const row = Array.from(document.querySelectorAll('tr.detail-row')).find(r => r.querySelector('th')?.textContent === 'Family');
    expect(row?.hasAttribute('hidden')).toBe(true);
    fireEvent.click(family);
    expect(family.getAttribute('aria-expanded')).toBe('true');
    expect(row?.hasAttribute('hidden')).toBe(false);
    expect(within(row as HTMLElement).getAllByRole('cell')).toHaveLength(assessments.length);
    // The other groups stay closed.
    expect(screen.getByRole('button', { name: 'Language' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('marks the cells a change altered, and clears the marks at the next change', () => {
    const { rerender } = render(<Matrix assessments={assessments} extras={extras} recommended={null} />);
    expect(document.querySelectorAll('td.changed')).toHaveLength(0);
    // Filing from India brings the $100,000 payment into the H-1B employer's cost.
    const abroad = CaseFile.parse({ ...loadFixture('priya-sharma.case.json'), client: { ...file.client, residenceCountry: 'IN', currentStatus: { country: 'IN', type: 'none' } } });
    const changed = evaluate(abroad, IDS, { asOf: '2026-11-29' });
    rerender(<Matrix assessments={changed} extras={extras} recommended={null} />);
    const marked = Array.from(document.querySelectorAll<HTMLElement>('td.changed')).map(td => td.dataset.cell);
    expect(marked).toContain('Cost to the employer|us-h1b');
    expect(marked).not.toContain('Language|us-h1b');
    expect(screen.getByRole('status').textContent).toMatch(/\d+ cells? changed by the last change/);
    // The same answers again: a change that altered nothing leaves nothing marked.
    rerender(<Matrix assessments={[...changed]} extras={extras} recommended={null} />);
    expect(document.querySelectorAll('td.changed')).toHaveLength(0);
  });

  it('arranges columns without the DOM: filter, order, pin', () => {
    const rows = [
      { programId: 'a', status: 'ineligible' as const },
      { programId: 'b', status: 'eligible' as const },
      { programId: 'c', status: 'needs-info' as const },
    ];
    const ranks = new Map([['a', 3], ['b', 2], ['c', 1]]);
    const ids = (v: Parameters<typeof arrangeColumns>[2]) => arrangeColumns(rows, ranks, v).map(r => r.programId);
    expect(ids({ order: 'rank', filter: 'all', pinned: null })).toEqual(['c', 'b', 'a']);
    expect(ids({ order: 'catalogue', filter: 'all', pinned: null })).toEqual(['a', 'b', 'c']);
    expect(ids({ order: 'rank', filter: 'viable', pinned: null })).toEqual(['c', 'b']);
    expect(ids({ order: 'rank', filter: 'all', pinned: 'a' })).toEqual(['a', 'c', 'b']);
    // A pinned route the filter hides is not shown.
    expect(ids({ order: 'rank', filter: 'viable', pinned: 'a' })).toEqual(['c', 'b']);
  });
});
