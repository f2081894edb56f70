/** The older-facts banner and its times: problems by label, each a link to its intake control. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { olderFacts, StaleBanner } from '../../renderer/features/compare/stale-facts';
import { formatSavedAt } from '../../renderer/lib/format';
import { CaseFile } from '../../shared/case-file';
import type { CaseRecord } from '../../shared/contract';
import { loadFixture } from '../fixtures';

const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
const ID = '6f1c2f3e-1111-4222-8333-444455556666';
function recordWith(draft: CaseRecord['draft']): CaseRecord {
  return {
    id: ID, reference: '2026-0001', clientId: 'c', clientName: 'Priya Sharma', status: 'intake', targetCountries: [], revision: 2,
    spouseName: null, deletedAt: null, createdAt: '2026-11-29T07:00:00.000Z', updatedAt: '2026-11-29T07:15:00.000Z', caseFile: file, draft,
  } as unknown as CaseRecord;
}

describe('older facts', () => {
  it('are none without a draft: the case in use is the newest', () => {
    expect(olderFacts(recordWith(null))).toBeNull();
  });

  it('list every problem by label with a link to the control that fixes it, and the saved version’s time', () => {
    const draft = { ...file, funds: { amount: 30_000 }, client: { ...file.client, maritalStatus: 'single' } };
    const facts = olderFacts(
      recordWith({
        data: draft,
        savedAt: '2026-11-29T07:20:00.000Z',
        issues: [
          { field: 'funds.currency', message: 'required' },
          { field: 'spouse.dateOfBirth', message: 'expected a date written YYYY-MM-DD' },
        ],
      }),
    );
    render(<StaleBanner facts={facts} />);
    const banner = screen.getByRole('region', { name: 'Older facts in use' });
    expect(banner.textContent).toContain(`These results use the case as saved at ${formatSavedAt('2026-11-29T07:15:00.000Z')}. The intake has 2 problems:`);
    const links = within(banner).getAllByRole('link');
    expect(links.map(a => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Funds available: currency (one with an exchange rate) — missing', `#/case/${ID}/field/f-funds-currency`],
      // The spouse's questions are hidden while the draft says single: the link goes to the marital status.
      ['Spouse’s date of birth — expected a date written YYYY-MM-DD', `#/case/${ID}/field/f-client-maritalStatus`],
    ]);
  });
});

describe('formatSavedAt', () => {
  const at = new Date(2026, 10, 29, 7, 5);
  it('gives the time alone today and the date with it on another day', () => {
    expect(formatSavedAt(at.toISOString(), new Date(2026, 10, 29, 18, 0))).toBe('07:05');
    expect(formatSavedAt(at.toISOString(), new Date(2026, 10, 30, 8, 0))).toBe('Nov 29, 2026 at 07:05');
    expect(formatSavedAt('not a time')).toBe('not a time');
  });
});
