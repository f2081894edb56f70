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
    const timer = setTimeout(() => void save(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // The draft object changes on every edit; that is the trigger.
  }, [draft, dirty, record.id, onSaved]);

  return state;
}
