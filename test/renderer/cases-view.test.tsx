import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CasesView } from '../../renderer/features/cases/cases-view';
import { installFakeBridge, summary } from './fake-bridge';

describe('Cases view', () => {
  it('lists cases in a table with headers, names in every script, and unknowns marked', async () => {
    installFakeBridge({
      'cases:list': () => ({
        ok: true,
        value: {
          total: 2,
          items: [
            summary(),
            summary({ id: 'x2', reference: '2026-0002', clientName: 'Li Wei', otherNames: ['李伟'], dateOfBirth: null, citizenships: [], status: 'advised' }),
          ],
        },
      }),
    });
    render(<CasesView notice="Case 2026-0002 opened for Li Wei." onNewClient={() => undefined} />);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map(h => h.textContent)).toEqual([
      'Matter', 'Client', 'Date of birth', 'Citizenship', 'Status', 'Last changed',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Priya Sharmaप्रिया शर्मा');
    expect(rows[0]?.textContent).toContain('India');
    expect(within(rows[1]!).getAllByText('unknown')).toHaveLength(2);
    expect(within(rows[1]!).getByText('Advised')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Case 2026-0002 opened for Li Wei.');
    expect(screen.getByText('2 cases')).toBeTruthy();
  });

  it('says there are no cases yet instead of showing an empty table', async () => {
    installFakeBridge({ 'cases:list': () => ({ ok: true, value: { total: 0, items: [] } }) });
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    expect(await screen.findByText('No cases yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows why the list could not be loaded', async () => {
    installFakeBridge({ 'cases:list': () => ({ ok: false, error: { code: 'internal', message: 'disk is full' } }) });
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe('The cases could not be loaded: disk is full');
  });

  it('explains the page is not connected when opened outside the app', async () => {
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not connected to Immigration Advisor/);
  });
});
