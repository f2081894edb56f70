// Settings opens with the firm and the user, versions and paths last, and saves as the intake does:
// after a pause in typing, with one status line, a refused field named beside it in words.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsView } from '../../renderer/features/settings/settings-view';
import type { Result } from '../../shared/result';
import { installFakeBridge } from './fake-bridge';

const firm = {
  name: 'Mehta & Chen LLP', address: '1 Liberty Plaza', attorneyName: 'Anita Mehta', barAdmission: 'New York', paper: 'letter',
  disclaimers: { preEngagement: 'General information only.', engaged: 'Advice for this matter.' }, logo: null,
};
const security = { autoLockMinutes: 15, backupFolder: null, backupKeep: 10, backups: [], lastBackupError: null, events: [], safetyCopies: [] };

function bridge(answers: Record<string, (input: unknown) => Result<unknown>> = {}) {
  return installFakeBridge({
    'app:info': () => ({ ok: true, value: { dataDir: '/data', databaseFile: '/data/advisor.db', schemaVersion: 7, caseFileVersion: 1, appVersion: '1.0.0' } }),
    'security:get': () => ({ ok: true, value: security }),
    'vault:status': () => ({ ok: true, value: { canRemember: false, remembered: false } }),
    'settings:get': () => ({ ok: true, value: { userName: 'Jane Doe' } }),
    'settings:get-theme': () => ({ ok: true, value: { theme: 'system' } }),
    'firm:get': () => ({ ok: true, value: firm }),
    'firm:set': input => ({ ok: true, value: { ...(input as object), logo: null } }),
    'settings:set': input => ({ ok: true, value: input }),
    ...answers,
  });
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const region = (name: string) => screen.getByRole('region', { name });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Settings', () => {
  it('opens with the firm and the user, then appearance, security and backups, versions and paths last', async () => {
    bridge();
    render(<SettingsView />);
    await advance(0);
    const headings = screen.getAllByRole('heading', { level: 2 }).map(h => h.textContent);
    expect(headings).toEqual(['Firm details for memos', 'Your name', 'Appearance', 'Security', 'Backups', 'About this app']);
    expect(within(region('About this app')).getByText('/data/advisor.db')).toBeTruthy();
    // No Save buttons: fields save themselves. Actions remain buttons.
    expect(screen.queryAllByRole('button', { name: /^Save/ })).toEqual([]);
    expect(screen.getByRole('button', { name: 'Choose PNG or JPEG…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Change passphrase' })).toBeTruthy();
  });

  it('saves the firm’s details once, after a pause in typing, with the latest text', async () => {
    const calls = bridge();
    render(<SettingsView />);
    await advance(0);
    const status = within(region('Firm details for memos')).getByRole('status');
    expect(status.textContent).toBe('Changes are saved as you type.');
    fireEvent.change(screen.getByLabelText('Firm name'), { target: { value: 'Mehta' } });
    await advance(300);
    fireEvent.change(screen.getByLabelText('Firm name'), { target: { value: 'Mehta LLP' } });
    await advance(499);
    expect(calls.filter(c => c.method === 'firm:set')).toEqual([]);
    await advance(1);
    expect(calls.filter(c => c.method === 'firm:set').map(c => c.input)).toEqual([
      { name: 'Mehta LLP', address: firm.address, attorneyName: firm.attorneyName, barAdmission: firm.barAdmission, paper: 'letter', disclaimers: firm.disclaimers },
    ]);
    expect(status.textContent).toMatch(/^All changes saved at /);
  });

  it('puts a refused value’s message beside its field, and names the field in words in the status line', async () => {
    bridge({
      'firm:set': () => ({ ok: false, error: { code: 'bad-input', message: 'disclaimers.engaged: at most 20,000 characters', field: 'disclaimers.engaged' } }),
    });
    render(<SettingsView />);
    await advance(0);
    fireEvent.change(screen.getByLabelText('Once engaged'), { target: { value: 'Long text' } });
    await advance(500);
    const field = screen.getByLabelText('Once engaged');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe('At most 20,000 characters.');
    const status = within(region('Firm details for memos')).getByRole('status').textContent;
    expect(status).toBe('Not saved: Disclaimer once engaged: at most 20,000 characters. What you typed is still on this page.');
    expect(status).not.toContain('disclaimers');
  });

  it('saves the user’s name as it is typed, and says when a blank one is refused', async () => {
    const calls = bridge({
      'settings:set': input => ((input as { userName: string }).userName.trim() === ''
        ? { ok: false, error: { code: 'bad-input', message: 'userName: enter a name', field: 'userName' } }
        : { ok: true, value: input }),
    });
    render(<SettingsView />);
    await advance(0);
    const name = screen.getByLabelText('Your name, as recorded in the audit trail');
    fireEvent.change(name, { target: { value: 'Sam Lee, paralegal' } });
    await advance(500);
    expect(calls.filter(c => c.method === 'settings:set').map(c => c.input)).toEqual([{ userName: 'Sam Lee, paralegal' }]);
    expect(within(region('Your name')).getByRole('status').textContent).toMatch(/^All changes saved at /);
    fireEvent.change(name, { target: { value: ' ' } });
    await advance(500);
    expect(within(region('Your name')).getByText('Enter a name.')).toBeTruthy();
    expect(within(region('Your name')).getByRole('status').textContent).toContain('Not saved: Your name: enter a name.');
  });
});
