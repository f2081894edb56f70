import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SecuritySettings } from '../../shared/contract-security';
import type { Result } from '../../shared/result';
import { BackupsPanel } from '../../renderer/features/settings/backups-panel';
import { formatTimestamp } from '../../renderer/lib/format';
import { installFakeBridge } from './fake-bridge';

const DATED = { name: 'advisor.before-restore 2026-12-03 091500.sqlite', keptAt: '2026-12-03T09:15:00.000Z', bytes: 3_145_728 };
const UNDATED = { name: 'advisor.before-restore.sqlite', keptAt: null, bytes: 1_048_576 };

function settings(safetyCopies: SecuritySettings['safetyCopies']): SecuritySettings {
  return { autoLockMinutes: 10, backupFolder: '/backups', backupKeep: 14, backups: [], lastBackupError: null, events: [], safetyCopies };
}

function setup(answer: (input: unknown) => Result<unknown> = () => ({ ok: true, value: settings([UNDATED]) })) {
  const calls = installFakeBridge({ 'backups:remove-safety-copy': answer });
  const onChange = vi.fn();
  render(<BackupsPanel settings={settings([DATED, UNDATED])} onChange={onChange} />);
  return { calls, onChange, user: userEvent.setup() };
}

// The time shows in the machine's own zone, as everywhere in the app; the test asks the same formatter.
const kept = formatTimestamp(DATED.keptAt);

describe('Safety copies in the Backups panel', () => {
  it('lists each with when it was kept and its size; the undated one says its date is unknown', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Safety copies kept by restores, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => within(r).getAllByRole('cell').slice(0, 3).map(c => c.textContent))).toEqual([
      [kept, '3.0 MB', DATED.name],
      ['Unknown (kept by an earlier version)', '1.0 MB', UNDATED.name],
    ]);
  });

  it('asks before deleting, with “Keep it” focused, and deletes nothing when kept', async () => {
    const { calls, user } = setup();
    await user.click(screen.getByRole('button', { name: `Delete the safety copy kept ${kept}…` }));
    const confirm = screen.getByRole('region', { name: `Delete the safety copy kept ${kept}?` });
    expect(confirm.textContent).toContain(DATED.name);
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: /Delete the safety copy/ })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('deletes the one named once confirmed, and shows the list that is left', async () => {
    const { calls, onChange, user } = setup();
    await user.click(screen.getByRole('button', { name: `Delete the safety copy kept ${kept}…` }));
    await user.click(screen.getByRole('button', { name: 'Delete this safety copy' }));
    expect(calls).toEqual([{ method: 'backups:remove-safety-copy', input: { name: DATED.name } }]);
    expect(onChange).toHaveBeenCalledWith(settings([UNDATED]));
    expect(await screen.findByText(`Deleted the safety copy kept ${kept}.`)).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Delete the safety copy/ })).toBeNull();
  });

  it('keeps the question open with the reason when deleting fails', async () => {
    const { user } = setup(() => ({ ok: false, error: { code: 'not-found', message: 'There is no safety copy named that in the data folder.', field: 'name' } }));
    await user.click(screen.getByRole('button', { name: `Delete the safety copy kept ${kept}…` }));
    await user.click(screen.getByRole('button', { name: 'Delete this safety copy' }));
    expect((await screen.findByRole('alert')).textContent).toContain('There is no safety copy named that');
    expect(screen.getByRole('region', { name: `Delete the safety copy kept ${kept}?` })).toBeTruthy();
  });

  it('says there are none when no restore has replaced the database', () => {
    installFakeBridge({});
    render(<BackupsPanel settings={settings([])} onChange={() => undefined} />);
    expect(screen.getByText('None: no restore has replaced this database.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Safety copies/ })).toBeNull();
  });
});
