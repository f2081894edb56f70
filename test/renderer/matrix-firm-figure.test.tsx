/** The matrix marks a cost cell holding the firm's own figure, and names the figure's source in its items. */
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Matrix } from '../../renderer/features/compare/matrix';
import { CaseFile } from '../../shared/case-file';
import { buildCatalogue } from '../../shared/programs/index';
import { evaluate } from '../../shared/rules/evaluate';
import { loadFixture } from '../fixtures';
import { withVersion } from '../unit/shared/facts/firm-data-set';

const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));

it('marks the cell "firm figure", with the firm\'s source beside the item; the catalogue\'s figures are unmarked', () => {
  const firm = buildCatalogue(withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380 }));
  const assessments = evaluate(file, ['us-h1b', 'cn-k'], { asOf: '2026-11-29' }, firm);
  render(<Matrix assessments={assessments} extras={{}} recommended={null} />);
  const cells = (name: string) => Array.from(screen.getByRole('rowheader', { name }).closest('tr')?.querySelectorAll('td') ?? []);
  const [h1bEmployer, kEmployer] = cells('Cost to the employer');
  expect(h1bEmployer?.querySelector('.firm-figure')?.textContent).toBe('firm figure');
  expect(h1bEmployer?.textContent).toContain('Cap registration: 380 USD — firm figure (entered by A. Attorney; source: https://firm.example/fees-memo)');
  expect(kEmployer?.querySelector('.firm-figure')).toBeNull();
  expect(cells('Cost to the client').some(td => td.querySelector('.firm-figure'))).toBe(false);
});
