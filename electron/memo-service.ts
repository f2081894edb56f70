import type { MemoSummary, MemoWithSections } from '../shared/contract';
import { buildMemo, type MemoDocument } from '../shared/memo/build';
import { AdvisorError } from '../shared/result';
import type { ChangeContext } from './db/repos/case-repo';
import { memoSummary, type MemoRepo, type StoredMemo } from './db/repos/memo-repo';
import type { SnapshotRepo } from './db/repos/snapshot-repo';
import type { Dialogs } from './dialogs';
import type { FirmService } from './firm';
import { sharedMemoRenderer, type RenderMemo } from './reports/memo-renderer';

/** The formats a memo is saved in: PDF to send, Word for the firm to edit. */
export type MemoFormat = 'pdf' | 'docx';

export type MemoService = {
  create(input: { caseId: string; snapshotId: string; engagement: MemoSummary['engagement'] }, ctx: ChangeContext): MemoSummary;
  get(id: string): MemoWithSections;
  update(id: string, change: { engagement?: MemoSummary['engagement'] | undefined; edits?: Record<string, string> | undefined }, ctx: ChangeContext): MemoWithSections;
  exportDialog(id: string, format: MemoFormat): Promise<{ savedTo: string; bytes: number } | { cancelled: true }>;
  openForPrint(id: string): Promise<{ opened: boolean }>;
};

/**
 * Memos: stored as the saved comparison they are written from, the firm details frozen at creation
 * and the attorney's edits; the document is rebuilt from those each time, so a re-export prints the
 * same memo. Main renders it (on a worker thread); the renderer never names a path.
 */
export function createMemoService(deps: { memos: MemoRepo; snapshots: SnapshotRepo; firm: FirmService; dialogs: Dialogs; fontsDir: string; render?: RenderMemo }): MemoService {
  // On a worker thread with a time limit, so no memo can freeze the window (memo-renderer.ts).
  const render = deps.render ?? ((memo, fontsDir) => sharedMemoRenderer().render(memo, fontsDir));
  const documentOf = (memo: StoredMemo): MemoDocument =>
    buildMemo({
      snapshot: deps.snapshots.get(memo.snapshotId),
      firm: memo.firm,
      engagement: memo.engagement,
      date: memo.date,
      reference: memo.reference,
      edits: memo.edits,
    });
  const withSections = (memo: StoredMemo): MemoWithSections => ({
    ...memoSummary(memo),
    sections: documentOf(memo).sections.map(s => ({ id: s.id, heading: s.heading, text: s.text, editable: true, edited: s.edited })),
  });
  const fileOf = async (id: string, format: MemoFormat) => {
    const memo = deps.memos.get(id);
    // Word lays the .docx out itself: building it is quick and needs no worker or fonts. The docx
    // library is loaded on the first Word export, not with the app.
    const bytes = format === 'docx' ? await (await import('./reports/memo-docx')).renderMemoDocx(documentOf(memo)) : await render(documentOf(memo), deps.fontsDir);
    const name = `${memo.reference} ${memo.clientName} memo v${String(memo.version)}.${format}`.replace(/[\\/:*?"<>|]/g, '-');
    return { name, bytes };
  };
  return {
    create(input, ctx) {
      const snapshot = deps.snapshots.get(input.snapshotId);
      if (snapshot.caseId !== input.caseId) {
        throw new AdvisorError('not-found', `Case ${input.caseId} has no saved comparison ${input.snapshotId}.`, 'snapshotId');
      }
      return memoSummary(deps.memos.create({ ...input, firm: deps.firm.get() }, ctx));
    },
    get: id => withSections(deps.memos.get(id)),
    update: (id, change, ctx) => withSections(deps.memos.update(id, change, ctx)),
    async exportDialog(id, format) {
      const { name, bytes } = await fileOf(id, format);
      const savedTo = await (format === 'docx' ? deps.dialogs.saveWord(name, bytes) : deps.dialogs.savePdf(name, bytes));
      return savedTo ? { savedTo, bytes: bytes.length } : { cancelled: true };
    },
    async openForPrint(id) {
      const { name, bytes } = await fileOf(id, 'pdf');
      return { opened: await deps.dialogs.openPdf(name, bytes) };
    },
  };
}
