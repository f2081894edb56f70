import type { AdvisorErrorInfo } from '../../shared/result';
import { terminalLines } from './table';

/** Exit codes: 0 success, 1 any other failure, 2 bad input (message names the field). */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** A failure the CLI reports as its message alone, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Maps a dispatcher error to an exit code: bad input and unknown ids are the caller's to fix (2). */
export function fail(error: AdvisorErrorInfo): never {
  throw new CliError(error.message, error.code === 'bad-input' || error.code === 'not-found' ? EXIT.badInput : EXIT.failure);
}

/** `fail` for a message that may quote keys or names from a case file: escaped for the terminal. */
export function failSafely(error: AdvisorErrorInfo): never {
  return fail({ ...error, message: terminalLines(error.message) });
}

/**
 * `failSafely` for a dispatcher error about input the user gave as options: the contract's field
 * names (`attorneyName: …`) become the options typed (`--attorney: …`), per `optionOf`.
 */
export function failAsOptions(error: AdvisorErrorInfo, optionOf: Readonly<Record<string, string>>, after = ''): never {
  const option = (field: string | undefined) => (field !== undefined && Object.hasOwn(optionOf, field) ? optionOf[field] : undefined);
  let message = error.message.replace(/^([\w-]+):/gmu, (whole, field: string) => option(field)?.concat(':') ?? whole);
  const named = option(error.field);
  if (named && !message.startsWith(`${named}:`)) message = `${named}: ${message}`;
  return failSafely({ ...error, message: message + after });
}
