import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CasesView } from '../../renderer/features/cases/cases-view';
import { installFakeBridge, summary } from './fake-bridge';
import { setupUser } from './user';

const two = {
  total: 2,
  items: [
    summary(),
    summary({ id: 'x2', reference: '2026-0002', clientName: 'Li Wei', otherNames: ['李伟'], dateOfBirth: null, citizenships: [], status: 'advised', updatedBy: null }),
  ],
};

describe('Cases view', () => {
  it('lists cases in a table with sortable headers, names in every script, and unknowns marked', async () => {
    installFakeBridge({ 'cases:list': () => ({ ok: true, value: two }) });
    render(<CasesView notice="Imported 2 cases." onNewClient={() => undefined} />);
    const table = await screen.findByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map(h => h.textContent)).toEqual(['Matter', 'Client', 'Date of birth', 'Citizenship', 'Status', 'Last changed ▼']);
    expect(headers[5]?.getAttribute('aria-sort')).toBe('descending');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Priya Sharmaप्रिया शर्मा');
    expect(within(rows[0]!).getByRole('link', { name: 'Priya Sharma' }).getAttribute('href')).toBe('#/case/6f1c2f3e-1111-4222-8333-444455556666');
    expect(rows[0]?.textContent).toContain('India');
    expect(within(rows[1]!).getAllByText('unknown')).toHaveLength(2);
    // Dates in the format chosen in Settings (the default, long), and who changed the case last.
    expect(rows[0]?.textContent).toContain('12 April 1998');
    expect(rows[0]?.querySelector('td:last-child')?.textContent).toMatch(/2026.*by Jane Doe, paralegal$/);
    expect(screen.getByRole('status').textContent).toBe('Imported 2 cases.');
    expect(screen.getByText('2 cases')).toBeTruthy();
  });

  it('searches as you type, sorts by a header, and shows the Trash, each through the contract', async () => {
    const calls = installFakeBridge({ 'cases:list': () => ({ ok: true, value: two }) });
    const user = setupUser();
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Search'), 'Acme');
    await waitFor(() => expect(calls.at(-1)?.input).toMatchObject({ query: 'Acme', sort: 'updated', trash: false }));
    await user.click(screen.getByRole('button', { name: 'Client' }));
    await waitFor(() => expect(calls.at(-1)?.input).toMatchObject({ query: 'Acme', sort: 'client', direction: 'asc' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'advised');
    await user.click(screen.getByLabelText('Show Trash'));
    await waitFor(() => expect(calls.at(-1)?.input).toMatchObject({ status: 'advised', trash: true }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Trash');
  });

  it('renders only a window of rows for 10,000 cases, fetching pages as needed', async () => {
    const calls = installFakeBridge({
      'cases:list': input => {
        const { offset, limit } = input as { offset: number; limit: number };
        const items = Array.from({ length: limit }, (_, i) => summary({ id: `id-${String(offset + i)}`, reference: `2026-${String(offset + i)}`, clientName: `Client ${String(offset + i)}` }));
        return { ok: true, value: { total: 10_000, items } };
      },
    });
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    const table = await screen.findByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
    expect(calls.filter(c => c.method === 'cases:list')).toHaveLength(1);
  });

  it('says there are no cases yet instead of showing an empty table', async () => {
    installFakeBridge({ 'cases:list': () => ({ ok: true, value: { total: 0, items: [] } }) });
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    expect(await screen.findByText('No cases yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows why the list could not be loaded, and explains a page opened outside the app', async () => {
    installFakeBridge({ 'cases:list': () => ({ ok: false, error: { code: 'internal', message: 'disk is full' } }) });
    const { unmount } = render(<CasesView notice={null} onNewClient={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe('The cases could not be loaded: disk is full');
    unmount();
    delete window.advisor;
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not connected to Immigration Advisor/);
  });
});

describe('Cases view, going back to an earlier search', () => {
  it('lists the cases again when the search box is cleared', async () => {
    installFakeBridge({
      'cases:list': input => {
        const q = (input as { query: string }).query;
        return { ok: true, value: q ? { total: 1, items: [summary()] } : two };
      },
    });
    const user = setupUser();
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    await screen.findByText('2 cases');
    await user.type(screen.getByLabelText('Search'), 'Priya');
    await screen.findByText('1 case');
    await user.clear(screen.getByLabelText('Search'));
    expect(await screen.findByText('2 cases')).toBeTruthy();
  });
});

describe('Cases view, importing files imported before', () => {
  const previous = [
    { file: 'team.json', importedAs: 'team.json', importedAt: '2026-11-29T12:00:00.000Z', cases: [{ reference: '2026-0002', clientName: 'Li Wei', trashed: false }, { reference: '2026-0003', clientName: 'Wei Li', trashed: true }] },
  ];
  const answers = () =>
    installFakeBridge({
      'cases:list': () => ({ ok: true, value: two }),
      'cases:import-dialog': input =>
        (input as { again?: string }).again === 't1'
          ? { ok: true, value: { imported: [summary({ reference: '2026-0004' })], reimported: previous } }
          : { ok: true, value: { alreadyImported: { token: 't1', message: 'team.json was imported on 2026-11-29 as …', previous } } },
    });

  it('names the cases they made, imports nothing, and imports those files only when confirmed', async () => {
    const calls = answers();
    const user = setupUser();
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const warning = await screen.findByRole('alertdialog');
    expect(warning.textContent).toContain('Nothing was imported');
    expect(within(warning).getByRole('listitem').textContent).toBe('team.json was imported on 29 Nov 2026 as 2026-0002 Li Wei, 2026-0003 Wei Li (in the Trash).');
    // Not importing is the default.
    expect(document.activeElement).toBe(within(warning).getByRole('button', { name: 'Don’t import' }));
    await user.click(within(warning).getByRole('button', { name: 'Import again anyway' }));
    expect(calls.filter(c => c.method === 'cases:import-dialog').map(c => c.input)).toEqual([{}, { again: 't1' }]);
    expect((await screen.findByRole('status')).textContent).toBe('Imported 1 case (2026-0004).');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('closes the warning without importing when told not to', async () => {
    const calls = answers();
    const user = setupUser();
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Don’t import' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls.filter(c => c.method === 'cases:import-dialog')).toHaveLength(1);
  });
});
