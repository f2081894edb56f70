/**
 * The back end's one source of time. Whatever under electron/ stamps a row, dates a memo, names a
 * backup or measures idleness is handed a Clock by whoever starts it (main.ts, the CLI's entry point,
 * a test) and never reads the computer's clock itself, so a test that fixes the clock fixes them all.
 */

/** Now, as the caller's clock has it. */
export type Clock = () => Date;

/** The computer's clock: what the app and the command line run on. */
export const systemClock: Clock = () => new Date();

/**
 * The day it is by `clock`, `YYYY-MM-DD` in UTC like every stored timestamp (and a new memo's date):
 * the CLI's default assessment date and the date its memos bear.
 */
export function today(clock: Clock): string {
  return clock().toISOString().slice(0, 10);
}

// The user's calendar day of a moment is pure (no clock read), so it lives in shared/ for the renderer too.
export { localDate } from '../shared/dates';
