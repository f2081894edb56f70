import { basename, resolve } from 'node:path';
import type { BackupPreview } from '../../shared/contract-security';
import { AdvisorError } from '../../shared/result';
import type { Advisor } from '../advisor';
import { notABackupReason } from '../backup/backup-shape';
import { CliError, EXIT } from './errors';
import { outputPath, requireFile } from './input-file';
import { backupPassphrase, type SecretPrompt } from './passphrase';
import { terminalText } from './table';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** `backup --out FILE`, checked before the database is opened: the folder must exist. */
export function checkBackupTarget(out: string | undefined): string {
  if (!out) throw new CliError('backup needs --out FILE.', EXIT.badInput);
  return outputPath(out, '--out');
}

/**
 * `restore FILE`, checked before the database is opened or any passphrase tried: the file must
 * exist and could be a backup (a PDF and noise under a wrong key fail alike once SQLite opens them).
 */
export function checkRestoreSource(file: string | undefined): void {
  if (!file) throw new CliError('restore needs the backup FILE.', EXIT.badInput);
  requireFile(file, 'restore');
  const reason = notABackupReason(file);
  if (reason) throw new CliError(terminalText(`${basename(file)} is not an Immigration Advisor backup: ${reason}. Nothing was changed.`), EXIT.badInput);
}

/** `backup --out FILE`: an online, encrypted copy of the database. */
export async function backupCommand(advisor: Advisor, out: string | undefined, stdout: (t: string) => void): Promise<number> {
  if (!out) throw new CliError('backup needs --out FILE.', EXIT.badInput);
  const made = await advisor.vault.backupToFile(resolve(out));
  const preview = advisor.vault.previewBackup(made.name);
  stdout(`Backed up ${String(preview.cases)} cases of ${String(preview.clients)} clients to ${made.name} (${mb(made.bytes)}, encrypted with the current passphrase).`);
  return EXIT.ok;
}

function describe(p: BackupPreview): string {
  return [
    `Backup:      ${p.name}`,
    `Made:        ${p.madeAt ?? 'unknown (not made by Immigration Advisor’s backup)'}`,
    `Clients:     ${String(p.clients)}`,
    `Cases:       ${String(p.cases)}`,
    `Last change: ${p.lastChangeAt ?? 'none recorded'}`,
  ].join('\n');
}

/** `restore FILE [--dry-run]`: shows what the backup holds, then puts it in place of the database. */
export async function restoreCommand(
  advisor: Advisor,
  file: string | undefined,
  options: { dryRun: boolean; env: NodeJS.ProcessEnv; prompt: SecretPrompt; currentPassphrase: string },
  stdout: (t: string) => void,
): Promise<number> {
  if (!file) throw new CliError('restore needs the backup FILE.', EXIT.badInput);
  const path = resolve(file);
  let passphrase: string | undefined;
  let preview: BackupPreview;
  try {
    preview = advisor.vault.previewBackup(path);
  } catch (err) {
    if (!(err instanceof AdvisorError && err.code === 'wrong-passphrase')) throw err;
    passphrase = await backupPassphrase(options.env, options.prompt);
    preview = advisor.vault.previewBackup(path, passphrase);
  }
  stdout(describe(preview));
  if (options.dryRun) {
    stdout('Dry run: nothing was changed.');
    return EXIT.ok;
  }
  const { keptAside } = await advisor.vault.restoreFile(path, passphrase ?? options.currentPassphrase);
  stdout(`Restored. The database it replaced is kept at ${keptAside}.`);
  return EXIT.ok;
}
