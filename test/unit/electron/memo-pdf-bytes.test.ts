// The memo's PDF bytes are collected straight from pdfkit's writer (memo-pdf.ts collectDirectly),
// not through its stream: the file must still start with the header pdfkit writes first, and every
// cross-reference entry must point at its object, which only holds if each line is counted once,
// in order.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { buildMemo } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { snapshotOf } from './memo-snapshot';

const FONTS = join(import.meta.dirname, '../../../resources/fonts');

describe('memo PDF bytes', () => {
  it('start with the header, end with the trailer, and every cross-reference points at its object', async () => {
    const memo = buildMemo({
      snapshot: snapshotOf(raw => Object.assign(raw.client, { fullName: 'Zoë Ångström', otherNames: ['李伟'] })),
      firm: { name: 'Harbor & Pike LLP', address: '1 Main St', attorneyName: 'Ann Attorney', barAdmission: '', logo: null, paper: 'letter', disclaimers: DEFAULT_DISCLAIMERS },
      engagement: 'engaged',
      date: '2026-11-29',
      reference: '2026-0001',
      edits: {},
    });
    const pdf = await renderMemoPdf(memo, FONTS);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.7\n%\xFF\xFF\xFF\xFF\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 5)).toBe('xref\n');
    const [, count] = /^xref\n0 (\d+)\n/.exec(text.slice(xref)) ?? [];
    const entries = text.slice(xref).split('\n').slice(3, 2 + Number(count));
    expect(entries.length).toBeGreaterThan(100);
    entries.forEach((entry, i) => {
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${String(i + 1)} 0 obj`.length)).toBe(`${String(i + 1)} 0 obj`);
    });
    // poppler reads it without repairing anything, text and all.
    const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/Tagged: +yes/);
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' })).toContain('Zoë Ångström');
  });
});
