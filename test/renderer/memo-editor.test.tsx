import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoWithSections } from '../../shared/contract';
import { MemoEditor } from '../../renderer/features/memos/memo-editor';
import { installFakeBridge } from './fake-bridge';

// The preview draws a real PDF with pdf.js (the e2e spec covers it); here only the editor.
vi.mock('../../renderer/features/memos/memo-preview', () => ({ MemoPreview: () => null }));

const section = (id: string, heading: string) => ({ id, heading, text: `Generated ${heading}.`, generated: `Generated ${heading}.`, editable: true, edited: false });
const memo: MemoWithSections = {
  id: 'm1', caseId: '6f1c2f3e-1111-4222-8333-444455556666', reference: '2026-0001', clientName: 'Priya Sharma', snapshotId: 's1', version: 2,
  engagement: 'pre-engagement', date: '2026-11-29', createdAt: '2026-11-29T09:00:00.000Z', updatedAt: '2026-11-29T09:00:00.000Z', actor: 'ann',
  sections: [section('summary', '1. Bottom line'), section('analysis', '2. Analysis of each route'), section('closing', 'Closing')],
  routes: [
    { programId: 'us-h1b', name: 'H-1B specialty occupation', country: 'United States', discussed: true },
    { programId: 'cn-k', name: 'K visa', country: 'China', discussed: true },
    { programId: 'ca-express-entry', name: 'Express Entry', country: 'Canada', discussed: false },
  ],
  analyses: [
    { programId: 'us-h1b', heading: 'H-1B specialty occupation — United States', text: 'Eligible.', generated: 'Eligible.', edited: false },
    { programId: 'cn-k', heading: 'K visa — China', text: 'Likely eligible.', generated: 'Likely eligible.', edited: false },
  ],
};

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const updates = (calls: { method: string; input: unknown }[]) => calls.filter(c => c.method === 'memos:update').map(c => c.input);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the memo editor', () => {
  it('saves the routes chosen and their order, each route’s analysis, and a restore, shortly after each change', async () => {
    const calls = installFakeBridge({ 'memos:get': () => ({ ok: true, value: memo }), 'memos:update': () => ({ ok: true, value: memo }) });
    render(<MemoEditor id="m1" />);
    await advance(0);
    const chooser = screen.getByRole('group', { name: 'Routes discussed, in the order they print' });
    // Discussed first, in order; the first cannot move up, the last cannot move down.
    expect(within(chooser).getAllByRole('listitem').map(li => li.textContent)).toEqual([
      expect.stringContaining('H-1B'), expect.stringContaining('K visa'), expect.stringContaining('Express Entry'),
    ]);
    expect(within(chooser).getByRole<HTMLButtonElement>('button', { name: 'Move H-1B specialty occupation (United States) up' }).disabled).toBe(true);
    expect(within(chooser).getByRole<HTMLButtonElement>('button', { name: 'Move K visa (China) down' }).disabled).toBe(true);
    expect(within(chooser).queryByRole('button', { name: /Move Express Entry/ })).toBeNull();
    expect(updates(calls)).toEqual([]);

    fireEvent.click(within(chooser).getByRole('button', { name: 'Move K visa (China) up' }));
    fireEvent.click(within(chooser).getByRole('checkbox', { name: 'Express Entry (Canada)' }));
    await advance(500);
    expect(updates(calls)).toEqual([{ id: 'm1', edits: {}, discussed: ['cn-k', 'us-h1b', 'ca-express-entry'] }]);

    fireEvent.change(screen.getByRole('textbox', { name: 'the analysis of K visa — China' }), { target: { value: 'Our own view of the K visa.' } });
    await advance(500);
    expect(updates(calls).at(-1)).toEqual({ id: 'm1', edits: { 'analysis:cn-k': 'Our own view of the K visa.' }, discussed: ['cn-k', 'us-h1b', 'ca-express-entry'] });
    expect(screen.getByRole('status').textContent).toMatch(/^All changes saved at /);

    const restore = screen.getByRole('button', { name: 'Restore the generated text of the analysis of K visa — China' });
    fireEvent.click(restore);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'the analysis of K visa — China' }).value).toBe('Likely eligible.');
    expect((restore as HTMLButtonElement).disabled).toBe(true);
    await advance(500);
    expect(updates(calls).at(-1)).toMatchObject({ edits: {} });
    // Untouched sections are never sent as edits.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Restore the generated text of Closing' }).disabled).toBe(true);
  });
});
