import { randomUUID } from 'node:crypto';
import { datedIssues, type CaseFile } from '../shared/case-file';
import { CaseId, CaseSummary, Theme, type AppInfo } from '../shared/contract';
import { localDate } from './clock';
import { AdvisorError } from '../shared/result';
import { describeIssues } from '../shared/validation';
import { describePrevious, type CaseImport } from './case-import';
import type { ConflictRepo } from './db/repos/conflict-repo';
import type { ConflictHitsRepo } from './db/repos/conflict-hits-repo';
import { conflictQueryFor } from '../shared/conflicts/query';
import type { CaseRepo, ChangeContext } from './db/repos/case-repo';
import type { SettingsRepo } from './db/repos/settings-repo';
import type { SnapshotRepo } from './db/repos/snapshot-repo';
import { decodeCaseFiles, defaultExportName, exportText, listProblems, namedByFile, type Dialogs, type OpenedFile } from './dialogs';
import type { HandlersFor } from './dispatcher';
import type { FirmService } from './firm';
import type { MemoService } from './memo-service';
import type { MemoRepo } from './db/repos/memo-repo';
import type { SessionMethod } from './session';
import type { FirmFacts } from './rules/firm-data-set';
import type { AffectedList } from './rules/affected';

/** What the handlers need, passed in (never module singletons) so tests build them on a temp database. */
export type Services = {
  cases: CaseRepo;
  imports: CaseImport;
  conflicts: ConflictRepo;
  conflictHits: ConflictHitsRepo;
  settings: SettingsRepo;
  snapshots: SnapshotRepo;
  firm: FirmService;
  memos: MemoService;
  memoList: (caseId: string | undefined) => ReturnType<MemoRepo['list']>;
  dialogs: Dialogs;
  info: () => AppInfo;
  /** The firm's effective facts data set (applied pack + the firm's own figures). */
  facts: () => FirmFacts;
  /** Who is acting and when, asked afresh for each change. */
  context: () => ChangeContext;
  /** The cases whose saved comparisons the firm's facts now answer differently. */
  affected: AffectedList;
};


/** Refuses a case file with a date of birth after today, on the user's calendar (the schema has no clock). */
function checkDates(caseFile: CaseFile, ctx: ChangeContext): void {
  const issues = datedIssues(caseFile, localDate(ctx.now), ['caseFile']);
  if (issues.length > 0) throw new AdvisorError('bad-input', describeIssues(issues), issues[0]?.field);
}

/** One function per contract method; input has already been validated by the dispatcher. */
export function createHandlers(s: Services): HandlersFor<SessionMethod> {
  // Files the import dialog found imported before, kept until the user confirms or imports others.
  let pendingImport: { token: string; files: OpenedFile[] } | null = null;
  return {
    'app:info': () => s.info(),
    'cases:create': input => {
      const ctx = s.context();
      checkDates(input.caseFile, ctx);
      return s.cases.create(input, ctx);
    },
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
    'memos:export-dialog': input => s.memos.exportDialog(input.id, input.format),
    'memos:open-for-print': input => s.memos.openForPrint(input.id),
    'memos:preview': input => s.memos.preview(input.id),
    'cases:list': input => s.cases.list(input),
    'cases:get': input => s.cases.getOrThrow(input.id),
    'cases:find': input => {
      // A UUID is an id; anything else is taken as a matter number, which is never UUID-shaped.
      const found = CaseId.safeParse(input.ref).success ? s.cases.get(input.ref) : s.cases.byReference(input.ref);
      if (!found) throw new AdvisorError('not-found', `There is no case ${input.ref}.`, 'ref');
      return CaseSummary.parse(found);
    },
    'cases:update': input => {
      const ctx = s.context();
      checkDates(input.caseFile, ctx);
      return s.cases.update(input, ctx);
    },
    'cases:save-draft': input => s.cases.saveDraft(input, s.context()),
    'cases:trash': input => s.cases.trash(input.id, s.context()),
    'cases:restore': input => s.cases.restore(input.id, s.context()),
    'cases:audit': input => s.cases.audit(input.id),
    'cases:import': input => {
      const ctx = s.context();
      if (input.files) {
        if (input.caseFiles) throw new AdvisorError('bad-input', 'caseFiles: give the case files or the files they were read from, not both.', 'caseFiles');
        return s.imports.importFiles(input.files, input.again === true, ctx);
      }
      if (!input.caseFiles) throw new AdvisorError('bad-input', 'caseFiles: required (or files, as read).', 'caseFiles');
      return s.imports.importCaseFiles(input.caseFiles, ctx);
    },
    'cases:import-dialog': async input => {
      // Confirmed after a warning that they were imported before: the same files, imported again.
      if (input.again !== undefined) {
        const files = pendingImport?.token === input.again ? pendingImport.files : null;
        pendingImport = null;
        if (!files) throw new AdvisorError('not-found', 'Those files are no longer waiting to be imported; choose them again.', 'again');
        return s.imports.importFiles(files, true, s.context());
      }
      const chosen = await s.dialogs.openCaseFiles();
      if (!chosen || chosen.length === 0) return { cancelled: true as const };
      const decoded = decodeCaseFiles(chosen);
      if (!decoded.ok) throw new AdvisorError('bad-input', `Nothing was imported. Correct these and import again:\n${listProblems(namedByFile(decoded.problems))}`);
      const previous = s.imports.previous(decoded.files);
      if (previous.length > 0) {
        pendingImport = { token: randomUUID(), files: decoded.files };
        return { alreadyImported: { token: pendingImport.token, message: `${describePrevious(previous)}\nNothing was imported yet.`, previous } };
      }
      return s.imports.importFiles(decoded.files, false, s.context());
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
    'conflicts:report': input => {
      s.cases.getOrThrow(input.caseId, 'caseId');
      return s.conflictHits.report(input.caseId);
    },
    'conflicts:run': input => {
      const record = s.cases.getOrThrow(input.caseId, 'caseId');
      const matches = s.conflicts.check({ ...conflictQueryFor(record.caseFile), excludeCaseId: input.caseId });
      return s.conflictHits.record(input.caseId, matches, s.context());
    },
    'conflicts:resolve': input => s.conflictHits.resolve(input.caseId, input.hitId, input.resolution, input.note, s.context()),
    'conflicts:same-person': input => {
      const moved = s.conflictHits.samePerson(input.caseId, input.hitId, input.note, s.context());
      return { ...moved, report: s.conflictHits.report(input.caseId) };
    },
    'snapshots:save': input => s.snapshots.save(input, s.context()),
    'snapshots:list': input => s.snapshots.list(input.caseId),
    'snapshots:get': input => s.snapshots.get(input.id),
    'rules:facts': () => {
      const { dataSet, identity, origin } = s.facts();
      return { dataSet, identity, origin };
    },
    'rules:affected': input => s.affected.list(input.openOnly),
    'rules:fresh-comparison': input => s.affected.fresh(input.snapshotId, input.confirmOlderVersion, s.context()),
    'settings:get': () => ({ userName: s.settings.get('userName') }),
    'settings:get-theme': () => ({ theme: Theme.catch('system').parse(s.settings.get('theme')) }),
    'settings:set-theme': input => {
      s.settings.set('theme', input.theme);
      return { theme: input.theme };
    },
    'settings:set': input => {
      s.settings.set('userName', input.userName);
      return { userName: s.settings.get('userName') };
    },
  };
}
