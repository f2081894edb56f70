import type { MemoSummary, MemoWithSections, Snapshot } from '../shared/contract';
import { buildMemo, routeEditKey, SECTION_HEADINGS, SECTION_IDS, type MemoDocument } from '../shared/memo/build';
import { countryName } from '../shared/memo/format';
import { programById } from '../shared/programs/index';
import { AdvisorError } from '../shared/result';
import type { ChangeContext } from './db/repos/case-repo';
import { memoSummary, type MemoAuditNote, type MemoChange, type MemoRepo, type StoredMemo } from './db/repos/memo-repo';
import type { SnapshotRepo } from './db/repos/snapshot-repo';
import type { Dialogs } from './dialogs';
import type { FirmService } from './firm';
import { sharedMemoRenderer, type RenderMemo } from './reports/memo-renderer';

/** The formats a memo is saved in: PDF to send, Word for the firm to edit. */
export type MemoFormat = 'pdf' | 'docx';

export type MemoService = {
  create(input: { caseId: string; snapshotId: string; engagement: MemoSummary['engagement'] }, ctx: ChangeContext): MemoSummary;
  get(id: string): MemoWithSections;
  update(id: string, change: MemoChange, ctx: ChangeContext): MemoWithSections;
  /** The memo as it will print, from the same document and renderer as the export: PDF bytes in base64. */
  preview(id: string): Promise<{ pdf: string }>;
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
  const documentOf = (memo: StoredMemo, snapshot = deps.snapshots.get(memo.snapshotId)): MemoDocument =>
    buildMemo({
      snapshot,
      firm: memo.firm,
      engagement: memo.engagement,
      date: memo.date,
      reference: memo.reference,
      discussed: memo.discussed ?? undefined,
      edits: memo.edits,
    });
  const withSections = (memo: StoredMemo): MemoWithSections => {
    const snapshot = deps.snapshots.get(memo.snapshotId);
    const doc = documentOf(memo, snapshot);
    const discussed = doc.analysis.map(a => a.programId);
    const byId = new Map(snapshot.results.map(a => [a.programId, a]));
    const order = [...discussed, ...snapshot.results.map(a => a.programId).filter(p => !discussed.includes(p))];
    return {
      ...memoSummary(memo),
      sections: doc.sections.map(s => ({ id: s.id, heading: s.heading, text: s.text, editable: true, edited: s.edited, generated: s.generated })),
      routes: order.map(p => ({ programId: p, name: byId.get(p)?.programName ?? p, country: countryName(byId.get(p)?.country ?? ''), discussed: discussed.includes(p) })),
      analyses: doc.analysis.map(a => ({ programId: a.programId, heading: a.heading, text: a.verdict, edited: a.edited, generated: a.generatedVerdict })),
    };
  };
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
    update(id, change, ctx) {
      const memo = deps.memos.get(id);
      const snapshot = deps.snapshots.get(memo.snapshotId);
      const edits = change.edits && checkedEdits(change.edits, snapshot);
      const discussed = change.discussed && checkedDiscussed(change.discussed, snapshot);
      const notes = auditNotes(memo, { ...change, edits, discussed }, snapshot);
      return withSections(deps.memos.update(id, { ...change, edits, discussed }, ctx, notes));
    },
    async preview(id) {
      const { bytes } = await fileOf(id, 'pdf');
      return { pdf: Buffer.from(bytes).toString('base64') };
    },
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

/** A route's name as the attorney says it: `H-1B`, `Express Entry`. */
const shortName = (programId: string, snapshot: Snapshot) =>
  programById(programId)?.shortName ?? snapshot.results.find(a => a.programId === programId)?.programName ?? 'a route no longer compared';

/** What an edits key names, in words: `Bottom line`, `the analysis of H-1B`. */
function editName(key: string, snapshot: Snapshot): string {
  const route = snapshot.results.find(a => routeEditKey(a.programId) === key);
  if (route) return `the analysis of ${shortName(route.programId, snapshot)}`;
  // Memos saved before the next steps had their own section kept their edits under "recommendation".
  return SECTION_HEADINGS[(key === 'recommendation' ? 'next-steps' : key) as keyof typeof SECTION_HEADINGS];
}

/** The edits as stored: only known sections and routes of this comparison; blank text (a restore) is dropped. */
function checkedEdits(edits: Readonly<Record<string, string>>, snapshot: Snapshot): Record<string, string> {
  const known = new Set<string>([...SECTION_IDS, ...snapshot.results.map(a => routeEditKey(a.programId))]);
  const unknown = Object.keys(edits).filter(k => !known.has(k));
  if (unknown.length) throw new AdvisorError('bad-input', `The memo has no section or route named ${unknown.join(', ')} to edit.`, 'edits');
  return Object.fromEntries(Object.entries(edits).filter(([, text]) => text.trim() !== ''));
}

/** The routes to discuss: each one compared in this memo's comparison, each once. */
function checkedDiscussed(discussed: readonly string[], snapshot: Snapshot): string[] {
  const unknown = discussed.filter(p => !snapshot.results.some(a => a.programId === p));
  if (unknown.length) throw new AdvisorError('bad-input', `The routes discussed must be among those compared; ${unknown.join(', ')} was not.`, 'discussed');
  if (new Set(discussed).size !== discussed.length) throw new AdvisorError('bad-input', 'A route is listed twice among the routes discussed.', 'discussed');
  return [...discussed];
}

/** One audit note per thing the change alters, in words, each with the memo's version. */
function auditNotes(memo: StoredMemo, change: MemoChange, snapshot: Snapshot): MemoAuditNote[] {
  const memoName = `Memo v${String(memo.version)}`;
  const notes: MemoAuditNote[] = [];
  if (change.engagement && change.engagement !== memo.engagement) {
    notes.push({ note: `${memoName}: ${change.engagement === 'engaged' ? 'engaged (advice scoped to the matter)' : 'before engagement (general information)'}` });
  }
  if (change.discussed && JSON.stringify(change.discussed) !== JSON.stringify(memo.discussed)) {
    const names = change.discussed.map(p => shortName(p, snapshot));
    notes.push({ note: `${memoName}: routes discussed: ${names.length ? names.join(', ') : 'none'}` });
  }
  if (change.edits) {
    const after = change.edits;
    for (const key of new Set([...Object.keys(memo.edits), ...Object.keys(after)])) {
      const [was, now] = [memo.edits[key] ?? null, after[key] ?? null];
      if (was === now) continue;
      const name = editName(key, snapshot);
      notes.push({ note: `${memoName}: ${now === null ? `restored the generated text of ${name}` : `edited ${name}`}`, field: name, before: was, after: now });
    }
  }
  return notes;
}
