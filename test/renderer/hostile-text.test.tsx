// Names with markup, right-to-left overrides, stray pop-isolate marks and control characters are
// shown as text, each inside its own <bdi>, so they cannot reorder the interface around them; a
// 1 MB value in the audit trail shows a bounded beginning.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditTrail } from '../../renderer/features/case/audit-view';
import { CaseTable } from '../../renderer/features/cases/case-table';
import { containedBidi, UserText } from '../../renderer/features/cases/user-text';
import { MemosView } from '../../renderer/features/memos/memos-view';
import type { CaseSummary } from '../../shared/contract';
import { installFakeBridge, summary } from './fake-bridge';

const RLO = '\u202e';
const PDI = '\u2069';
const MARKUP = '<img src=x onerror="window.__pwned=1">';
const CONTROLS = 'Zed\u0000\u0007\u001b[2J\u007f\u0085\u009b';

/** The <bdi> elements inside `el`, by their text. */
const isolatedTexts = (el: Element) => Array.from(el.querySelectorAll('bdi'), b => b.textContent);

describe('containedBidi', () => {
  it('drops only the pop-isolate marks that close no isolate opened in the text itself', () => {
    expect(containedBidi(`${PDI}${RLO}evil`)).toBe(`${RLO}evil`);
    expect(containedBidi(`a\u2067b${PDI}c${PDI}`)).toBe(`a\u2067b${PDI}c`);
    expect(containedBidi(`\u2066\u2068x${PDI}${PDI}${PDI}`)).toBe(`\u2066\u2068x${PDI}${PDI}`);
    expect(containedBidi('प्रिया शर्मा')).toBe('प्रिया शर्मा');
  });
});

describe('UserText', () => {
  it('keeps every other character, markup included, as text', () => {
    const name = `${RLO}${MARKUP}${CONTROLS}\u200d`;
    const { container } = render(<UserText>{name}</UserText>);
    expect(isolatedTexts(container)).toEqual([name]);
    expect(container.querySelector('img')).toBeNull();
  });

  it('with max, shows the beginning of a long text and how much more there is', () => {
    const note = `${'x'.repeat(9)}😀${'y'.repeat(1_000_000)}`;
    const { container } = render(<UserText max={10}>{note}</UserText>);
    // Ten UTF-16 units would split the emoji's surrogate pair: the cut comes before it.
    expect(isolatedTexts(container)).toEqual(['x'.repeat(9)]);
    expect(container.textContent).toBe(`${'x'.repeat(9)} … and 1,000,002 more characters`);
  });
});

describe('hostile names in the views', () => {
  const hostile = summary({ clientName: `${PDI}${RLO}Eve ${MARKUP}`, otherNames: [`${RLO}ȹ`, CONTROLS], updatedBy: `${RLO}mallory` }) as CaseSummary;

  it('isolates the client name and each other name in the case list', () => {
    render(<CaseTable total={1} row={() => hostile} sort={{ key: 'updated', direction: 'desc' }} onSort={() => undefined} />);
    const row = screen.getAllByRole('row')[1];
    if (!row) throw new Error('no case row');
    const link = within(row).getByRole('link');
    expect(isolatedTexts(link)).toEqual([`${RLO}Eve ${MARKUP}`]);
    // Who changed it last is someone's typed name too.
    expect(isolatedTexts(row)).toEqual([`${RLO}Eve ${MARKUP}`, `${RLO}ȹ`, CONTROLS, `${RLO}mallory`]);
    // The separator between other names is outside every isolate, so it stays where it belongs.
    expect(row.querySelector('.other-names')?.textContent).toBe(`${RLO}ȹ · ${CONTROLS}`);
    expect(row.querySelector('img')).toBeNull();
  });

  it('isolates the client name in the memos list', async () => {
    installFakeBridge({
      'memos:list': () => ({
        ok: true,
        value: [
          {
            id: 'm1', caseId: hostile.id, reference: '2026-0001', clientName: `${RLO}Eve ${MARKUP}`, snapshotId: 's1', version: 1,
            engagement: 'pre-engagement', date: '2026-11-29', createdAt: '2026-11-29T09:00:00Z', updatedAt: '2026-11-29T09:00:00Z', actor: 'ann',
          },
        ],
      }),
    });
    render(<MemosView />);
    const link = await screen.findByRole('link');
    expect(isolatedTexts(link)).toEqual([`${RLO}Eve ${MARKUP}`]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows a bounded beginning of a 1 MB note in the audit trail, the actor isolated', async () => {
    const note = 'n'.repeat(1024 * 1024);
    installFakeBridge({
      'cases:audit': () => ({
        ok: true,
        value: [
          {
            id: 1, at: '2026-11-29T09:00:00Z', actor: `${RLO}mallory`, action: 'update', entity: 'case', note: null,
            changes: [{ field: 'notes', before: null, after: note }],
          },
        ],
      }),
    });
    render(<AuditTrail caseId={hostile.id} refreshKey={0} />);
    const table = await screen.findByRole('table');
    // The change in words, then the raw path and JSON in the technical detail, each bounded.
    const line = `Notes for the attorney: — → ${note}`;
    expect(isolatedTexts(table)).toEqual([`${RLO}mallory`, line.slice(0, 1000), 'notes', 'null', `"${note}`.slice(0, 200)]);
    expect(table.textContent).toContain(`… and ${(line.length - 1000).toLocaleString('en')} more characters`);
    expect(table.textContent.length).toBeLessThan(2000);
  });
});
