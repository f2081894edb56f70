/**
 * The live comparison assesses with the firm's facts (rules:facts), as saved comparisons and memos
 * do in main: a firm figure shows in the matrix, marked, once the firm's data set has been read.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../renderer/features/compare/compare-view';
import { CatalogueProvider } from '../../renderer/lib/use-catalogue';
import { CaseFile } from '../../shared/case-file';
import { BUNDLED_FACTS } from '../../shared/facts/bundled';
import { rulesIdentity, type FactDataSet } from '../../shared/facts/schema';
import type { Result } from '../../shared/result';
import { loadFixture } from '../fixtures';
import { withVersion } from '../unit/shared/facts/firm-data-set';
import { installFakeBridge, summary } from './fake-bridge';

const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const ID = '6f1c2f3e-1111-4222-8333-444455556666';
const ok = (value: unknown): Result<unknown> => ({ ok: true, value });

/** The compare view of Priya's case, with main answering rules:facts with `dataSet`. */
function renderWith(dataSet: FactDataSet) {
  const calls = installFakeBridge({
    'cases:get': () => ok({ ...summary({ targetCountries: ['US', 'CN', 'CA', 'DE'] }), caseFile: file, draft: null }),
    'rules:facts': () => ok({ dataSet, identity: rulesIdentity(dataSet), origin: 'catalogue' }),
    'snapshots:list': () => ok([]),
    'memos:list': () => ok([]),
  });
  render(
    <CatalogueProvider>
      <CompareView caseId={ID} />
    </CatalogueProvider>,
  );
  return calls;
}

/** The employer's cost cells of the matrix, one per route. */
const employerCosts = () => Array.from(screen.getByRole('rowheader', { name: 'Cost to the employer' }).closest('tr')?.querySelectorAll('td') ?? []);

describe('the live comparison on the firm’s facts', () => {
  // The view assesses as of today: pinned, so the firm figure (in force from 2026-06-01) applies whatever the real date.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the firm’s figure, marked "firm figure" with its source, once rules:facts has answered', async () => {
    const calls = renderWith(withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380 }));
    await waitFor(() => expect(employerCosts().some(td => td.querySelector('.firm-figure'))).toBe(true));
    const marked = employerCosts().filter(td => td.querySelector('.firm-figure'));
    expect(marked).toHaveLength(1);
    expect(marked[0]?.querySelector('.firm-figure')?.textContent).toBe('firm figure');
    expect(marked[0]?.textContent).toContain('Cap registration: 380 USD — firm figure (entered by A. Attorney; source: https://firm.example/fees-memo)');
    // Read once, not per render or per assessment.
    expect(calls.filter(c => c.method === 'rules:facts')).toHaveLength(1);
  });

  it('marks nothing when the firm uses the shipped figures', async () => {
    const calls = renderWith(BUNDLED_FACTS);
    await screen.findByRole('rowheader', { name: 'Cost to the employer' });
    await waitFor(() => expect(calls.some(c => c.method === 'rules:facts')).toBe(true));
    expect(employerCosts().length).toBeGreaterThan(0);
    expect(employerCosts().some(td => td.querySelector('.firm-figure'))).toBe(false);
    expect(employerCosts().some(td => td.textContent.includes('Cap registration: 215 USD'))).toBe(true);
  });
});
