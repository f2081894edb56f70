import { describe, expect, it } from 'vitest';
import { createFirmService } from '../../electron/firm';
import type { SettingsRepo } from '../../electron/db/repos/settings-repo';
import type { FirmSettings } from '../../shared/contract';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import { loadFixture } from '../fixtures';
import { expectFailure, expectOk, openTestAdvisor } from '../unit/electron/test-advisor';

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
