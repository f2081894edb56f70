import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../renderer/features/compare/matrix';
import { CaseFile } from '../../shared/case-file';
import { evaluate } from '../../shared/rules/evaluate';
import { headline } from '../../shared/rules/headline';
import { loadFixture } from '../fixtures';

const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const assessments = evaluate(file, ['us-h1b', 'cn-k', 'ca-express-entry', 'de-opportunity-card'], { asOf: '2026-11-29' });

describe('comparison matrix', () => {
  it('is a real table: programmes as column headers, questions as row headers', () => {
    render(<Matrix assessments={assessments} extras={{}} recommended="ca-express-entry" />);
    const table = screen.getByRole('table', { name: 'Programmes compared side by side' });
    // The first column header is the corner above the questions.
    const columns = within(table).getAllByRole('columnheader').slice(1).map(h => h.textContent);
    expect(columns[0]).toMatch(/^H-1B specialty occupationUnited States/);
    expect(columns[2]).toMatch(/Recommended$/);
    // The matrix's own row headers (the points breakdown inside a cell is a nested table).
    // Summary rows first, then each group's expander and its rows.
    const rows = Array.from(table.querySelectorAll(':scope > tbody > tr > th')).map(h => h.textContent);
    expect(rows).toEqual([
      'Status', 'Rank for this client', 'Cost to the client', 'Cost to the employer', 'Time to work', 'Time to permanent residence', 'Odds of selection',
      '▸ Criteria and points', 'Criteria', 'Points', '▸ Family', 'Family', '▸ Language', 'Language', '▸ Employer tie', 'Employer tie', '▸ Key risks', 'Key risks',
    ]);
  });

  it('shows each figure’s source on keyboard focus and marks facts resting on weaker sources', () => {
    render(<Matrix assessments={assessments} extras={{}} recommended={null} />);
    const sourced = document.querySelectorAll<HTMLElement>('.sourced');
    expect(sourced.length).toBeGreaterThan(20);
    for (const el of Array.from(sourced)) {
      expect(el.tabIndex).toBe(0);
      const tip = document.getElementById(el.getAttribute('aria-describedby') ?? '');
      expect(tip?.getAttribute('role')).toBe('tooltip');
      expect(tip?.textContent).toMatch(/as of \d{4}-\d{2}-\d{2} · (confirmed|reported|unconfirmed)/);
    }
    expect(document.querySelectorAll('.confidence-mark.reported, .confidence-mark.unconfirmed').length).toBeGreaterThan(0);
  });

  it('heads each route with the shared headline: open questions make it "Likely eligible", never a bare "Eligible"', () => {
    render(<Matrix assessments={assessments} extras={{}} recommended={null} />);
    const row = screen.getByRole('rowheader', { name: 'Status' }).closest('tr');
    const cells = Array.from(row?.querySelectorAll('td') ?? []).map(td => td.textContent);
    expect(cells).toEqual(assessments.map(a => headline(a).text));
    // The H-1B leaves the specialty-occupation standard to the attorney.
    expect(cells[0]).toBe('Likely eligible — 1 question for you');
    expect(cells).not.toContain('Eligible');
  });

  it('marks criteria for the attorney’s judgement and unknown client facts, and K-visa unknowns stay unknown', () => {
    render(<Matrix assessments={assessments} extras={{}} recommended={null} />);
    expect(screen.getAllByText('For the attorney to judge:').length).toBeGreaterThan(0);
    const kVisaColumn = 1;
    const timeRow = screen.getByRole('rowheader', { name: 'Time to work' }).closest('tr');
    expect(Array.from(timeRow?.querySelectorAll('td') ?? [])[kVisaColumn]?.textContent).toBe('unknown');
  });

  it('shows Express Entry below recent cut-offs as eligible with its standing, and no months counted from an invitation', () => {
    const assessed = structuredClone(file);
    for (const e of [...(assessed.education ?? []), ...(assessed.spouse?.education ?? [])]) e.credentialAssessed = true;
    const [ee] = evaluate(assessed, ['ca-express-entry'], { asOf: '2026-11-29' });
    if (!ee) throw new Error('no assessment');
    render(<Matrix assessments={[ee]} extras={{}} recommended={null} />);
    expect(screen.getByText(/^In the pool, below recent cut-offs: 456 vs 508 .*no recent round was open to this profile\./)).toBeTruthy();
    const timeRow = screen.getByRole('rowheader', { name: 'Time to work' }).closest('tr');
    expect(timeRow?.querySelector('td .unknown')?.textContent).toBe('no invitation expected at recent cut-offs');
    // Its source is the rounds of invitations, not the processing standard counted from an invitation.
    expect(timeRow?.querySelector('td')?.textContent).not.toMatch(/6-month/);
  });

  it('says beside the client’s cost why a fee is not charged (no German visa for a US citizen, § 41 AufenthV)', () => {
    const american = { ...file, client: { ...file.client, citizenships: ['US'] } };
    const [bc] = evaluate(american, ['de-blue-card'], { asOf: '2026-11-29' });
    if (!bc) throw new Error('no assessment');
    render(<Matrix assessments={[bc]} extras={{}} recommended={null} />);
    expect(screen.getByText(/^No national visa fee: .*\(§ 41\(1\) AufenthV\)\.$/)).toBeTruthy();
  });

  it('writes the odds in their state: a figure, no lottery, unknown naming the fact; never "no lottery" for an H-1B it cannot compute', () => {
    const cells = (list: typeof assessments) => {
      const { unmount } = render(<Matrix assessments={list} extras={{}} recommended={null} />);
      const row = screen.getByRole('rowheader', { name: 'Odds of selection' }).closest('tr');
      const out = Array.from(row?.querySelectorAll('td summary') ?? []).map(s => s.textContent);
      const needs = Array.from(row?.querySelectorAll('td .needs') ?? []).map(s => s.textContent);
      unmount();
      return { out, needs };
    };
    // DHS's modelled FY2027 odds at wage level II: 30.58%; the K visa and Express Entry have no lottery.
    expect(cells(assessments).out).toEqual(['30.6%', 'No lottery', 'No lottery', 'No lottery']);
    const noWage = CaseFile.parse({ ...loadFixture('priya-sharma.case.json'), jobOffer: { ...file.jobOffer, usWageLevel: null } });
    const unknown = cells(evaluate(noWage, ['us-h1b'], { asOf: '2026-11-29' }));
    expect(unknown).toEqual({ out: ['Unknown'], needs: ['Needs: Job offer: US wage level.'] });
  });

  it('shows a fee owed only if a policy holds beside the total, not in it', () => {
    // Abroad on 2026-11-29: the $100,000 proclamation (from 2025-09-21, 12 months unless extended) is past its term.
    const abroad = CaseFile.parse({ ...loadFixture('priya-sharma.case.json'), client: { ...file.client, residenceCountry: 'IN', currentStatus: { country: 'IN', type: 'none' } } });
    render(<Matrix assessments={evaluate(abroad, ['us-h1b'], { asOf: '2026-11-29' })} extras={{}} recommended={null} />);
    const row = screen.getByRole('rowheader', { name: 'Cost to the employer' }).closest('tr');
    expect(row?.querySelector('td strong')?.textContent).toBe('3,595 USD');
    expect(row?.querySelector('.conditional-cost')?.textContent).toBe(' + 100,000 USD if the payment is extended or upheld');
  });
});
