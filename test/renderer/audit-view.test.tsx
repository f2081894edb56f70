// The audit trail reads in words (labels, countries by name, dates in the chosen format); field
// paths and JSON appear only inside each row's "Technical detail".
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTrail } from '../../renderer/features/case/audit-view';
import { resetDateFormatCache, setDateFormat } from '../../renderer/lib/date-format';
import { installFakeBridge } from './fake-bridge';

const rows = [
  {
    id: 1, at: '2026-11-29T09:00:00Z', actor: 'Jane Doe, paralegal', action: 'create', entity: 'case', note: 'Imported from clients.json',
    changes: [
      { field: 'reference', before: null, after: '2026-0001' },
      { field: 'client.citizenships', before: null, after: ['CN'] },
    ],
  },
  {
    id: 2, at: '2026-11-30T09:00:00Z', actor: 'Jane Doe, paralegal', action: 'update', entity: 'case', note: null,
    changes: [
      { field: 'client.currentStatus.validUntil', before: null, after: '2027-06-30' },
      { field: 'jobOffer', before: null, after: {} },
    ],
  },
  {
    id: 3, at: '2026-12-01T09:00:00Z', actor: 'Jane Doe, paralegal', action: 'delete', entity: 'case', note: null,
    changes: [{ field: 'deletedAt', before: null, after: '2026-12-01T09:00:00.000Z' }],
  },
];

beforeEach(() => {
  localStorage.clear();
  resetDateFormatCache();
  installFakeBridge({ 'cases:audit': () => ({ ok: true, value: rows }) });
});
afterEach(() => resetDateFormatCache());

/** The row's text outside its technical detail. */
function wordsOf(row: HTMLElement): string {
  const copy = row.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('details').forEach(d => d.remove());
  return copy.textContent;
}

describe('AuditTrail', () => {
  it('says what each row did and what changed, in words', async () => {
    render(<AuditTrail caseId="c1" refreshKey={0} />);
    const table = await screen.findByRole('table');
    const [, created, changed, deleted] = within(table).getAllByRole('row') as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(wordsOf(created)).toContain('Case imported from clients.json');
    expect(wordsOf(created)).toContain('Citizenships: China');
    expect(wordsOf(changed)).toContain('Case changed');
    expect(wordsOf(changed)).toContain('Status valid until: — → 30 June 2027');
    expect(wordsOf(changed)).toContain('Has a job offer: — → yes');
    expect(wordsOf(deleted)).toContain('Moved to the Trash');
    for (const row of [created, changed, deleted]) expect(wordsOf(row)).not.toMatch(/client\.|jobOffer|deletedAt|[{}[\]"]/);
  });

  it('keeps the paths and JSON in a closed Technical detail', async () => {
    render(<AuditTrail caseId="c1" refreshKey={0} />);
    const table = await screen.findByRole('table');
    const details = table.querySelectorAll('details');
    expect(details).toHaveLength(3);
    expect([...details].every(d => !d.open)).toBe(true);
    expect(details[0]?.querySelector('summary')?.textContent).toBe('Technical detail');
    expect(details[0]?.textContent).toContain('client.citizenships: null → ["CN"]');
    expect(details[1]?.textContent).toContain('client.currentStatus.validUntil: null → "2027-06-30"');
  });

  it('writes dates in the format chosen in Settings', async () => {
    render(<AuditTrail caseId="c1" refreshKey={0} />);
    await screen.findByText('Status valid until: — → 30 June 2027');
    act(() => setDateFormat('us'));
    expect(screen.getByText('Status valid until: — → 6/30/2027')).toBeTruthy();
  });
});
