/**
 * `safety-copies`: the copies of the database each restore kept (never deleted by the app), and
 * `safety-copies remove NAME` to delete one, named exactly as listed. Through the dispatcher, so
 * the CLI applies the same checks as Settings.
 */
import { dirname } from 'node:path';
import type { Advisor } from '../advisor';
import { call } from '../dispatcher';
import { CliError, EXIT, fail } from './errors';
import { formatTable, terminalText } from './table';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export async function safetyCopiesCommand(advisor: Advisor, args: readonly string[], out: (text: string) => void): Promise<number> {
  const [action, name, ...extra] = args;
  if (action === undefined) {
    const result = await call(advisor.dispatch, 'security:get', {});
    if (!result.ok) fail(result.error);
    const copies = result.value.safetyCopies;
    const folder = dirname(advisor.databaseFile);
    if (copies.length === 0) {
      out(`No safety copies in ${terminalText(folder)}: no restore has replaced this database.`);
      return EXIT.ok;
    }
    // The undated copy an earlier version kept says so, rather than showing a made-up date.
    const rows = copies.map(c => [c.keptAt ?? 'unknown (kept by an earlier version)', mb(c.bytes), c.name]);
    out(formatTable(['Kept (UTC)', 'Size', 'File'], rows));
    out(`In ${terminalText(folder)}. Delete one with: safety-copies remove "FILE"`);
    return EXIT.ok;
  }
  if (action !== 'remove') throw new CliError(`Unknown safety-copies action "${terminalText(action)}": use safety-copies, or safety-copies remove FILE.`, EXIT.badInput);
  if (name === undefined || extra.length > 0) throw new CliError('safety-copies remove takes one FILE, named as safety-copies lists it.', EXIT.badInput);
  const removed = await call(advisor.dispatch, 'backups:remove-safety-copy', { name });
  if (!removed.ok) fail({ ...removed.error, message: terminalText(removed.error.message) });
  out(`Deleted the safety copy ${terminalText(name)}.`);
  return EXIT.ok;
}
