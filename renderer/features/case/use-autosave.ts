import { useEffect, useRef, useState } from 'react';
import type { CaseRecord } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/validation';
import { advisor, AdvisorCallError, errorMessage } from '../../lib/advisor';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'draft'; at: Date; issues: FieldIssue[] }
  /** Not saved, for good: `retry` saves the latest draft again; `field` names the value refused, if one was. */
  | { kind: 'error'; message: string; field?: string | undefined; retry: () => void };

/** How long typing may pause before the draft is written; "within about a second" end to end. */
const DEBOUNCE_MS = 500;

/**
 * The waits before trying again a save the database was too busy for (another window or a CLI
 * import held it past the main process's own 5-second wait). Busy is passing, not a failure:
 * "Saving…" stays up through these, about 7.5 seconds, before the save is reported as failed.
 */
export const BUSY_RETRY_DELAYS_MS = [500, 1000, 2000, 4000] as const;

const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Saves `value` shortly after each change while `dirty`, one save at a time, always the latest
 * value: the intake's draft, and each Settings form. `write` stores a value (a busy database is
 * tried again, as BUSY_RETRY_DELAYS_MS says); `settle` turns its answer into the state shown.
 * A save still waiting for its pause when the form closes is made at once, not dropped.
 */
export function useSaveAfterPause<T, R>(value: T, dirty: boolean, write: (value: T) => Promise<R>, settle: (result: R) => SaveState): SaveState {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(value);
  // The newest callbacks, so a re-render with new closures neither triggers a save nor uses stale ones.
  const calls = useRef({ write, settle });
  const inFlight = useRef(false);
  const again = useRef(false);
  // The debounce timer and the save it will make, kept across renders so leaving the form can
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
    calls.current = { write, settle };
  });

  useEffect(() => {
    if (!dirty) return;
    /** One save of the latest value, tried again after each busy answer while BUSY_RETRY_DELAYS_MS lasts. */
    const saveLatest = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await calls.current.write(latest.current);
        } catch (err) {
          const delay = BUSY_RETRY_DELAYS_MS[attempt];
          if (!(err instanceof AdvisorCallError && err.code === 'busy') || delay === undefined) throw err;
          await wait(delay);
        }
      }
    };
    const save = async (): Promise<void> => {
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      setState({ kind: 'saving' });
      try {
        const result = await saveLatest();
        setState(calls.current.settle(result));
      } catch (err) {
        setState({ kind: 'error', message: errorMessage(err), field: err instanceof AdvisorCallError ? err.field : undefined, retry: () => void save() });
      } finally {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          void save();
        }
      }
    };
    // Each edit restarts the wait; the timer is not cleared on unmount here but flushed above.
    if (timer.current !== null) clearTimeout(timer.current);
    pendingSave.current = () => void save();
    timer.current = setTimeout(() => {
      timer.current = null;
      pendingSave.current = null;
      void save();
    }, DEBOUNCE_MS);
    // The value changes on every edit; that is the trigger.
  }, [value, dirty]);

  return state;
}

/**
 * Saves the intake draft shortly after each change, one save at a time, always the latest
 * version. A draft that validates becomes the case file; one that does not is kept as a draft.
 */
export function useAutosave(record: CaseRecord, draft: Record<string, unknown>, dirty: boolean, onSaved: (r: CaseRecord) => void): SaveState {
  const revision = useRef(record.revision);
  useEffect(() => {
    revision.current = record.revision;
  }, [record.revision]);
  return useSaveAfterPause(
    draft,
    dirty,
    latest => advisor('cases:save-draft', { id: record.id, expectedRevision: revision.current, draft: latest }),
    result => {
      revision.current = result.record.revision;
      onSaved(result.record);
      return result.valid ? { kind: 'saved', at: new Date() } : { kind: 'draft', at: new Date(), issues: result.issues };
    },
  );
}
