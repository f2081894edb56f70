// The memo the worker rehearses at warm-up (memo-rehearsal.ts) must stay a valid, full memo: the
// warm-up ignores errors so that it never blocks a real memo, so a rehearsal broken by a change to
// the case file schema or the memo model would silently stop warming anything. It renders, in
// Latin text only (the other scripts' fonts stay closed), and draws every part of a memo.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { rehearsalMemo } from '../../../electron/reports/memo-rehearsal';
import { fontReads } from '../../../electron/reports/pdf-fonts';

// Laying out a PDF is CPU-bound: the limit only stops a hung test; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 60_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');

describe('rehearsalMemo', () => {
  it('builds a memo with every part the renderer draws', () => {
    const memo = rehearsalMemo();
    expect(memo.analysis.length).toBeGreaterThanOrEqual(3);
    expect(memo.setAside.length).toBeGreaterThan(0);
    expect(memo.options.rows.some(r => r.recommended)).toBe(true);
    expect(memo.charts.cost.bars.length).toBeGreaterThan(0);
    expect(memo.sources.length).toBeGreaterThan(0);
    expect(memo.facts.length).toBeGreaterThan(0);
    expect(memo.nextSteps.length).toBeGreaterThan(0);
  });

  it('renders with the Latin fonts only', async () => {
    const pdf = await renderMemoPdf(rehearsalMemo(), FONTS);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Object.keys(fontReads(FONTS)).sort()).toEqual(['latin', 'latin-bold']);
  });
});
