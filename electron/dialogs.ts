/**
 * The open and save dialogs behind import and export, as a service the main process provides
 * (Electron's dialog) and tests stub; and the reading and writing of case-file documents shared by
 * those dialogs and the command line, so both name the same file and field in their messages.
 */
import { CaseFile } from '../shared/case-file';
import { formatPath, toFieldIssues, type FieldIssue } from '../shared/validation';

/** A file the user chose, already read: its name (no folder) and its text. */
export type OpenedFile = { name: string; text: string };

/**
 * Native dialogs, injected through `openAdvisor({ dialogs })`. The renderer never names a path:
 * main asks here, reads or writes, and reports only the outcome. `null` means the user cancelled.
 */
export type Dialogs = {
  /** Shows the open dialog (several `.json` files allowed) and returns the chosen files, read as UTF-8. */
  openCaseFiles(): Promise<OpenedFile[] | null>;
  /** Shows the save dialog suggesting `defaultName`, writes `text` there and returns the path. */
  saveJson(defaultName: string, text: string): Promise<string | null>;
  /** Shows the open dialog for a PNG or JPEG image and returns its bytes. */
  openImage(): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Shows the save dialog for a PDF, writes it and returns the path. */
  savePdf(defaultName: string, bytes: Uint8Array): Promise<string | null>;
  /** Opens a PDF in the system's viewer (whose Print command prints it); false when none opened. */
  openPdf(name: string, bytes: Uint8Array): Promise<boolean>;
  /** Shows the folder picker for automatic backups and returns the folder's path. */
  chooseBackupFolder(): Promise<string | null>;
  /** Shows the open dialog for a backup to restore and returns its path (it is opened by the driver). */
  openBackup(): Promise<string | null>;
};

/** The default where no windowing is available (CLI, tests): every dialog is cancelled. */
export const CANCELLED_DIALOGS: Dialogs = {
  openCaseFiles: () => Promise.resolve(null),
  saveJson: () => Promise.resolve(null),
  openImage: () => Promise.resolve(null),
  savePdf: () => Promise.resolve(null),
  openPdf: () => Promise.resolve(false),
  chooseBackupFolder: () => Promise.resolve(null),
  openBackup: () => Promise.resolve(null),
};

/** A long list of problems is cut here, with a count of the rest, so a message stays readable. */
const MAX_LISTED = 100;

/** `field: message` lines, at most MAX_LISTED of them. */
export function listProblems(problems: readonly FieldIssue[]): string {
  const lines = problems.slice(0, MAX_LISTED).map(p => (p.field ? `${p.field}: ${p.message}` : p.message));
  if (problems.length > MAX_LISTED) lines.push(`…and ${String(problems.length - MAX_LISTED)} more problems`);
  return lines.join('\n');
}

/** `caseFiles[3]` + `client.fullName` → `caseFiles[3].client.fullName`; `[2]` + `` → `[2]`. */
function joinPath(prefix: string, field: string): string {
  if (prefix === '' || field === '') return prefix + field;
  return field.startsWith('[') ? prefix + field : `${prefix}.${field}`;
}

/**
 * Validates every item as a case file. Returns the parsed files, or every problem with its field
 * path after `label(i)` (`caseFiles[3].client.fullName`), never a partial list of files.
 */
export function validateCaseFiles(
  items: readonly unknown[],
  label: (index: number) => readonly PropertyKey[],
): { ok: true; caseFiles: CaseFile[] } | { ok: false; problems: FieldIssue[] } {
  const caseFiles: CaseFile[] = [];
  const problems: FieldIssue[] = [];
  items.forEach((item, i) => {
    const parsed = CaseFile.safeParse(item);
    if (parsed.success) caseFiles.push(parsed.data);
    else {
      const prefix = formatPath(label(i));
      for (const issue of toFieldIssues(parsed.error)) problems.push({ field: joinPath(prefix, issue.field), message: issue.message });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, caseFiles };
}

/** A case file read from an opened file, with the file's name for the audit trail. */
export type ImportedCaseFile = { caseFile: CaseFile; source: string };

/** A problem with one opened file: `field` is inside the file (`[2].client.fullName`), '' for the whole file. */
export type FileProblem = { file: string; field: string; message: string };

/**
 * Reads opened files, each holding one case file or a JSON array of them. Every problem names its
 * file and the field as written in that file; nothing is returned unless all is well.
 */
export function readCaseFileDocuments(
  files: readonly OpenedFile[],
): { ok: true; cases: ImportedCaseFile[] } | { ok: false; problems: FileProblem[] } {
  const cases: ImportedCaseFile[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (err) {
      problems.push({ file: file.name, field: '', message: `not valid JSON (${err instanceof Error ? err.message : String(err)})` });
      continue;
    }
    const list = Array.isArray(json);
    const items: unknown[] = Array.isArray(json) ? json : [json];
    if (items.length === 0) {
      problems.push({ file: file.name, field: '', message: 'holds an empty list, not a case file' });
      continue;
    }
    const result = validateCaseFiles(items, i => (list ? [i] : []));
    if (result.ok) cases.push(...result.caseFiles.map(caseFile => ({ caseFile, source: file.name })));
    else problems.push(...result.problems.map(p => ({ file: file.name, ...p })));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cases };
}

/** Problems as `file: field: message` issues, for one flat list (the import dialog's message). */
export function namedByFile(problems: readonly FileProblem[]): FieldIssue[] {
  return problems.map(p => ({ field: p.field ? `${p.file}: ${p.field}` : p.file, message: p.message }));
}

/** The text of an export: the stored case file exactly (several: a JSON array), pretty-printed. */
export function exportText(caseFiles: readonly CaseFile[]): string {
  return `${JSON.stringify(caseFiles.length === 1 ? caseFiles[0] : caseFiles, null, 2)}\n`;
}

/** Characters no file system accepts in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/gu;

/** The save dialog's suggestion: `2026-0001 Priya Sharma.case.json`, or `cases-2026-11-29.json` for several. */
export function defaultExportName(cases: readonly { reference: string; clientName: string }[], today: string): string {
  const only = cases.length === 1 ? cases[0] : undefined;
  if (!only) return `cases-${today}.json`;
  const base = `${only.reference} ${only.clientName}`.replace(UNSAFE_NAME, '-').replace(/[. ]+$/u, '');
  return `${base}.case.json`;
}
