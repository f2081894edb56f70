import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFirmService } from '../../electron/firm';
import type { SettingsRepo } from '../../electron/db/repos/settings-repo';
import type { FirmSettings } from '../../shared/contract';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import { loadFixture, tempDir } from '../fixtures';
import { expectFailure, expectOk, openTestAdvisor } from '../unit/electron/test-advisor';

// Rendering the preview PDF is CPU-bound; the limit only stops a hung test.
vi.setConfig({ testTimeout: 60_000 });

/** The firm settings without the logo: what `firm:set` takes. */
const editableOf = (f: FirmSettings) => ({ name: f.name, address: f.address, attorneyName: f.attorneyName, barAdmission: f.barAdmission, paper: f.paper, disclaimers: f.disclaimers });
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('firm settings', () => {
  it('start blank with the standard disclaimers, keep edits, and accept only PNG or JPEG logos up to 2 MB', async () => {
    const { advisor, close } = openTestAdvisor();
    try {
      const initial = await expectOk(advisor, 'firm:get', {});
      expect(initial).toMatchObject({ name: '', paper: 'letter', logo: null, disclaimers: DEFAULT_DISCLAIMERS });
      const editable = { ...editableOf(initial), name: 'Mehta & Chen LLP', paper: 'a4' as const };
      expect(await expectOk(advisor, 'firm:set', editable)).toMatchObject({ name: 'Mehta & Chen LLP', paper: 'a4' });
      expect((await expectFailure(advisor, 'firm:set', { ...editable, paper: 'A5' })).field).toBe('paper');
    } finally {
      close();
    }
  });

  it('checks a logo by its bytes, not its name', () => {
    const store = new Map<string, string>();
    const settings = { get: (k: string) => store.get(k) ?? null, set: (k: string, v: string) => void store.set(k, v) } as SettingsRepo;
    const firm = createFirmService(settings, DEFAULT_DISCLAIMERS);
    expect(firm.setLogo('logo.png', PNG).logo).toEqual({ type: 'png', bytes: PNG.toString('base64') });
    expect(() => firm.setLogo('logo.png', Buffer.from('GIF89a'))).toThrow(/not a PNG or JPEG/);
    expect(() => firm.setLogo('huge.png', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]))).toThrow(/larger than 2 MB/);
    expect(firm.clearLogo().logo).toBeNull();
  });
});

describe('memos', () => {
  it('are numbered per case, freeze the firm details, keep edits, and rebuild the same sections', async () => {
    const { advisor, close } = openTestAdvisor();
    try {
      const caseFile = loadFixture('priya-sharma.case.json');
      const created = await expectOk(advisor, 'cases:create', { caseFile });
      const snapshot = await expectOk(advisor, 'snapshots:save', {
        caseId: created.id, caseFile, programIds: ['us-h1b', 'cn-k'], asOf: '2026-11-29',
        recommendation: { programId: 'us-h1b', rationale: 'Employer ready to file.' },
      });
      const firm = await expectOk(advisor, 'firm:get', {});
      const editable = { ...editableOf(firm), name: 'First Name LLP' };
      await expectOk(advisor, 'firm:set', editable);
      const v1 = await expectOk(advisor, 'memos:create', { caseId: created.id, snapshotId: snapshot.id });
      const v2 = await expectOk(advisor, 'memos:create', { caseId: created.id, snapshotId: snapshot.id, engagement: 'engaged' });
      expect([v1.version, v2.version]).toEqual([1, 2]);
      await expectOk(advisor, 'firm:set', { ...editable, name: 'Renamed LLP' });

      const edited = await expectOk(advisor, 'memos:update', { id: v1.id, edits: { summary: 'Our advice in one line.' } });
      expect(edited.sections.find(s => s.id === 'summary')).toMatchObject({ text: 'Our advice in one line.', edited: true });
      const again = await expectOk(advisor, 'memos:get', { id: v1.id });
      expect(again.sections).toEqual(edited.sections);
      expect((await expectOk(advisor, 'memos:list', { caseId: created.id })).map(m => m.version)).toEqual([2, 1]);
      expect((await expectFailure(advisor, 'memos:create', { caseId: created.id, snapshotId: 'nope' })).code).toBe('not-found');
    } finally {
      close();
    }
  });
});

