import { dataFolderState } from '../backup/restore-journal';
import { CliError, EXIT } from './errors';

/** Asks a question without echo; absent when nobody can answer (not a terminal). */
export type SecretPrompt = ((question: string) => Promise<string>) | null;

/**
 * The passphrase for the data folder's database: ADVISOR_PASSPHRASE, else asked at the terminal
 * without echo (twice, when it is about to become the passphrase of a new or newly encrypted database).
 */
export async function databasePassphrase(dataDir: string, env: NodeJS.ProcessEnv, prompt: SecretPrompt): Promise<string> {
  const fromEnv = env.ADVISOR_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!prompt) {
    throw new CliError('The database is encrypted: set ADVISOR_PASSPHRASE, or run in a terminal to be asked for the passphrase.', EXIT.failure);
  }
  // A database a restore left missing is not new: it is asked for once, as an existing one.
  const state = dataFolderState(dataDir);
  if (state === 'encrypted') return prompt('Passphrase: ');
  const first = await prompt(state === 'absent' ? 'New database. Choose a passphrase: ' : 'This database is not encrypted yet. Choose a passphrase to encrypt it: ');
  const again = await prompt('Type it again: ');
  if (first !== again) throw new CliError('passphrase: the two entries differ; nothing was created or changed.', EXIT.badInput);
  return first;
}

/** The passphrase a backup was made with, when it is not the current one: ADVISOR_BACKUP_PASSPHRASE or asked. */
export async function backupPassphrase(env: NodeJS.ProcessEnv, prompt: SecretPrompt): Promise<string> {
  const fromEnv = env.ADVISOR_BACKUP_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!prompt) throw new CliError('The backup was made under another passphrase: set ADVISOR_BACKUP_PASSPHRASE to it.', EXIT.failure);
  return prompt('The backup was made under another passphrase. Its passphrase: ');
}
