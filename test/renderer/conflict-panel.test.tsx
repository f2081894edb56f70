/** The conflict panel: a warning with the strength, reasons and three choices; each choice through the contract. */
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConflictHit, ConflictReport } from '../../shared/contract';
import { ConflictPanel } from '../../renderer/features/case/conflict-panel';
import { CasesView } from '../../renderer/features/cases/cases-view';
import { resetDateFormatCache } from '../../renderer/lib/date-format';
import { installFakeBridge, summary } from './fake-bridge';
import { setupUser } from './user';

const CASE = '6f1c2f3e-1111-4222-8333-444455556666';
const OTHER = '7a2d3e4f-2222-4333-8444-555566667777';

const hit = (over: Partial<ConflictHit> = {}): ConflictHit => ({
  id: 7,
  caseId: OTHER,
  reference: '2026-0001',
  role: 'client',
  matchedName: '李伟',
  queryName: 'Li Wei',
  score: 0.98,
  confidence: 'high',
  reasons: ['Same name in a different script (李伟 = li wei)', 'Same date of birth (1990-01-02)'],
  resolution: 'unresolved',
  resolvedBy: null,
  resolvedAt: null,
  note: null,
  current: true,
  ...over,
});
const report = (...hits: ConflictHit[]): ConflictReport => ({ checkedAt: '2026-12-03T10:00:00.000Z', checkedBy: 'A. Attorney', hits });
const ok = (value: unknown) => () => ({ ok: true as const, value });
const decided = (resolution: ConflictHit['resolution']) => hit({ resolution, resolvedBy: 'A. Attorney', resolvedAt: '2026-12-03T11:00:00.000Z' });

beforeEach(() => {
  window.localStorage.clear();
  resetDateFormatCache();
});

describe('Conflict panel', () => {
  it('warns of an undecided match with its strength in words, its reasons and three choices', async () => {
    installFakeBridge({ 'conflicts:report': ok(report(hit())) });
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} />);
    const panel = await screen.findByRole('region', { name: 'Conflict check' });
    expect(panel.className).toContain('conflict-warning');
    expect(within(panel).getByRole('alert').textContent).toMatch(/^1 possible conflict to decide/);
    expect(within(panel).getByText(/^Strong match:/).textContent).toBe('Strong match: same name in a different script (李伟 = li wei) and same date of birth (1990-01-02)');
    expect(within(panel).getByRole('link', { name: '2026-0001' }).getAttribute('href')).toBe(`#/case/${OTHER}`);
    expect(within(panel).queryByRole('list', { name: 'Other reasons' })).toBeNull();
    const choices = within(panel).getByRole('group', { name: 'Decision on 2026-0001' });
    expect(within(choices).getAllByRole('button').map(b => b.textContent)).toEqual(['Cleared', 'Conflict', 'Same person']);
    expect(panel.textContent).toContain('Checked by A. Attorney on 3 December 2026.');
  });

  it('lists the reasons beyond the two in the strength line', async () => {
    installFakeBridge({ 'conflicts:report': ok(report(hit({ confidence: 'medium', reasons: ['Same name', 'Same date of birth (1990-01-02)', 'Same words in a different order'] }))) });
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} />);
    const others = await screen.findByRole('list', { name: 'Other reasons' });
    expect(others.textContent).toBe('Same words in a different order');
    expect(screen.getByText(/^Possible match:/).textContent).toBe('Possible match: same name and same date of birth (1990-01-02)');
  });

  it('offers Same person only for a match with a client', async () => {
    installFakeBridge({ 'conflicts:report': ok(report(hit({ role: 'spouse' }))) });
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} />);
    const choices = await screen.findByRole('group', { name: 'Decision on 2026-0001' });
    expect(within(choices).getAllByRole('button').map(b => b.textContent)).toEqual(['Cleared', 'Conflict']);
  });

  it('Cleared: records it with the note, then collapses to one line with Undo', async () => {
    const calls = installFakeBridge({
      'conflicts:report': ok(report(hit())),
      'conflicts:resolve': input => ok(report((input as { resolution: string }).resolution === 'cleared' ? { ...decided('cleared'), note: 'Different passport.' } : hit()))(),
    });
    const user = setupUser();
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} />);
    await user.type(await screen.findByLabelText('Note (optional)'), 'Different passport.');
    await user.click(screen.getByRole('button', { name: 'Cleared' }));
    expect(calls.at(-1)).toEqual({ method: 'conflicts:resolve', input: { caseId: CASE, hitId: 7, resolution: 'cleared', note: 'Different passport.' } });
    const line = await screen.findByText(/^Cleared by A\. Attorney on 3 December 2026/);
    expect(line.textContent).toBe('Cleared by A. Attorney on 3 December 2026: the client of matter 2026-0001, 李伟. Note: Different passport. Undo');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('region', { name: 'Conflict check' }).className).toContain('conflict-quiet');

    await user.click(screen.getByRole('button', { name: 'Undo the decision on 2026-0001' }));
    expect(calls.at(-1)?.input).toMatchObject({ hitId: 7, resolution: 'unresolved' });
    await screen.findByRole('group', { name: 'Decision on 2026-0001' });
  });

  it('Conflict: stays red on the case and says what it means', async () => {
    const calls = installFakeBridge({ 'conflicts:report': ok(report(hit())), 'conflicts:resolve': ok(report(decided('conflict'))) });
    const user = setupUser();
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: 'Conflict' }));
    expect(calls.at(-1)?.input).toMatchObject({ resolution: 'conflict' });
    await screen.findByText(/Do not advise until an attorney has decided/);
    expect(screen.getByRole('region', { name: 'Conflict check' }).className).toContain('conflict-danger');
  });

  it('Same person: shows the existing client, and moves the matter only once confirmed', async () => {
    let moved = 0;
    const existing = { ...summary({ id: OTHER, clientName: '李伟', reference: '2026-0001' }), caseFile: { format: 'immigration-advisor/case', version: 1, client: { fullName: '李伟', otherNames: ['Wei Li'], dateOfBirth: '1990-01-02', citizenships: ['CN'] } }, draft: null };
    const calls = installFakeBridge({
      'conflicts:report': ok(report(hit())),
      'cases:get': ok(existing),
      'conflicts:same-person': ok({ report: report(decided('same-person')), clientName: '李伟', movedTo: 'c1', duplicateTrashed: true }),
    });
    const user = setupUser();
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => (moved += 1)} />);
    await user.click(await screen.findByRole('button', { name: 'Same person' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Same person as an existing client?' });
    await within(dialog).findByText('Wei Li');
    expect(dialog.textContent).toContain('2 January 1990');
    expect(dialog.textContent).toContain('China');
    expect(within(dialog).getByRole('link', { name: '2026-0001' }).getAttribute('href')).toBe(`#/case/${OTHER}`);
    expect(dialog.textContent).toContain('Matter 2026-0002 will move to 李伟. The duplicate client record made for it goes to the Trash');

    // Cancel changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls.some(c => c.method === 'conflicts:same-person')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Same person' }));
    const again = await screen.findByRole('alertdialog');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move this matter to the existing client'));
    await user.click(within(again).getByRole('button', { name: 'Move this matter to the existing client' }));
    expect(calls.at(-1)).toEqual({ method: 'conflicts:same-person', input: { caseId: CASE, hitId: 7, note: '' } });
    await screen.findByText('Matter 2026-0002 now belongs to 李伟. The duplicate client record is in the Trash.');
    expect(moved).toBe(1);
    expect(screen.getByText(/^Same person by A\. Attorney on 3 December 2026/)).toBeTruthy();
  });

  it('says "not checked yet" for a case never checked, not "no matches"', async () => {
    installFakeBridge({ 'conflicts:report': ok({ checkedAt: null, checkedBy: null, hits: [] }) });
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} />);
    await screen.findByText('Not checked yet. Run the check before advising this client.');
    expect(screen.queryByText(/No existing client/)).toBeNull();
  });
});