describe('the memo editor: routes discussed, each route’s analysis, the closing, and the audit trail', () => {
  it('keeps the chosen routes in order, prints each edit in the PDF, and audits every change in words', async () => {
    const { advisor, close } = openTestAdvisor();
    const t = tempDir('advisor-memo-edit-');
    try {
      const caseFile = loadFixture('priya-sharma.case.json');
      const created = await expectOk(advisor, 'cases:create', { caseFile });
      const snapshot = await expectOk(advisor, 'snapshots:save', {
        caseId: created.id, caseFile, programIds: ['us-h1b', 'cn-k', 'ca-express-entry'], asOf: '2026-11-29',
        recommendation: { programId: 'us-h1b', rationale: '' },
      });
      const { id } = await expectOk(advisor, 'memos:create', { caseId: created.id, snapshotId: snapshot.id });
      const fresh = await expectOk(advisor, 'memos:get', { id });
      expect(fresh.sections.map(s => s.id)).toContain('closing');
      const generatedH1b = fresh.analyses.find(a => a.programId === 'us-h1b')?.text ?? '';

      // The K visa first, then the H-1B; Express Entry is set aside.
      const chosen = await expectOk(advisor, 'memos:update', { id, discussed: ['cn-k', 'us-h1b'] });
      expect(chosen.routes.map(r => [r.programId, r.discussed])).toEqual([['cn-k', true], ['us-h1b', true], ['ca-express-entry', false]]);
      expect(chosen.analyses.map(a => a.programId)).toEqual(['cn-k', 'us-h1b']);

      const edits = { 'analysis:us-h1b': 'Our own reading of the H-1B for Priya.\n\nA second paragraph.', closing: 'Call me with any question.' };
      const edited = await expectOk(advisor, 'memos:update', { id, edits });
      expect(edited.analyses.find(a => a.programId === 'us-h1b')).toMatchObject({ text: edits['analysis:us-h1b'], edited: true });
      expect(edited.sections.find(s => s.id === 'closing')).toMatchObject({ text: 'Call me with any question.', edited: true });

      // Stored: a new session reads the same choice and edits back.
      const again = await expectOk(advisor, 'memos:get', { id });
      expect(again.routes).toEqual(edited.routes);
      expect(again.analyses).toEqual(edited.analyses);

      // The preview is the printed PDF: the edits, in the chosen order, the closing before the notice.
      const { pdf } = await expectOk(advisor, 'memos:preview', { id });
      const path = join(t.dir, 'preview.pdf');
      writeFileSync(path, Buffer.from(pdf, 'base64'));
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Our own reading of the H-1B for Priya.');
      expect(text).toContain('A second paragraph.');
      expect(text).not.toContain(generatedH1b.replace(/\s+/g, ' '));
      const at = (s: string) => text.indexOf(s);
      expect(at('3.1 K visa')).toBeGreaterThan(-1);
      expect(at('3.1 K visa')).toBeLessThan(at('3.2 H-1B'));
      // The notice's heading (page 1's banner also names it, so the last mention).
      expect(at('Call me with any question.')).toBeGreaterThan(at('5. Next steps'));
      expect(at('Call me with any question.')).toBeLessThan(text.lastIndexOf('Important notice'));

      // Restoring a section drops the edit; choosing no routes leaves every route set aside.
      const restored = await expectOk(advisor, 'memos:update', { id, edits: { 'analysis:us-h1b': edits['analysis:us-h1b'], closing: '  ' } });
      expect(restored.sections.find(s => s.id === 'closing')?.edited).toBe(false);
      expect((await expectOk(advisor, 'memos:update', { id, discussed: [] })).analyses).toEqual([]);

      const notes = (await expectOk(advisor, 'cases:audit', { id: created.id })).map(r => r.note ?? '').filter(n => n.startsWith('Memo'));
      expect(notes).toEqual([
        'Memo v1 written from a saved comparison (before engagement)',
        'Memo v1: routes discussed: the K visa, the H-1B',
        'Memo v1: edited the analysis of the H-1B',
        'Memo v1: edited Closing',
        'Memo v1: restored the generated text of Closing',
        'Memo v1: routes discussed: none',
      ]);
      const rows = await expectOk(advisor, 'cases:audit', { id: created.id });
      expect(rows.find(r => r.note === 'Memo v1: edited Closing')?.changes).toEqual([{ field: 'Closing', before: null, after: 'Call me with any question.' }]);

      // Bad input names the field, and changes nothing.
      expect((await expectFailure(advisor, 'memos:update', { id, edits: { 'analysis:xx-none': 'x' } })).field).toBe('edits');
      expect((await expectFailure(advisor, 'memos:update', { id, discussed: ['xx-none'] })).field).toBe('discussed');
      expect((await expectFailure(advisor, 'memos:update', { id, discussed: ['cn-k', 'cn-k'] })).field).toBe('discussed');
      expect((await expectOk(advisor, 'cases:audit', { id: created.id })).length).toBe(rows.length);
    } finally {
      close();
      t.cleanup();
    }
  });
});
