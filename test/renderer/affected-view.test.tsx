/**
 * "Affected by rule changes": each case with what changed in words, one click to a fresh
 * comparison (then a link to it, the old one kept), the open-cases filter, and the sidebar's count.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { AffectedLink } from '../../renderer/features/affected/affected-link';
import { AffectedView } from '../../renderer/features/affected/affected-view';
import type { AffectedCase } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { installFakeBridge } from './fake-bridge';
import { setupUser } from './user';

const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
const CASE = '6f1c2f3e-1111-4222-8333-444455556666';
const text = (el: Element) => el.textContent.replace(/\s+/g, ' ');

const priya: AffectedCase = {
  caseId: CASE,
  reference: '2026-0001',
  clientName: 'Priya Sharma',
  status: 'advised',
  comparisons: [
    {
      snapshotId: 'old-1',
      createdAt: '2026-11-20T10:00:00.000Z',
      asOf: '2026-11-20',
      routes: ['H-1B specialty occupation', 'Express Entry'],
      rulesChange: null,
      changes: [{ route: 'H-1B specialty occupation', lines: ["fee 'Cap registration' 215 USD → 400 USD", 'employer cost 3,595 USD → 3,780 USD'] }],
    },
  ],
};
const closed: AffectedCase = { ...priya, caseId: 'c2', reference: '2025-0107', clientName: 'Li Wei', status: 'closed', comparisons: [{ ...(priya.comparisons[0] as AffectedCase['comparisons'][number]), snapshotId: 'old-2' }] };

function bridge() {
  return installFakeBridge({
    'rules:affected': input => ok({ rulesVersion: '2026-12-03.3', cases: (input as { openOnly?: boolean }).openOnly ? [priya] : [priya, closed] }),
    'rules:fresh-comparison': () => ok({ id: 'fresh-1', asOf: '2026-12-03' }),
  });
}

it('lists each case with its comparison and what changed, in words', async () => {
  bridge();
  render(<AffectedView />);
  const item = (await screen.findByRole('link', { name: /2026-0001/ })).closest('li') as HTMLElement;
  expect(text(item)).toContain('Priya Sharma');
  expect(text(item)).toContain('(Advised)');
  expect((within(item).getByRole('link', { name: /Comparison saved/ })).getAttribute('href')).toBe(`#/compare/${CASE}/saved/old-1`);
  expect(text(item)).toContain('assessed as of 2026-11-20: H-1B specialty occupation, Express Entry');
  expect(text(item)).toContain("H-1B specialty occupation: fee 'Cap registration' 215 USD → 400 USD; employer cost 3,595 USD → 3,780 USD");
  expect(screen.getByText('2 cases')).toBeTruthy();
});

it('one click makes a fresh comparison and links to it; the old one stays listed as kept', async () => {
  const calls = bridge();
  const user = setupUser();
  let changed = 0;
  window.addEventListener('advisor:affected-changed', () => (changed += 1));
  render(<AffectedView />);
  const item = (await screen.findByRole('link', { name: /2026-0001/ })).closest('li') as HTMLElement;
  await user.click(within(item).getByRole('button', { name: 'Make a fresh comparison' }));
  const made = await within(item).findByRole('status');
  expect(text(made)).toContain('Fresh comparison made, as of 2026-12-03');
  expect(text(made)).toContain('The comparison above is kept.');
  expect((within(made).getByRole('link', { name: 'open it' })).getAttribute('href')).toBe(`#/compare/${CASE}/saved/fresh-1`);
  expect(within(item).queryByRole('button', { name: 'Make a fresh comparison' })).toBeNull();
  expect(calls.filter(c => c.method === 'rules:fresh-comparison').map(c => c.input)).toEqual([{ snapshotId: 'old-1' }]);
  expect(changed).toBe(1);
});

it('shows main’s refusal on the row', async () => {
  installFakeBridge({
    'rules:affected': () => ok({ rulesVersion: 'x', cases: [priya] }),
    'rules:fresh-comparison': () => ({ ok: false, error: { code: 'bad-input', message: 'Matter 2026-0001 is in the Trash; restore it before making a fresh comparison' } }),
  });
  const user = setupUser();
  render(<AffectedView />);
  await user.click(await screen.findByRole('button', { name: 'Make a fresh comparison' }));
  expect(text(await screen.findByRole('alert'))).toContain('Matter 2026-0001 is in the Trash');
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Make a fresh comparison' }).disabled).toBe(false);
});

it('filters to open cases', async () => {
  const calls = bridge();
  const user = setupUser();
  render(<AffectedView />);
  await screen.findByText('Li Wei');
  await user.click(screen.getByRole('checkbox', { name: 'Open cases only' }));
  await waitFor(() => expect(screen.queryByText('Li Wei')).toBeNull());
  expect(screen.getByText('1 case')).toBeTruthy();
  expect(calls.filter(c => c.method === 'rules:affected').map(c => c.input)).toEqual([{ openOnly: false }, { openOnly: true }]);
});

it('says so when nothing is affected', async () => {
  installFakeBridge({ 'rules:affected': () => ok({ rulesVersion: 'x', cases: [] }) });
  render(<AffectedView />);
  expect(await screen.findByText('No saved comparison would come out differently with today’s figures.')).toBeTruthy();
});

it('the sidebar link counts the cases, and shows no count when there are none or the count is unknown', async () => {
  bridge();
  const { unmount } = render(<AffectedLink current={false} refreshKey="cases" />);
  expect(await screen.findByRole('link', { name: 'Affected by rule changes 2 cases' })).toBeTruthy();
  unmount();
  installFakeBridge({ 'rules:affected': () => ok({ rulesVersion: 'x', cases: [] }) });
  const none = render(<AffectedLink current refreshKey="cases" />);
  await waitFor(() => expect((screen.getByRole('link', { name: 'Affected by rule changes' })).getAttribute('aria-current')).toBe('page'));
  expect(screen.queryByText('0')).toBeNull();
  none.unmount();
  const calls = installFakeBridge({ 'rules:affected': () => ({ ok: false, error: { code: 'locked', message: 'Locked' } }) });
  render(<AffectedLink current={false} refreshKey="cases" />);
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(screen.getByRole('link', { name: 'Affected by rule changes' }).textContent.trim()).toBe('Affected by rule changes');
});