describe('A check with nothing to decide', () => {
  it('is one line beside the matter number, not a panel, and says "not checked yet" apart from "no matches"', async () => {
    const slot = document.createElement('span');
    document.body.append(slot);
    installFakeBridge({ 'conflicts:report': ok({ checkedAt: null, checkedBy: null, hits: [] }) });
    const { unmount } = render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} quietSlot={slot} />);
    await waitFor(() => expect(slot.textContent).toContain('Conflict check not run yet'));
    expect(within(slot).getByRole('button', { name: 'Run it now' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Conflict check' })).toBeNull();
    unmount();
    installFakeBridge({ 'conflicts:report': ok({ checkedAt: '2026-12-03T10:00:00.000Z', checkedBy: 'A. Attorney', hits: [] }) });
    render(<ConflictPanel caseId={CASE} reference="2026-0002" autoRun={false} onMoved={() => undefined} quietSlot={slot} />);
    await waitFor(() => expect(slot.textContent).toContain('No conflict matches on 3 December 2026'));
    expect(within(slot).getByRole('button', { name: 'Run again' })).toBeTruthy();
    expect(slot.textContent).not.toContain('not run yet');
    slot.remove();
  });
});

describe('Case list and conflict checks', () => {
  it('badges cases with checks to decide or a conflict, and filters to the unresolved ones', async () => {
    const calls = installFakeBridge({
      'cases:list': ok({
        total: 2,
        items: [summary({ conflicts: { unresolved: 2, conflict: 0 } }), summary({ id: 'x2', reference: '2026-0002', conflicts: { unresolved: 0, conflict: 1 } })],
      }),
    });
    const user = setupUser();
    render(<CasesView notice={null} onNewClient={() => undefined} />);
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('2 conflict checks to decide');
    expect(rows[1]?.textContent).toContain('Conflict');
    expect(rows[1]?.textContent).not.toContain('to decide');
    await user.click(screen.getByLabelText('Unresolved conflict checks'));
    await waitFor(() => expect(calls.at(-1)?.input).toMatchObject({ unresolvedConflicts: true }));
  });
});
