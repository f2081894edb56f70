import { CaseId, CaseSummary, type AppInfo } from '../shared/contract';
import { localDate } from './clock';
import { AdvisorError } from '../shared/result';
import type { ConflictRepo } from './db/repos/conflict-repo';
import type { CaseRepo, ChangeContext } from './db/repos/case-repo';
import type { SettingsRepo } from './db/repos/settings-repo';
import type { SnapshotRepo } from './db/repos/snapshot-repo';
import {
  defaultExportName,
  exportText,
  listProblems,
  namedByFile,
  readCaseFileDocuments,
  validateCaseFiles,
  type Dialogs,
} from './dialogs';
import type { HandlersFor } from './dispatcher';
import type { FirmService } from './firm';
import type { MemoService } from './memo-service';
import type { MemoRepo } from './db/repos/memo-repo';
import type { SessionMethod } from './session';

/** What the handlers need, passed in (never module singletons) so tests build them on a temp database. */
export type Services = {
  cases: CaseRepo;
  conflicts: ConflictRepo;
  settings: SettingsRepo;
  snapshots: SnapshotRepo;
  firm: FirmService;
  memos: MemoService;
  memoList: (caseId: string | undefined) => ReturnType<MemoRepo['list']>;
  dialogs: Dialogs;
  info: () => AppInfo;
  /** Who is acting and when, asked afresh for each change. */
  context: () => ChangeContext;
};


/** One function per contract method; input has already been validated by the dispatcher. */
export function createHandlers(s: Services): HandlersFor<SessionMethod> {
  return {
    'app:info': () => s.info(),
    'cases:create': input => s.cases.create(input, s.context()),
    'firm:get': () => s.firm.get(),
    'firm:set': input => s.firm.set(input),
    'firm:choose-logo': async () => {
      const image = await s.dialogs.openImage();
      return image ? s.firm.setLogo(image.name, image.bytes) : { cancelled: true as const };
    },
    'firm:clear-logo': () => s.firm.clearLogo(),
    'memos:create': input => s.memos.create(input, s.context()),
    'memos:list': input => s.memoList(input.caseId),
    'memos:get': input => s.memos.get(input.id),
    'memos:update': input => s.memos.update(input.id, input, s.context()),
    'memos:export-dialog': input => s.memos.exportDialog(input.id),
    'memos:open-for-print': input => s.memos.openForPrint(input.id),
    'cases:list': input => s.cases.list(input),
    'cases:get': input => s.cases.getOrThrow(input.id),
    'cases:find': input => {
      // A UUID is an id; anything else is taken as a matter number, which is never UUID-shaped.
      const found = CaseId.safeParse(input.ref).success ? s.cases.get(input.ref) : s.cases.byReference(input.ref);
      if (!found) throw new AdvisorError('not-found', `There is no case ${input.ref}.`, 'ref');
      return CaseSummary.parse(found);
    },
    'cases:update': input => s.cases.update(input, s.context()),
    'cases:save-draft': input => s.cases.saveDraft(input, s.context()),
    'cases:trash': input => s.cases.trash(input.id, s.context()),
    'cases:restore': input => s.cases.restore(input.id, s.context()),
    'cases:audit': input => s.cases.audit(input.id),
    'cases:import': input => {
      // Every file is checked before anything is written, and every problem is reported at once.
      const result = validateCaseFiles(input.caseFiles, i => ['caseFiles', i]);
      // The error points at the first problem's field; the message lists them all.
      if (!result.ok) throw new AdvisorError('bad-input', listProblems(result.problems), result.problems[0]?.field);
      const items = result.caseFiles.map(caseFile => ({ caseFile, note: 'Imported from a case file' }));
      return { imported: s.cases.createMany(items, s.context()) };
    },
    'cases:import-dialog': async () => {
      const files = await s.dialogs.openCaseFiles();
      if (!files || files.length === 0) return { cancelled: true as const };
      const result = readCaseFileDocuments(files);
      if (!result.ok) {
        const problems = listProblems(namedByFile(result.problems));
        throw new AdvisorError('bad-input', `Nothing was imported. Correct these and import again:\n${problems}`);
      }
      const items = result.cases.map(c => ({ caseFile: c.caseFile, note: `Imported from ${c.source}` }));
      return { imported: s.cases.createMany(items, s.context()) };
    },
    'cases:export-dialog': async input => {
      const records = input.ids.map((id, i) => s.cases.getOrThrow(id, `ids[${String(i)}]`));
      const name = defaultExportName(records, localDate(s.context().now));
      const savedTo = await s.dialogs.saveJson(name, exportText(records.map(r => r.caseFile)));
      return savedTo === null ? { cancelled: true as const } : { savedTo, count: records.length };
    },
    'conflicts:check': input => ({ matches: s.conflicts.check(input) }),
    'conflicts:decide': input => {
      s.cases.recordDecision(input.caseId, input.decision, input.note, s.context());
      return { recorded: true as const };
    },
    'snapshots:save': input => s.snapshots.save(input, s.context()),
    'snapshots:list': input => s.snapshots.list(input.caseId),
    'snapshots:get': input => s.snapshots.get(input.id),
    'settings:get': () => ({ userName: s.settings.get('userName') }),
    'settings:set': input => {
      s.settings.set('userName', input.userName);
      return { userName: s.settings.get('userName') };
    },
  };
}
