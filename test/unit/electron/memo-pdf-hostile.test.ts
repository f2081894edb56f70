// The memo PDF with hostile text in every place a user can put some (client, other names, firm,
// attorney, rationale, an edited section): pdfkit renders it, the visible text prints, and the
// document properties viewers show in title bars carry no control or bidi-control character.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import type { Snapshot } from '../../../shared/contract';
import { buildMemo } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { tempDir } from '../../fixtures';
import { snapshotOf } from './memo-snapshot';

// Laying out a PDF is CPU-bound: on a busy two-core CI machine one memo can take several seconds.
// The limit only stops a hung test; nothing here is a timing assertion.
vi.setConfig({ testTimeout: 60_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');

const HOSTILE = {
  controls: 'Zed\u0000\u0001\u0007\u0008\t\r\u001b[2J\u007f\u0085\u009b Ray',
  rtl: '\u202eEve Ray\u202c \u2066x\u2069 \u2069\u202eafter',
  joiners: 'Ana\u200d\u200b\ufeff Ray 👨‍👩‍👧',
  surrogates: 'Lone\udfff\ud800 Ray',
  markup: '<img src=x onerror=alert(1)> Ray',
  newline: 'First Ray\nSecond line\u2028third',
};
/** Any character that acts on a display rather than showing itself. */
// eslint-disable-next-line no-control-regex -- control characters are what this test looks for
const ACTING = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('advisor-memo-hostile-')));
afterAll(() => cleanup());

/** A saved comparison of the Priya fixture with `name` everywhere a person can type. */
function snapshotNamed(name: string): Snapshot {
  // A firm's name or an edit may still carry a lone surrogate to the PDF, which must cope.
  return snapshotOf(
    raw => {
      raw.client.fullName = name;
      raw.client.otherNames = [name, 'प्रिया शर्मा'];
      raw.notes = name;
    },
    { actor: name, recommendation: { programId: 'ca-express-entry', rationale: name } },
  );
}

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe.each(Object.entries(HOSTILE))('a memo for a client named with %s', (label, name) => {
  let path: string;
  beforeAll(async () => {
    const firm = { name, address: `${name}\n1 Main St`, attorneyName: name, barAdmission: name, logo: null, paper: 'a4' as const, disclaimers: DEFAULT_DISCLAIMERS };
    const memo = buildMemo({ snapshot: snapshotNamed(name), firm, engagement: 'engaged', date: '2026-11-29', reference: '2026-0001', edits: { summary: name } });
    const bytes = await renderMemoPdf(memo, FONTS);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    path = join(dir, `${label}.pdf`);
    writeFileSync(path, bytes);
  });

  it('renders, and prints the name’s visible words', () => {
    const text = run('pdftotext', path, '-');
    expect(text).toContain('Ray');
    expect(text).toContain('Bottom line');
    if (label === 'markup') expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps control and bidi-control characters out of the title and author', () => {
    const info = run('pdfinfo', path);
    const title = /^Title:\s+(.*)$/mu.exec(info)?.[1] ?? '';
    const author = /^Author:\s+(.*)$/mu.exec(info)?.[1] ?? '';
    expect(title).toMatch(/^Immigration options for /);
    expect(title).not.toMatch(ACTING);
    expect(author).not.toMatch(ACTING);
    if (ACTING.test(name)) expect(title).toContain('\ufffd');
  });
});
