/**
 * Files and folders named on the command line, checked before anything is opened or asked for, so
 * a typo in a path is bad input (exit 2) that names the path as typed, not a failure deep inside.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodeCaseFile } from '../dialogs';
import { CliError, EXIT } from './errors';
import { terminalLines, terminalText } from './table';

const errorCode = (err: unknown) => (err as { code?: unknown }).code;

/** Exit 2 when `path` is missing or is a folder; the label says what it was for (`--case`, `restore`). */
export function requireFile(path: string, label: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (err) {
    if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') throw new CliError(terminalText(`${label}: there is no file ${path}.`), EXIT.badInput);
    throw new CliError(terminalText(`${label}: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`), EXIT.failure);
  }
  if (!isFile) throw new CliError(terminalText(`${label}: ${path} is a folder, not a file.`), EXIT.badInput);
}

/**
 * The text of an input file, after requireFile; other read failures (permissions) exit 1. UTF-8
 * only (a byte-order mark is dropped): UTF-16 or bytes that are not UTF-8 are bad input naming the
 * file (then `refused`, when given, says what that means: "Nothing was imported."), never read as
 * U+FFFD.
 */
export function readInputText(path: string, label: string, refused?: string): string {
  requireFile(path, label);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(terminalText(`${label}: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`), EXIT.failure);
  }
  const decoded = decodeCaseFile({ name: path, bytes });
  if (!decoded.ok) throw new CliError(terminalLines(`${path} ${decoded.problem.message}${refused ? `\n${refused}` : ''}`), EXIT.badInput);
  return decoded.file.text;
}

/** The absolute path of an output file whose folder must already exist (we never create folders). */
export function outputPath(path: string, label: string): string {
  const target = resolve(path);
  const folder = dirname(target);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Missing (or unreachable): reported below as missing, which is what the user can act on.
  }
  if (!isFolder) throw new CliError(terminalText(`${label}: the folder ${folder} does not exist.`), EXIT.badInput);
  let targetIsFolder = false;
  try {
    targetIsFolder = statSync(target).isDirectory();
  } catch {
    // Not there yet: the usual case.
  }
  if (targetIsFolder) throw new CliError(terminalText(`${label}: ${target} is a folder; give the name of the file to write in it.`), EXIT.badInput);
  return target;
}
