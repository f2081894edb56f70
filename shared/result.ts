/**
 * The envelope every contract call returns, across IPC, the CLI and the test bridge alike.
 * Errors are values, not rejections, so the renderer can show them beside the right field.
 */

/** Machine-readable error codes; the message is for people. */
export type ErrorCode =
  | 'bad-input'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'untrusted-sender'
  | 'database-too-new'
  /** The passphrase does not open the database (or backup); nothing was changed. */
  | 'wrong-passphrase'
  /** The app is locked: unlock it first. */
  | 'locked'
  /** The work took longer than its time limit and was stopped; nothing was changed. */
  | 'timed-out'
  /** Files with this content were imported before; nothing was imported (the message names the cases). */
  | 'already-imported'
  /** Another process held the database past the busy timeout; nothing was changed, and trying again may work. */
  | 'busy'
  | 'internal';

/** A typed error; `field` is the input's field path when one field is at fault. */
export type AdvisorErrorInfo = { code: ErrorCode; message: string; field?: string };

/** Either the method's output or a typed error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AdvisorErrorInfo };

/** An error a handler throws on purpose; the dispatcher turns it into `{ ok: false, error }`. */
export class AdvisorError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AdvisorError';
    this.code = code;
    this.field = field;
  }

  /** The plain-object form that crosses IPC. */
  toInfo(): AdvisorErrorInfo {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
