/**
 * Importing case files, for the app's Import… and the CLI's `import` alike (both through the
 * dispatcher). Every file is checked before anything is written; files are remembered by the
 * SHA-256 of their text, so importing the same file again (say, re-running an import whose output
 * was lost to a crash after it committed) is refused, naming the cases it made the first time,
 * unless the caller says to import it again.
 */
import { createHash } from 'node:crypto';
import type { CaseSummary, PreviousImport } from '../shared/contract';
import { localDate } from '../shared/dates';
import { AdvisorError } from '../shared/result';
import type { CaseRepo, ChangeContext } from './db/repos/case-repo';
import type { ImportRepo } from './db/repos/import-repo';
import { listProblems, namedByFile, readCaseFileDocuments, validateCaseFiles, type OpenedFile } from './dialogs';

/** What an import made, and the earlier imports of the same files when it was told to import them again. */
export type ImportResult = { imported: CaseSummary[]; reimported: PreviousImport[] };

export type CaseImport = {
  /** Parsed case files (no file to remember): checked, then stored all or none. */
  importCaseFiles(items: readonly unknown[], ctx: ChangeContext): ImportResult;
  /** Files as read: checked, then stored all or none; refused if imported before, unless `again`. */
  importFiles(files: readonly OpenedFile[], again: boolean, ctx: ChangeContext): ImportResult;
  /** The earlier imports of any of these files (or of one of them earlier in the same list). */
  previous(files: readonly OpenedFile[]): PreviousImport[];
};

/** The hex SHA-256 of a file's text as UTF-8 (a byte-order mark, already dropped, does not count). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const MAX_NAMED = 5;

/** `2026-0001 Priya Sharma`, `2026-0002 Li Wei (in the Trash)` and so on, at most MAX_NAMED of them. */
function caseList(cases: PreviousImport['cases']): string {
  const named = cases.slice(0, MAX_NAMED).map(c => `${c.reference} ${c.clientName}${c.trashed ? ' (in the Trash)' : ''}`);
  if (cases.length > MAX_NAMED) named.push(`${String(cases.length - MAX_NAMED)} more`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}` : (named[0] ?? 'no case');
}

/** One line per earlier import: what it was called, when, and the cases it made (matter number and client). */
export function describePrevious(previous: readonly PreviousImport[]): string {
  return previous
    .map(p => {
      const same = p.importedAs === p.file ? `${p.file} was imported` : `${p.file} holds the same content as ${p.importedAs}, imported`;
      // An empty importedAt: earlier in this same import, so nothing has been stored from it yet.
      return p.importedAt === '' ? `${p.file} holds the same content as ${p.importedAs}, also in this import.` : `${same} on ${localDate(new Date(p.importedAt))} as ${caseList(p.cases)}.`;
    })
    .join('\n');
}

export function createCaseImport(deps: { cases: CaseRepo; imports: ImportRepo }): CaseImport {
  const previous = (files: readonly OpenedFile[]): PreviousImport[] => {
    const hashes = files.map(f => contentHash(f.text));
    const earlier = deps.imports.earlier(hashes);
    const found: PreviousImport[] = [];
    hashes.forEach((hash, i) => {
      const file = files[i]?.name ?? '';
      for (const e of earlier.filter(x => x.sha256 === hash)) found.push({ file, importedAs: e.importedAs, importedAt: e.importedAt, cases: e.cases });
      const first = hashes.indexOf(hash);
      if (first < i) found.push({ file, importedAs: files[first]?.name ?? '', importedAt: '', cases: [] });
    });
    return found;
  };

  return {
    importCaseFiles(items, ctx) {
      // Every file is checked before anything is written, and every problem is reported at once.
      const result = validateCaseFiles(items, i => ['caseFiles', i], localDate(ctx.now));
      // The error points at the first problem's field; the message lists them all.
      if (!result.ok) throw new AdvisorError('bad-input', listProblems(result.problems), result.problems[0]?.field);
      const stored = result.caseFiles.map(caseFile => ({ caseFile, note: 'Imported from a case file' }));
      return { imported: deps.cases.createMany(stored, ctx), reimported: [] };
    },
    importFiles(files, again, ctx) {
      const read = readCaseFileDocuments(files, localDate(ctx.now));
      if (!read.ok) throw new AdvisorError('bad-input', `Nothing was imported. Correct these and import again:\n${listProblems(namedByFile(read.problems))}`);
      const recorded = files.map((f, i) => ({ name: f.name, sha256: contentHash(f.text), count: read.counts[i] ?? 0 }));
      const items = read.cases.map(c => ({ caseFile: c.caseFile, note: `Imported from ${c.source}` }));
      let reimported: PreviousImport[] = [];
      const imported = deps.imports.storeAndRecord(
        recorded,
        () => {
          // Checked under the write lock, so two processes importing one file cannot both pass.
          reimported = previous(files);
          if (reimported.length > 0 && !again) throw new AdvisorError('already-imported', `${describePrevious(reimported)}\nNothing was imported, so no case was made twice.`);
          return deps.cases.createMany(items, ctx);
        },
        ctx,
      );
      return { imported, reimported };
    },
    previous,
  };
}
