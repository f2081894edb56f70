import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { SaveStatus } from '../../renderer/features/case/save-status';
import { BUSY_RETRY_DELAYS_MS, useAutosave } from '../../renderer/features/case/use-autosave';
import { installFakeBridge } from './fake-bridge';

const record = { id: '6f1c2f3e-1111-4222-8333-444455556666', revision: 1 } as CaseRecord;
const busyMessage = 'The database is busy with a change from another window or command. Nothing was changed; try again in a moment.';
const busy: Result<unknown> = { ok: false, error: { code: 'busy', message: busyMessage } };
const saved = (): Result<unknown> => ({ ok: true, value: { record: { ...record, revision: 2 }, valid: true, issues: [] } });

const draft = { notes: 'typed' };
// Stable, as the case view's is: a new callback each render would start a new save.
const onSaved = () => undefined;

/** The intake's autosave and its status line, without the rest of the case view. */
function Intake() {
  return <SaveStatus state={useAutosave(record, draft, true, onSaved)} />;
}

/** A fake save-draft that gives these answers in turn, then keeps giving the last. */
function answering(...answers: Result<unknown>[]) {
  let n = 0;
  return installFakeBridge({ 'cases:save-draft': () => answers[Math.min(n++, answers.length - 1)]! });
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const status = () => screen.getByRole('status').textContent;
const saves = (calls: { method: string }[]) => calls.filter(c => c.method === 'cases:save-draft').length;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave when the database is busy', () => {
  it('tries again with growing waits, showing "Saving…" until the save goes through', async () => {
    const calls = answering(busy, busy, saved());
    render(<Intake />);
    await advance(500); // the pause after typing
    expect(saves(calls)).toBe(1);
    expect(status()).toBe('Saving…');
    await advance(BUSY_RETRY_DELAYS_MS[0] - 1);
    expect(saves(calls)).toBe(1);
    await advance(1);
    expect(saves(calls)).toBe(2);
    expect(status()).toBe('Saving…');
    await advance(BUSY_RETRY_DELAYS_MS[1]);
    expect(saves(calls)).toBe(3);
    expect(status()).toMatch(/^All changes saved at /);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reports a save still busy after every wait as not saved, with a button that tries again', async () => {
    const calls = answering(busy);
    render(<Intake />);
    await advance(500);
    const allWaits = BUSY_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    await advance(allWaits - 1);
    expect(status()).toBe('Saving…');
    await advance(1);
    expect(saves(calls)).toBe(BUSY_RETRY_DELAYS_MS.length + 1);
    expect(status()).toBe(`Not saved: ${busyMessage} What you typed is still on this page.`);

    installFakeBridge({ 'cases:save-draft': saved });
    fireEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    await advance(0);
    expect(status()).toMatch(/^All changes saved at /);
  });

  it('does not retry other errors: a save refused for another reason is reported at once', async () => {
    const calls = answering({ ok: false, error: { code: 'conflict', message: 'Case 2026-0001 was changed elsewhere.' } });
    render(<Intake />);
    await advance(500);
    expect(status()).toBe('Not saved: Case 2026-0001 was changed elsewhere. What you typed is still on this page.');
    await advance(10_000);
    expect(saves(calls)).toBe(1);
  });
});

describe('autosave when the intake is left', () => {
  it('saves an edit still waiting for its pause at once when the intake closes, not never', async () => {
    const calls = answering(saved());
    const view = render(<Intake />);
    await advance(100); // typed, then "Compare options" within the half-second pause
    expect(saves(calls)).toBe(0);
    view.unmount();
    expect(saves(calls)).toBe(1);
    expect(calls.find(c => c.method === 'cases:save-draft')?.input).toMatchObject({ draft });
    await advance(1000);
    expect(saves(calls)).toBe(1);
  });

  it('makes no extra save on leaving once the pending one has been made', async () => {
    const calls = answering(saved());
    const view = render(<Intake />);
    await advance(500);
    expect(saves(calls)).toBe(1);
    view.unmount();
    await advance(1000);
    expect(saves(calls)).toBe(1);
  });
});
