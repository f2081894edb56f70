import { useEffect, useRef, useState } from 'react';
import type { FieldIssue } from '../../shared/validation';
import { AdvisorCallError, errorMessage } from './advisor';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'draft'; at: Date; issues: FieldIssue[] }
  /** Not saved, for good: `retry` saves the latest version again; `field` names the value refused, if one was. */
  | { kind: 'error'; message: string; field?: string | undefined; retry: () => void };

/** How long typing may pause before the change is written; "within about a second" end to end. */
export const DEBOUNCE_MS = 500;

/**
 * The waits before trying again a save the database was too busy for (another window or a CLI
 * import held it past the main process's own 5-second wait). Busy is passing, not a failure:
 * "Saving…" stays up through these, about 7.5 seconds, before the save is reported as failed.
 */
export const BUSY_RETRY_DELAYS_MS = [500, 1000, 2000, 4000] as const;

const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Saves `value` shortly after each change, one save at a time, always the latest version; a save
 * still waiting when the screen is left is made at once. `save` writes a version; `settle` takes
 * its answer and says what the save line shows. Both are read when the save runs, so they may
 * change on every render. Used by the intake, the memo editor and Settings.
 */
export function useDebouncedSave<T, R>(value: T, dirty: boolean, save: (latest: T) => Promise<R>, settle: (result: R) => SaveState): SaveState {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(value);
  const calls = useRef({ save, settle });
  const inFlight = useRef(false);
  const again = useRef(false);
  // The debounce timer and the save it will make, kept across renders so leaving the screen can
  // make that save at once instead of dropping it (an edit typed just before "Compare options").
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingSave = useRef<(() => void) | null>(null);

  // On leaving (unmount), a save still waiting for its debounce is made now.
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const flush = pendingSave.current;
      pendingSave.current = null;
      flush?.();
    },
    [],
  );

  // Declared before the save effect, so it has run by the time a save reads the refs.
  useEffect(() => {
    latest.current = value;
    calls.current = { save, settle };
  }, [value, save, settle]);

  useEffect(() => {
    if (!dirty) return;
    /** One save of the latest version, tried again after each busy answer while BUSY_RETRY_DELAYS_MS lasts. */
    const saveLatest = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await calls.current.save(latest.current);
        } catch (err) {
          const delay = BUSY_RETRY_DELAYS_MS[attempt];
          if (!(err instanceof AdvisorCallError && err.code === 'busy') || delay === undefined) throw err;
          await wait(delay);
        }
      }
    };
    const run = async (): Promise<void> => {
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      setState({ kind: 'saving' });
      try {
        setState(calls.current.settle(await saveLatest()));
      } catch (err) {
        setState({ kind: 'error', message: errorMessage(err), field: err instanceof AdvisorCallError ? err.field : undefined, retry: () => void run() });
      } finally {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          void run();
        }
      }
    };
    // Each change restarts the wait; the timer is not cleared on unmount here but flushed above.
    if (timer.current !== null) clearTimeout(timer.current);
    pendingSave.current = () => void run();
    timer.current = setTimeout(() => {
      timer.current = null;
      pendingSave.current = null;
      void run();
    }, DEBOUNCE_MS);
    // The value changes on every edit; that is the trigger.
  }, [value, dirty]);

  return state;
}
