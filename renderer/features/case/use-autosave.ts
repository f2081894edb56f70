import { useEffect, useRef, useState } from 'react';
import type { CaseRecord } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/validation';
import { advisor, AdvisorCallError, errorMessage } from '../../lib/advisor';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'draft'; at: Date; issues: FieldIssue[] }
  /** Not saved, for good: `retry` saves the latest draft again. */
  | { kind: 'error'; message: string; retry: () => void };

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
 * Saves the intake draft shortly after each change, one save at a time, always the latest
 * version. A draft that validates becomes the case file; one that does not is kept as a draft.
 */
export function useAutosave(record: CaseRecord, draft: Record<string, unknown>, dirty: boolean, onSaved: (r: CaseRecord) => void): SaveState {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const revision = useRef(record.revision);
  const latest = useRef(draft);
  const inFlight = useRef(false);
  const again = useRef(false);
  // The debounce timer and the save it will make, kept across renders so leaving the intake can
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
    latest.current = draft;
    revision.current = record.revision;
  }, [draft, record.revision]);

  useEffect(() => {
    if (!dirty) return;
    /** One save of the latest draft, tried again after each busy answer while BUSY_RETRY_DELAYS_MS lasts. */
    const saveLatest = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await advisor('cases:save-draft', { id: record.id, expectedRevision: revision.current, draft: latest.current });
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
        revision.current = result.record.revision;
        onSaved(result.record);
        setState(result.valid ? { kind: 'saved', at: new Date() } : { kind: 'draft', at: new Date(), issues: result.issues });
      } catch (err) {
        setState({ kind: 'error', message: errorMessage(err), retry: () => void save() });
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
    // The draft object changes on every edit; that is the trigger.
  }, [draft, dirty, record.id, onSaved]);

  return state;
}
