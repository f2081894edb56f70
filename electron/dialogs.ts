/**
 * The open and save dialogs behind import and export, as a service the main process provides
 * (Electron's dialog) and tests stub; and the reading and writing of case-file documents shared by
 * those dialogs and the command line, so both name the same file and field in their messages.
 */
import { CaseFile, caseFileAsOf } from '../shared/case-file';
import { formatPath, toFieldIssues, type FieldIssue } from '../shared/validation';

/** A file the user chose, as read: its name (no folder, or the path typed on the command line) and its bytes. */
export type ChosenFile = { name: string; bytes: Uint8Array };
/** A file decoded as UTF-8 text. */
export type OpenedFile = { name: string; text: string };

/**
 * Native dialogs, injected through `openAdvisor({ dialogs })`. The renderer never names a path:
 * main asks here, reads or writes, and reports only the outcome. `null` means the user cancelled.
 */
export type Dialogs = {
  /** Shows the open dialog (several `.json` files allowed) and returns the chosen files' bytes (see decodeCaseFile). */
  openCaseFiles(): Promise<ChosenFile[] | null>;
  /** Shows the save dialog suggesting `defaultName`, writes `text` there and returns the path. */
  saveJson(defaultName: string, text: string): Promise<string | null>;
  /** Shows the open dialog for a PNG or JPEG image and returns its bytes. */
  openImage(): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Shows the save dialog for a PDF, writes it and returns the path. */
  savePdf(defaultName: string, bytes: Uint8Array): Promise<string | null>;
  /** Shows the save dialog for a Word document (.docx), writes it and returns the path. */
  saveWord(defaultName: string, bytes: Uint8Array): Promise<string | null>;
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
  saveWord: () => Promise.resolve(null),
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
 * Validates every item as a case file, with no date of birth after `today` (`YYYY-MM-DD`, the
 * user's calendar; without it that one check is left to the dispatcher). Returns the parsed files,
 * or every problem with its field path after `label(i)` (`caseFiles[3].client.fullName`), never a
 * partial list of files.
 */
export function validateCaseFiles(
  items: readonly unknown[],
  label: (index: number) => readonly PropertyKey[],
  today?: string,
): { ok: true; caseFiles: CaseFile[] } | { ok: false; problems: FieldIssue[] } {
  const schema = today === undefined ? CaseFile : caseFileAsOf(today);
  const caseFiles: CaseFile[] = [];
  const problems: FieldIssue[] = [];
  items.forEach((item, i) => {
    const parsed = schema.safeParse(item);
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

// Fatal: a byte that is not UTF-8 is refused, never read as U+FFFD. A leading BOM is dropped.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A case file's bytes as text. UTF-8 is read, with or without a byte-order mark; UTF-16 (a BOM
 * FF FE or FE FF, or NUL bytes, which no JSON text holds) and bytes that are not UTF-8 are refused,
 * naming the file, so no character is ever stored as U+FFFD.
 */
export function decodeCaseFile(file: ChosenFile): { ok: true; file: OpenedFile } | { ok: false; problem: FileProblem } {
  const b = file.bytes;
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || b.includes(0);
  if (!utf16) {
    try {
      return { ok: true, file: { name: file.name, text: UTF8.decode(b) } };
    } catch {
      // Not UTF-8: reported below.
    }
  }
  const why = utf16 ? 'it looks like UTF-16' : 'some of its bytes are not UTF-8';
  return { ok: false, problem: { file: file.name, field: '', message: `is not UTF-8 text (${why}); save it as UTF-8 and import it again` } };
}

/** Decodes every file (decodeCaseFile); the texts, or every file's problem. */
export function decodeCaseFiles(files: readonly ChosenFile[]): { ok: true; files: OpenedFile[] } | { ok: false; problems: FileProblem[] } {
  const decoded = files.map(decodeCaseFile);
  const problems = decoded.flatMap(d => (d.ok ? [] : [d.problem]));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: decoded.flatMap(d => (d.ok ? [d.file] : [])) };
}

/**
 * Reads opened files, each holding one case file or a JSON array of them (checked against `today`
 * as validateCaseFiles does). Every problem names its file and the field as written in that file;
 * nothing is returned unless all is well. `counts` says how many cases each file held, in order.
 */
export function readCaseFileDocuments(
  files: readonly OpenedFile[],
  today?: string,
): { ok: true; cases: ImportedCaseFile[]; counts: number[] } | { ok: false; problems: FileProblem[] } {
  const cases: ImportedCaseFile[] = [];
  const counts: number[] = [];
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
    const result = validateCaseFiles(items, i => (list ? [i] : []), today);
    if (result.ok) {
      cases.push(...result.caseFiles.map(caseFile => ({ caseFile, source: file.name })));
      counts.push(result.caseFiles.length);
    } else problems.push(...result.problems.map(p => ({ file: file.name, ...p })));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cases, counts };
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
